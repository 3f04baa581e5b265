import type { WidgetQueueKey } from './queue-en.js';

/** العربية */
export const widgetQueueAr: Record<WidgetQueueKey, string> = {
  'widget.queue.position': 'ترتيبك في قائمة الانتظار: {position}.',
  'widget.queue.wait': 'مدة الانتظار المتوقعة: {time}.',
};
