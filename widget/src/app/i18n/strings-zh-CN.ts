import { zhCN, routingWidgetZhCN, widgetConversationZhCN, widgetZhCN, widgetQueueZhCN } from '@parley/shared';
import type { PanelTable } from './panel-strings.js';

/** The panel's zh-CN strings (the on-demand parts' too, small beside a second round trip): an on-demand chunk. */
export const strings: PanelTable = { ...zhCN, ...widgetZhCN, ...widgetConversationZhCN, ...widgetQueueZhCN, ...routingWidgetZhCN };
