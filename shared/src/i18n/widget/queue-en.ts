/** The queue line's strings: the widget loads their English with the queue place (routing/queue-parts.tsx). */
export const widgetQueueEn = {
  'widget.queue.position': 'You are number {position} in the queue.',
  'widget.queue.wait': 'Estimated wait: {time}.',
} as const;

export type WidgetQueueKey = keyof typeof widgetQueueEn;
