import type { QueueStatus, VisitorConversation } from '@parley/shared';
import { useT } from './i18n-context.js';

/**
 * While the conversation waits: "You are number 3 in the queue. Estimated wait: 4 minutes."
 * Intl words the minutes in the panel's language, so no catalog entry is needed for them.
 */
export function QueueBanner({ conversation, queue, locale }: { conversation: VisitorConversation | null; queue: QueueStatus | null; locale: string }) {
  const t = useT();
  if (conversation?.status !== 'waiting' || queue?.conversationId !== conversation.id) return null;
  const minutes = Math.max(1, Math.round(queue.estimatedWaitMs / 60_000));
  const time = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
  return (
    <p class="queue" role="status">
      {t('widget.queue.position', { position: queue.position })} {t('widget.queue.wait', { time })}
    </p>
  );
}
