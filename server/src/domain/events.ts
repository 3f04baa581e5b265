import { EventEmitter } from 'node:events';
import type { Conversation, Message } from '@parley/shared';

/** Why a conversation changed; subscribers use it to decide who needs to hear. */
export type ConversationChange = 'created' | 'message' | 'assigned' | 'closed';

export interface DomainEventMap {
  'conversation:updated': [{ conversation: Conversation; change: ConversationChange }];
  /** `origin`: the connection that sent it, which already has it from its ack. */
  'message:created': [{ message: Message; conversation: Conversation; origin?: string }];
}

/**
 * Domain events, named like the protocol's events. Services emit them after the store has
 * the change; realtime, webhooks and metrics subscribe. Nothing here knows of Socket.IO.
 */
export class DomainEvents extends EventEmitter<DomainEventMap> {}
