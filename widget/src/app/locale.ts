import { pickLocale, type Locale, type VisitorSession } from '@parley/shared';

/**
 * The panel's language: the embed's `data-locale`, else the site's setting, else the first of
 * the browser's languages we ship (zh-HK reads Traditional), else English.
 */
export function chatLocale(override: string | null, site: VisitorSession['site'] | null, languages: readonly string[]): Locale {
  return pickLocale(override ?? site?.locale, languages);
}
