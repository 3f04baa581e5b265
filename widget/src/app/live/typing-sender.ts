import { TypingSender } from '@parley/shared';
import type { ChatClient } from '../chat/chat-client.js';

let sender: TypingSender | null = null;

/** The panel's composer changed: tells the team (one sender per page, the panel being one). */
export function typing(client: ChatClient, text: string): void {
  sender ??= new TypingSender((on, draft) => {
    const conversation = client.state.conversation;
    if (!conversation || conversation.status === 'closed') return;
    client.socket.emit('typing', { conversationId: conversation.id, typing: on, ...(draft === undefined ? {} : { draft }) });
  });
  sender.update(text, !!client.state.live?.sneakPeek);
}
