import type { QueueStatus, VisitorConversation } from '@parley/shared';
import { useT } from './i18n-context.js';

const minute = 60_000;

/** While the conversation waits: "You are number 3 in the queue. Estimated wait: about 4 min." */
export function QueueBanner({ conversation, queue }: { conversation: VisitorConversation | null; queue: QueueStatus | null }) {
  const t = useT();
  const waiting = conversation?.status === 'waiting' && queue && queue.conversationId === conversation.id;
  if (!waiting) return null;
  const place = queue.position <= 1 ? t('widget.queue.next') : t('widget.queue.position', { position: queue.position });
  const time =
    queue.estimatedWaitMs < minute
      ? t('system.time.underMinute')
      : t('system.time.minutes', { n: Math.max(1, Math.round(queue.estimatedWaitMs / minute)) });
  return (
    <p class="queue" role="status" data-position={queue.position}>
      {place} {t('widget.queue.wait', { time })}
    </p>
  );
}
