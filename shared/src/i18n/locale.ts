/** The locales Parley ships; every catalog has each of them. */
export type Locale = 'en' | 'zh-CN' | 'zh-TW';
export const locales: Locale[] = ['en', 'zh-CN', 'zh-TW'];

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
