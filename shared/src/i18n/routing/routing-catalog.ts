import { defineCatalog } from '../catalog.js';
import { routingEn, type RoutingKey } from './en.js';
import { routingZhCN } from './zh-CN.js';
import { routingZhTW } from './zh-TW.js';
import { routingAr } from './ar.js';

/**
 * Routing's strings, kept apart from the main catalogs: they are the console's and the
 * server's (system lines), and the widget's app bundle, which carries the main catalogs,
 * should not pay for them. The widget's own routing strings are `routingWidgetCatalogs`.
 */
export const routingCatalogs = defineCatalog<RoutingKey>(routingEn, { 'zh-CN': routingZhCN, 'zh-TW': routingZhTW, ar: routingAr });
