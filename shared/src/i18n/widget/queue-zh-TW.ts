import type { WidgetQueueKey } from './queue-en.js';

/** 繁體中文 */
export const widgetQueueZhTW: Record<WidgetQueueKey, string> = {
  'widget.queue.position': '您在佇列中排第 {position} 位。',
  'widget.queue.wait': '預計等待：{time}。',
};
