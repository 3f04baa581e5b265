import { zhTW, routingWidgetZhTW, widgetConversationZhTW, widgetZhTW, widgetQueueZhTW } from '@parley/shared';
import type { PanelTable } from './panel-strings.js';

/** The panel's zh-TW strings (the on-demand parts' too, small beside a second round trip): an on-demand chunk. */
export const strings: PanelTable = { ...zhTW, ...widgetZhTW, ...widgetConversationZhTW, ...widgetQueueZhTW, ...routingWidgetZhTW };
