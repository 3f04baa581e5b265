/**
 * The widget's own family: strings only the visitor's panel shows. Each locale's table is its
 * own module so the widget can load the visitor's alone (widget/src/app/i18n).
 */
import { defineCatalog } from '../catalog.js';
import { widgetAr } from './ar.js';
import { widgetEn, type WidgetKey } from './en.js';
import { widgetZhCN } from './zh-CN.js';
import { widgetZhTW } from './zh-TW.js';
import { widgetConversationAr } from './conversation-ar.js';
import { widgetQueueAr } from './queue-ar.js';
import { widgetQueueEn, type WidgetQueueKey } from './queue-en.js';
import { widgetQueueZhCN } from './queue-zh-CN.js';
import { widgetQueueZhTW } from './queue-zh-TW.js';
import { widgetConversationEn, type WidgetConversationKey } from './conversation-en.js';
import { widgetConversationZhCN } from './conversation-zh-CN.js';
import { widgetConversationZhTW } from './conversation-zh-TW.js';

export const widgetCatalogs = defineCatalog<WidgetKey>(widgetEn, { 'zh-CN': widgetZhCN, 'zh-TW': widgetZhTW, ar: widgetAr });

/** The conversation's parts' strings (see conversation-en.ts). */
export const widgetConversationCatalogs = defineCatalog<WidgetConversationKey>(widgetConversationEn, {
  'zh-CN': widgetConversationZhCN,
  'zh-TW': widgetConversationZhTW,
  ar: widgetConversationAr,
});

/** The queue line's strings (see queue-en.ts). */
export const widgetQueueCatalogs = defineCatalog<WidgetQueueKey>(widgetQueueEn, { 'zh-CN': widgetQueueZhCN, 'zh-TW': widgetQueueZhTW, ar: widgetQueueAr });
