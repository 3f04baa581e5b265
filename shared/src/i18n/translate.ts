import { defineCatalog, translateIn } from './catalog.js';
import { en, type MessageKey } from './en.js';
import type { Locale } from './locale.js';
import { zhCN } from './zh-CN.js';
import { zhTW } from './zh-TW.js';
import { ar } from './ar.js';

/**
 * The main catalog: the widget's panel and the console's inbox. The widget's build drops its
 * `console.*` and `status.*` lines from the app bundle (widget/build/widget-strings-only.ts),
 * which is why these tables stay in `en.ts`, `zh-CN.ts`, `zh-TW.ts` and `ar.ts`.
 */
export const catalogs = defineCatalog<MessageKey>(en, { 'zh-CN': zhCN, 'zh-TW': zhTW, ar });

/**
 * `translateIn(catalogs, ...)`: the main catalog's shortcut, kept for the server and older callers.
 * @deprecated use `translateIn(catalogs, locale, key, params)`.
 */
export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  return translateIn(catalogs, locale, key, params);
}
