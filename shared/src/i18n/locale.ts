/** The locales Parley ships whole; every catalog has each of them. */
export type Locale = 'en' | 'zh-CN' | 'zh-TW';
export const locales: Locale[] = ['en', 'zh-CN', 'zh-TW'];

/**
 * Locales on their way in: a family may carry them in part (a missing string reads English).
 * The widget's families carry Arabic whole; the console's get it later. When every family has
 * a locale, it moves into `Locale` (and every `Record<Locale, …>` then asks for it).
 */
export type NewLocale = 'ar';
/** Any locale some catalog speaks: what a bundle that speaks new locales (the widget) works in. */
export type AnyLocale = Locale | NewLocale;

/** Locales written right to left. */
export function isRightToLeft(locale: AnyLocale): boolean {
  return locale === 'ar';
}

/** `matchLocale`, and Arabic (`ar`, `ar-EG`, …) too: for bundles that speak the new locales. */
export function matchAnyLocale(tag: string | null | undefined): AnyLocale | null {
  return /^ar(?:[-_]|$)/i.test(tag ?? '') ? 'ar' : matchLocale(tag);
}

/**
 * Maps any BCP 47 tag to a locale we ship. Chinese needs care: script subtags
 * (Hant/Hans) win over regions, and the regions that write Traditional
 * (TW, HK, MO) map to zh-TW.
 */
export function matchLocale(tag: string | null | undefined): Locale | null {
  // One regular expression per rule: the loader carries this function, and every byte counts.
  const t = (tag ?? '').toLowerCase().replace(/_/g, '-') + '-';
  if (t.startsWith('en-')) return 'en';
  if (!t.startsWith('zh-')) return null;
  return /-hans-/.test(t) ? 'zh-CN' : /-(hant|tw|hk|mo)-/.test(t) ? 'zh-TW' : 'zh-CN';
}

/**
 * The site's configured locale wins; else the first of the browser's languages we ship; else English.
 * `match` widens what counts as shipped (`matchAnyLocale`: the new locales too).
 * @example pickLocale(null, ['zh-HK', 'en']) // 'zh-TW'
 * @example pickLocale(null, ['ar-EG'], matchAnyLocale) // 'ar'
 */
export function pickLocale(siteLocale: string | null | undefined, browserLanguages?: readonly string[]): Locale;
export function pickLocale<L extends AnyLocale>(siteLocale: string | null | undefined, browserLanguages: readonly string[], match: (tag: string | null | undefined) => L | null): L;
export function pickLocale(
  siteLocale: string | null | undefined,
  browserLanguages: readonly string[] = [],
  match: (tag: string | null | undefined) => AnyLocale | null = matchLocale,
): AnyLocale {
  for (const tag of [siteLocale, ...browserLanguages]) {
    const found = match(tag);
    if (found) return found;
  }
  return 'en';
}
