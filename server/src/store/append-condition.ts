import { ErrorCode, type Conversation } from '@parley/shared';
import { AppError, notFound } from '../app-error.js';

/**
 * The condition an append may carry (`NewMessage.writableBy`): the message goes in only while
 * the conversation is still writable by its author, checked by the store in the same atomic
 * step as the seq bump. Without it, a reply checked against a conversation read a moment
 * earlier could land after a close, or a bot's after the handoff line that took the
 * conversation from it.
 * - `{}`: the conversation is not closed (an agent's reply).
 * - `{ botId }`: also still held by that bot (a bot's message).
 * - `{ holderId }`: also assigned to that agent or to nobody (an agent's reply: only the
 *   holder answers a held chat; supervisors and admins append without it).
 */
export interface WritableBy {
  botId?: string;
  holderId?: string;
}

/**
 * Why `conversation` refuses an append under `writableBy`, as the service's own checks say
 * it (`assertCanSee`, then `assertNotClosed`), or `null` when it is writable. One rule for both
 * adapters.
 */
export function appendRefusal(conversation: Pick<Conversation, 'status' | 'botId' | 'assigneeId'> | null, writableBy: WritableBy): AppError | null {
  if (!conversation) return notFound('conversation');
  if (writableBy.botId !== undefined && conversation.botId !== writableBy.botId) return notFound('conversation');
  if (conversation.status === 'closed') return new AppError(ErrorCode.conflict, 'conversation is closed');
  if (writableBy.holderId !== undefined && conversation.assigneeId !== null && conversation.assigneeId !== writableBy.holderId) {
    return new AppError(ErrorCode.forbidden, 'a colleague holds this conversation: only they, a supervisor or an admin may reply (an internal note is fine)');
  }
  return null;
}
