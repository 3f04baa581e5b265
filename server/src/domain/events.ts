import { EventEmitter } from 'node:events';
import type { Conversation, HandoffReason, Message } from '@parley/shared';

/** Why a conversation changed; subscribers use it to decide who needs to hear. */
export type ConversationChange = 'created' | 'message' | 'assigned' | 'closed' | 'handoff';

/** Why a conversation left its bot: a handoff to people (see HandoffReason), an agent taking it, a close. */
export type BotReleaseReason = HandoffReason | 'agent' | 'closed';

export interface DomainEventMap {
  'conversation:updated': [{ conversation: Conversation; change: ConversationChange }];
  /** `origin`: the connection that sent it, which already has it from its ack. */
  'message:created': [{ message: Message; conversation: Conversation; origin?: string }];
  /** A bot now holds the conversation (`created`: it was opened straight into the bot's hands). */
  'bot:assigned': [{ conversation: Conversation; botId: string; created: boolean }];
  'bot:released': [{ conversation: Conversation; botId: string; reason: BotReleaseReason }];
}

/**
 * Domain events, named like the protocol's events. Services emit them after the store has
 * the change; realtime, webhooks and metrics subscribe. Nothing here knows of Socket.IO.
 */
export class DomainEvents extends EventEmitter<DomainEventMap> {}
