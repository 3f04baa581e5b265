import { fillPlaceholders, type Locale } from '../translate.js';
import { routingEn, type RoutingKey } from './en.js';
import { routingZhCN } from './zh-CN.js';
import { routingZhTW } from './zh-TW.js';

/**
 * Routing's strings, kept apart from the main catalogs: they are the console's and the
 * server's (system lines), and the widget's app bundle, which carries the main catalogs,
 * should not pay for them. The widget's own routing strings stay in the main catalogs.
 */
export const routingCatalogs = { en: routingEn, 'zh-CN': routingZhCN, 'zh-TW': routingZhTW } as const satisfies Record<
  Locale,
  Record<RoutingKey, string>
>;

/** True for keys of the routing catalogs. */
export function isRoutingKey(key: string): key is RoutingKey {
  return key in routingEn;
}

/** `translate` for the routing catalogs: looks the key up and fills `{name}` placeholders. */
export function translateRouting(locale: Locale, key: RoutingKey, params?: Record<string, string | number>): string {
  return fillPlaceholders(routingCatalogs[locale][key] ?? routingEn[key], params);
}
