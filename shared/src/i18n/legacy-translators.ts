/**
 * The per-family translate functions that came before `translateIn`, kept because the server
 * (restructured on another branch) still calls some of them. Each is `translateIn` on its
 * family; new code calls `translateIn` (or `hasKey`) directly. Remove once nothing imports them.
 */
import type { BotMessageKey } from './bot-catalog.js';
import { botCatalogs } from './bot-catalog.js';
import { hasKey, translateIn } from './catalog.js';
import type { Locale } from './locale.js';
import type { ProactiveKey } from './proactive/en.js';
import { proactiveCatalogs } from './proactive/proactive-catalog.js';
import type { RoutingKey } from './routing/en.js';
import { routingCatalogs } from './routing/routing-catalog.js';
import { routingWidgetCatalogs, type RoutingWidgetKey } from './routing/routing-widget-catalog.js';
import type { SettingsKey } from './settings/en.js';
import { settingsCatalogs } from './settings/settings-catalog.js';

type Params = Record<string, string | number>;

/** @deprecated `translateIn(proactiveCatalogs, ...)` */
export const translateProactive = (locale: Locale, key: ProactiveKey, params?: Params) => translateIn(proactiveCatalogs, locale, key, params);
/** @deprecated `translateIn(routingCatalogs, ...)` */
export const translateRouting = (locale: Locale, key: RoutingKey, params?: Params) => translateIn(routingCatalogs, locale, key, params);
/** @deprecated `translateIn(routingWidgetCatalogs, ...)` */
export const translateRoutingWidget = (locale: Locale, key: RoutingWidgetKey, params?: Params) => translateIn(routingWidgetCatalogs, locale, key, params);
/** @deprecated `translateIn(settingsCatalogs, ...)` */
export const translateSettings = (locale: Locale, key: SettingsKey, params?: Params) => translateIn(settingsCatalogs, locale, key, params);
/** @deprecated `translateIn(botCatalogs, ...)` */
export const translateBots = (locale: Locale, key: BotMessageKey, params?: Params) => translateIn(botCatalogs, locale, key, params);
/** @deprecated `hasKey(proactiveCatalogs, key)` */
export const isProactiveKey = (key: string): key is ProactiveKey => hasKey(proactiveCatalogs, key);
/** @deprecated `hasKey(routingCatalogs, key)` */
export const isRoutingKey = (key: string): key is RoutingKey => hasKey(routingCatalogs, key);
