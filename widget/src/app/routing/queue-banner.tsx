import type { AnyLocale, QueueStatus } from '@parley/shared';
import { useT } from '../ui/i18n-context.js';

/**
 * While the conversation waits (see `showQueue`): "You are number 3 in the queue. Estimated
 * wait: 4 minutes." Intl words the minutes in the panel's language, so no catalog entry is needed for them.
 */
export function QueueBanner({ queue, locale }: { queue: QueueStatus; locale: AnyLocale }) {
  const t = useT();
  const minutes = Math.max(1, Math.round(queue.estimatedWaitMs / 60_000));
  const time = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
  return (
    <p class="queue" role="status">
      <style>{'.queue{margin:0;padding:8px 16px;background:var(--soft);font-size:13px}'}</style>
      {t('widget.queue.position', { position: queue.position })}{' '}
      {t('widget.queue.wait', { time })}
    </p>
  );
}
