import type { Conversation } from '@parley/shared';
import { conversationDraft } from '../conversations/conversation-draft.js';
import type { IntakeDeps, VisitorActor } from './intake-deps.js';

/**
 * Step 5: opens the visitor's conversation, or finds the one a concurrent first message opened
 * (the store keeps one active conversation per visitor, atomically). `created` is announced
 * only after the store has it.
 */
export async function openConversation(
  deps: Pick<IntakeDeps, 'store' | 'events'>,
  actor: VisitorActor,
  at: number,
  fields: Pick<Conversation, 'status'> & Partial<Conversation>,
): Promise<{ conversation: Conversation; created: boolean }> {
  const opened = await deps.store.openConversationForVisitor(conversationDraft(actor, at, fields));
  if (opened.created) deps.events.emit('conversation:updated', { conversation: opened.conversation, change: 'created' });
  return opened;
}
