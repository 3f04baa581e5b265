import { zhCN, routingWidgetZhCN, widgetZhCN } from '@parley/shared';
import type { PanelTable } from './panel-strings.js';

/** The panel's zh-CN strings (routing's parts' too, small beside a second round trip): an on-demand chunk. */
export const strings: PanelTable = { ...zhCN, ...widgetZhCN, ...routingWidgetZhCN };
