import type { WidgetQueueKey } from './queue-en.js';

/** 简体中文 */
export const widgetQueueZhCN: Record<WidgetQueueKey, string> = {
  'widget.queue.position': '您在队列中排第 {position} 位。',
  'widget.queue.wait': '预计等待：{time}。',
};
