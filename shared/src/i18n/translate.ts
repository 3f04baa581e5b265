import { en, type Catalog, type MessageKey } from './en.js';
import { zhCN } from './zh-CN.js';
import { zhTW } from './zh-TW.js';

export const catalogs = { en, 'zh-CN': zhCN, 'zh-TW': zhTW } as const satisfies Record<string, Catalog>;
export type Locale = keyof typeof catalogs;
export const locales = Object.keys(catalogs) as Locale[];

/**
 * Maps any BCP 47 tag to a locale we ship. Chinese needs care: script subtags
 * (Hant/Hans) win over regions, and the regions that write Traditional
 * (TW, HK, MO) map to zh-TW.
 */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const parts = tag.replace(/_/g, '-').toLowerCase().split('-');
  const language = parts[0];
  if (language === 'en') return 'en';
  if (language !== 'zh') return null;
  if (parts.includes('hant')) return 'zh-TW';
  if (parts.includes('hans')) return 'zh-CN';
  if (parts.some((p) => p === 'tw' || p === 'hk' || p === 'mo')) return 'zh-TW';
  return 'zh-CN';
}

/**
 * The site's configured locale wins; else the first of the browser's languages we ship; else English.
 * @example pickLocale(null, ['zh-HK', 'en']) // 'zh-TW'
 */
export function pickLocale(siteLocale: string | null | undefined, browserLanguages: readonly string[] = []): Locale {
  const fromSite = matchLocale(siteLocale);
  if (fromSite) return fromSite;
  for (const language of browserLanguages) {
    const match = matchLocale(language);
    if (match) return match;
  }
  return 'en';
}

/** Looks a key up in a locale's catalog and fills `{name}` placeholders. */
export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  return fillPlaceholders(catalogs[locale][key] ?? en[key], params);
}

/** Replaces `{name}` placeholders with `params[name]`; unknown ones stay as written. */
export function fillPlaceholders(text: string, params?: Record<string, string | number>): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
