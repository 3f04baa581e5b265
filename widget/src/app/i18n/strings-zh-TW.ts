import { zhTW, routingWidgetZhTW, widgetZhTW } from '@parley/shared';
import type { PanelTable } from './panel-strings.js';

/** The panel's zh-TW strings (routing's parts' too, small beside a second round trip): an on-demand chunk. */
export const strings: PanelTable = { ...zhTW, ...widgetZhTW, ...routingWidgetZhTW };
