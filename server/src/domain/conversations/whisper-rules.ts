import { ErrorCode, type Conversation, type Message } from '@parley/shared';
import { AppError } from '../../app-error.js';
import { assertSupervisor, type Actor } from './conversation-access.js';

/**
 * Whispers (issue 14, supervision): a supervisor's or admin's internal note for the agent who
 * holds the conversation. They are internal notes, so every path that keeps notes from visitors,
 * bots, webhooks and mail keeps whispers out too; on top of that, among agents only the one it
 * is for, its author, supervisors and admins read it. The rules live here, once.
 */

/** Supervisors and admins read every whisper; `true` for them. */
export function readsEveryWhisper(actor: Actor): boolean {
  return actor.kind === 'agent' && (actor.role === 'supervisor' || actor.role === 'admin');
}

/** What a store query needs to leave out the whispers `actor` may not read (`MessageQuery.whispersFor`). */
export function whisperFilter(actor: Actor): { whispersFor?: string } {
  return actor.kind === 'agent' && !readsEveryWhisper(actor) ? { whispersFor: actor.agentId } : {};
}

/** Whether an agent may read this message (anything but someone else's whisper). */
export function mayReadWhisper(agent: { id: string; role: string }, message: Pick<Message, 'whisperTo' | 'author'>): boolean {
  if (!message.whisperTo) return true;
  return agent.role === 'supervisor' || agent.role === 'admin' || message.whisperTo === agent.id || message.author.id === agent.id;
}

/**
 * The agent a whisper goes to: the conversation's assignee. Refused for plain agents
 * (`forbidden`), for files (a whisper is words only) and when nobody holds the chat (`conflict`).
 */
export function whisperTarget(actor: Actor & { kind: 'agent' }, conversation: Conversation, attachments: readonly string[] | undefined): string {
  assertSupervisor(actor);
  if (attachments?.length) throw new AppError(ErrorCode.badRequest, 'a whisper carries no files');
  if (!conversation.assigneeId) throw new AppError(ErrorCode.conflict, 'nobody holds this conversation: write an internal note instead');
  if (conversation.assigneeId === actor.agentId) throw new AppError(ErrorCode.conflict, 'you hold this conversation: a whisper is for the agent who does');
  return conversation.assigneeId;
}
