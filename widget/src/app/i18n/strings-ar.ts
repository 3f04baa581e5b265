import { ar, routingWidgetAr, widgetConversationAr, widgetAr, widgetQueueAr } from '@parley/shared';
import type { PanelTable } from './panel-strings.js';

/** The panel's ar strings (the on-demand parts' too, small beside a second round trip): an on-demand chunk. */
export const strings: PanelTable = { ...ar, ...widgetAr, ...widgetConversationAr, ...widgetQueueAr, ...routingWidgetAr };
