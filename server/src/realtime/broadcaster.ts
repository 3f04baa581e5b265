import type { DomainEventMap, DomainEvents } from '../domain/events.js';
import type { AgentNamespace, VisitorNamespace } from './namespaces.js';
import { rooms } from './rooms.js';
import { toVisitorConversation } from './visitor-namespace.js';

type Payload<K extends keyof DomainEventMap> = DomainEventMap[K][0];

/**
 * Turns domain events into socket broadcasts. With the Redis adapter these reach sockets on
 * every server process. Internal notes go to agent rooms only. Returns an unsubscribe.
 */
export function subscribeBroadcaster(events: DomainEvents, visitors: VisitorNamespace, agents: AgentNamespace): () => void {
  const messageCreated = ({ message, conversation }: Payload<'message:created'>) => {
    agents.to(rooms.conversation(conversation.id)).emit('message:new', message);
    if (!message.internal) visitors.to(rooms.visitor(conversation.visitorId)).emit('message:new', message);
  };
  const conversationUpdated = ({ conversation, change }: Payload<'conversation:updated'>) => {
    agents.to(rooms.workspace(conversation.workspaceId)).emit('conversation:updated', conversation);
    // Visitors learn of messages through message:new; status changes they hear here.
    if (change !== 'message') {
      visitors.to(rooms.visitor(conversation.visitorId)).emit('conversation:updated', toVisitorConversation(conversation));
    }
  };
  events.on('message:created', messageCreated);
  events.on('conversation:updated', conversationUpdated);
  return () => {
    events.off('message:created', messageCreated);
    events.off('conversation:updated', conversationUpdated);
  };
}
