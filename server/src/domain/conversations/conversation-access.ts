import { ErrorCode, type AgentRole, type Conversation } from '@parley/shared';
import { AppError, notFound } from '../../app-error.js';

/**
 * Who is acting: a visitor sees only their own conversations, an agent only their workspace's.
 * `origin` names the connection a command came through (opaque here): that connection has its
 * answer in the ack, so broadcasts of the result may skip it.
 */
export type Actor =
  | { kind: 'visitor'; visitorId: string; siteId: string; workspaceId: string; name: string | null; origin?: string }
  | { kind: 'agent'; agentId: string; workspaceId: string; name: string; origin?: string; role?: AgentRole }
  | { kind: 'bot'; botId: string; workspaceId: string; name: string; origin?: string };

/**
 * Throws `not_found` (not `forbidden`) for someone else's conversation, so that a guessed id
 * tells the caller nothing about whether it exists.
 */
export function assertCanSee(actor: Actor, conversation: Conversation | null): Conversation {
  if (!conversation) throw notFound('conversation');
  // A bot sees only what is handed to it: once a conversation leaves it, it is gone for the bot.
  const visible =
    actor.kind === 'visitor'
      ? conversation.visitorId === actor.visitorId
      : actor.kind === 'bot'
        ? conversation.workspaceId === actor.workspaceId && conversation.botId === actor.botId
        : conversation.workspaceId === actor.workspaceId;
  if (!visible) throw notFound('conversation');
  return conversation;
}

export function assertNotClosed(conversation: Conversation): void {
  if (conversation.status === 'closed') throw new AppError(ErrorCode.conflict, 'conversation is closed');
}

/**
 * Routing moves only what people hold or wait for: a conversation a bot is answering is taken
 * over by replying to it, or leaves the bot through a handoff, never by a transfer under it.
 */
export function assertNoBotHolds(conversation: Conversation): Conversation {
  if (conversation.botId && conversation.status !== 'closed') {
    throw new AppError(ErrorCode.conflict, 'a bot is answering this conversation: reply to take it over first');
  }
  return conversation;
}

/** Supervisors and admins may assign or reassign any conversation of their workspace. */
export function assertSupervisor(actor: Actor): void {
  if (actor.kind !== 'agent' || (actor.role !== 'supervisor' && actor.role !== 'admin')) {
    throw new AppError(ErrorCode.forbidden, 'only a supervisor or an admin may do this');
  }
}

export function assertAdmin(actor: Actor): void {
  if (actor.kind !== 'agent' || actor.role !== 'admin') throw new AppError(ErrorCode.forbidden, 'only an admin may do this');
}
