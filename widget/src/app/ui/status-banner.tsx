import type { Connection } from '../chat/chat-state.js';
import { useT } from './i18n-context.js';

/**
 * Offline or reconnecting, said once in a live region. The region stays in the DOM while
 * empty: screen readers announce changes to a region they already know.
 */
export function StatusBanner({ online, connection }: { online: boolean; connection: Connection }) {
  const t = useT();
  // Refused: the server will not chat with this page (origin, site key, protocol); what the
  // visitor writes stays in the outbox, marked not sent, and goes when a later page is let in.
  const text = !online
    ? t('widget.status.offline')
    : connection === 'refused'
      ? t('widget.status.refused')
      : connection === 'reconnecting'
        ? t('widget.status.reconnecting')
        : '';
  return (
    <div class={text ? 'banner' : 'banner idle'} role="status">
      {text}
    </div>
  );
}
