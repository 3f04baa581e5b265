import { useEffect, useState } from 'preact/hooks';
import type { AnyLocale, QueueStatus } from '@parley/shared';
import type { ChatClient } from '../chat/chat-client.js';
import type { ChatState } from '../chat/chat-state.js';
import { QueueBanner } from './queue-banner.js';

/**
 * The waiting conversation's place in the queue: asked for once when it starts waiting, then
 * pushed by the server (`queue:updated`) as the queue moves. Gone once someone takes it.
 */
export function QueuePlace({ state, client, locale }: { state: ChatState; client: ChatClient; locale: AnyLocale }) {
  const [queue, setQueue] = useState<QueueStatus | null>(null);
  const conversation = state.conversation;
  const waiting = conversation?.status === 'waiting' ? conversation.id : null;
  useEffect(() => {
    if (!waiting) return;
    let current = true;
    const onUpdate = (status: QueueStatus) => current && setQueue(status);
    client.socket.on('queue:updated', onUpdate);
    void client.command('queue:status', {}).then((ack) => ack.ok && ack.data && onUpdate(ack.data));
    return () => {
      current = false;
      client.socket.off('queue:updated', onUpdate);
    };
  }, [client, waiting]);
  // An update can trail the assignment, or belong to a conversation no longer on screen.
  return waiting && queue?.conversationId === waiting ? <QueueBanner queue={queue} locale={locale} /> : null;
}
