/** The widget's routing strings as one catalog (each locale's table is its own file: widget-*.ts). */
import { defineCatalog } from '../catalog.js';
import { routingWidgetAr } from './widget-ar.js';
import { routingWidgetEn, type RoutingWidgetKey } from './widget-en.js';
import { routingWidgetZhCN } from './widget-zh-CN.js';
import { routingWidgetZhTW } from './widget-zh-TW.js';

export type { RoutingWidgetKey };
export const routingWidgetCatalogs = defineCatalog<RoutingWidgetKey>(routingWidgetEn, { 'zh-CN': routingWidgetZhCN, 'zh-TW': routingWidgetZhTW, ar: routingWidgetAr });
