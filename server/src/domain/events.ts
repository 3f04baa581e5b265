import { EventEmitter } from 'node:events';
import type { AgentPresence, Conversation, HandoffReason, Mention, Message, QueueStatus } from '@parley/shared';

/** Why a conversation changed; subscribers use it to decide who needs to hear. */
export type ConversationChange = 'created' | 'message' | 'assigned' | 'closed' | 'handoff' | 'queued' | 'transferred' | 'reopened' | 'rated' | 'tagged';

/** Why a conversation left its bot: a handoff to people (see HandoffReason), an agent taking it, a close. */
export type BotReleaseReason = HandoffReason | 'agent' | 'closed';

/** More about a change, for the event log and the system lines. */
export interface ChangeDetail {
  /** How an assignment came about. */
  by?: 'auto' | 'pick' | 'supervisor' | 'transfer' | 'reopen';
  /** Why it closed: an agent or the visitor, idle time, or a missed chat. */
  reason?: 'agent' | 'idle' | 'missed';
  /** Who acted (an agent's id), when someone did. */
  actorId?: string;
  fromAgentId?: string | null;
  fromDepartmentId?: string | null;
  /** A transfer's destination queue. */
  toDepartmentId?: string | null;
  escalated?: boolean;
  /** A rating replaced an earlier one. */
  changed?: boolean;
}

export interface DomainEventMap {
  'conversation:updated': [{ conversation: Conversation; change: ConversationChange; detail?: ChangeDetail }];
  /** `origin`: the connection that sent it, which already has it from its ack. */
  'message:new': [{ message: Message; conversation: Conversation; origin?: string }];
  /**
   * A bot now holds the conversation (`created`: it was opened straight into the bot's hands;
   * `fromAgentId`: the agent who handed it over, whose capacity slot is free again).
   */
  'bot:assigned': [{ conversation: Conversation; botId: string; created: boolean; fromAgentId?: string | null }];
  'bot:released': [{ conversation: Conversation; botId: string; reason: BotReleaseReason }];
  /** A waiting visitor's place in the queue changed. */
  'queue:updated': [{ visitorId: string; status: QueueStatus }];
  /** An agent's status, connection or load changed. */
  'agent:updated': [{ agent: AgentPresence }];
  /**
   * Every session of a person ends now (deactivated, password changed, signed out everywhere):
   * their tokens are already refused; realtime disconnects their live sockets.
   */
  'agent:sessions-revoked': [{ agentId: string; workspaceId: string; reason: 'deactivated' | 'password' | 'sign-out' }];
  /** A colleague named `mention.agentId` with @ in an internal note (stored already). */
  'mention:new': [{ mention: Mention }];
}

/**
 * Domain events, named like the protocol's events. Services emit them after the store has
 * the change; realtime, webhooks and metrics subscribe. Nothing here knows of Socket.IO.
 */
export class DomainEvents extends EventEmitter<DomainEventMap> {}
