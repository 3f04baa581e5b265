import type { Message, MessageAuthor } from '@parley/shared';
import { assertCanSee } from '../conversations/conversation-access.js';
import type { IntakeDeps, VisitorActor } from './intake-deps.js';

/**
 * Step 0, before intake proper: a message into the open conversation the widget names goes
 * straight in (no transaction of its own to find or open one). A retry of a message stored just
 * before that conversation closed is answered with the stored one, so it never reappears in a
 * new conversation. `null`: the message opens (or reopens) one.
 */
export async function intoNamedConversation(
  deps: Pick<IntakeDeps, 'store' | 'conversations' | 'now'>,
  actor: VisitorActor,
  author: MessageAuthor,
  input: { conversationId?: string | undefined; clientId: string; text: string; attachments?: string[] | undefined },
): Promise<Message | null> {
  if (!input.conversationId) return null;
  const named = assertCanSee(actor, await deps.store.getConversation(input.conversationId));
  if (named.status !== 'closed') {
    return deps.conversations.append(named.id, author, { clientId: input.clientId, text: input.text, attachments: input.attachments }, deps.now(), actor.origin);
  }
  return deps.store.findMessageByClientId(named.id, input.clientId);
}
