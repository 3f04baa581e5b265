import { matchAnyLocale, pickLocale, type AnyLocale, type VisitorSession } from '@parley/shared';

/**
 * The panel's language: the embed's `data-locale`, else the site's setting, else the first of
 * the browser's languages the widget speaks (zh-HK reads Traditional; Arabic too), else English.
 */
export function chatLocale(override: string | null, site: VisitorSession['site'] | null, languages: readonly string[]): AnyLocale {
  return pickLocale(override ?? site?.locale, languages, matchAnyLocale);
}
