import type { AnyLocale, SiteAppearance, VisitorSession } from '@parley/shared';
import { safeStorage, storageKey } from '../../storage-keys.js';
import { inkOn, textOn } from './contrast.js';

/**
 * The site's look as the visitor's session carries it (`session.site.appearance`, set by admins on
 * the site page: issue 11), read field by field: an older server sends none of it.
 */
export type SiteLook = Partial<SiteAppearance>;

export const defaultBrand = '#2563eb';

export function lookOf(site: VisitorSession['site'] | null): SiteLook {
  return site?.appearance ?? {};
}

/**
 * The look as CSS custom properties on the host element, which both the launcher (loader) and
 * the panel read: the brand, a text colour with AA contrast on it, the brand as ink on light
 * and dark surfaces (or plain text where it would not read), and the launcher's side.
 */
export function lookStyle(look: SiteLook): string {
  const brand = /^#[0-9a-f]{6}$/i.test(look.brandColor ?? '') ? look.brandColor! : defaultBrand;
  const side = look.launcherSide === 'left' ? '--pl:20px;--pr:auto;' : '';
  return `--parley-accent:${brand};--parley-on:${textOn(brand)};--ink-light:${inkOn(brand, '#ffffff', '#1f2933')};--ink-dark:${inkOn(brand, '#1b1f24', '#e6e9ee')};${side}`;
}

/**
 * Applies the look to the host and keeps it for the next page view, where the loader sets it
 * before the launcher shows (so it never flashes the default colour on a returning visitor).
 */
export function applyLook(host: HTMLElement, siteKey: string, look: SiteLook): void {
  const style = lookStyle(look);
  host.style.cssText = style;
  safeStorage.set(storageKey(siteKey, 'look'), style);
}

/** The greeting: the site's own for this language, else Parley's. */
export function welcomeOf(look: SiteLook, locale: AnyLocale): string | undefined {
  // The site's welcome comes in the shipped locales (Arabic is new): otherwise Parley's greeting.
  return (look.welcome as Partial<Record<AnyLocale, string>> | undefined)?.[locale]?.trim() || undefined;
}
