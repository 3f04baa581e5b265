import { routingWidgetCatalogs, translateIn, type Locale, type QueueStatus } from '@parley/shared';

/**
 * While the conversation waits (see `showQueue`): "You are number 3 in the queue. Estimated
 * wait: 4 minutes." Intl words the minutes in the panel's language, so no catalog entry is needed for them.
 */
export function QueueBanner({ queue, locale }: { queue: QueueStatus; locale: Locale }) {
  const minutes = Math.max(1, Math.round(queue.estimatedWaitMs / 60_000));
  const time = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
  return (
    <p class="queue" role="status">
      {translateIn(routingWidgetCatalogs, locale, 'widget.queue.position', { position: queue.position })}{' '}
      {translateIn(routingWidgetCatalogs, locale, 'widget.queue.wait', { time })}
    </p>
  );
}
