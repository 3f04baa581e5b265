import type { Conversation } from '@parley/shared';
import type { DomainEventMap, DomainEvents } from '../domain/events.js';
import type { AgentNamespace, VisitorNamespace } from './namespaces.js';
import { rooms } from './rooms.js';
import { TrailingCoalescer } from './trailing-coalescer.js';
import { toVisitorConversation } from './visitor-conversation.js';
import { toVisitorMessage } from '../domain/conversations/visitor-view.js';

type Payload<K extends keyof DomainEventMap> = DomainEventMap[K][0];

/**
 * How often at most one busy conversation's list preview goes to every agent of the
 * workspace. Agents who opened the conversation get each message at once through
 * `message:new`; the inbox only needs the preview, and sending it to every agent for every
 * message was most of the socket writes under load.
 */
export const PREVIEW_WINDOW_MS = 250;

/**
 * Turns domain events into socket broadcasts. With the Redis adapter these reach sockets on
 * every server process. Internal notes go to agent rooms only. Returns an unsubscribe.
 */
export function subscribeBroadcaster(events: DomainEvents, visitors: VisitorNamespace, agents: AgentNamespace): () => void {
  const toWorkspace = (conversation: Conversation) =>
    agents.to(rooms.workspace(conversation.workspaceId)).emit('conversation:updated', conversation);
  const previews = new TrailingCoalescer<Conversation>(PREVIEW_WINDOW_MS, toWorkspace);

  const messageNew = ({ message, conversation, origin }: Payload<'message:new'>) => {
    // The sending socket has the message in its ack; its other tabs and everyone else hear it here.
    const skip = origin ?? [];
    if (message.whisperTo) {
      // A whisper reaches the agent it is for, its author and the supervisors, wherever they
      // are in the console (the client keeps only the open conversation's); no other agent.
      const readers = [rooms.agent(message.whisperTo), rooms.supervisors(conversation.workspaceId)];
      if (message.author.id) readers.push(rooms.agent(message.author.id));
      agents.to(readers).except(skip).emit('message:new', message);
      return;
    }
    agents.to(rooms.conversation(conversation.id)).except(skip).emit('message:new', message);
    if (!message.internal) visitors.to(rooms.visitor(conversation.visitorId)).except(skip).emit('message:new', toVisitorMessage(message));
  };
  const conversationUpdated = ({ conversation, change }: Payload<'conversation:updated'>) => {
    if (change === 'message') {
      previews.push(conversation.id, conversation);
      return;
    }
    // A status change goes at once, and supersedes any preview still waiting.
    previews.cancel(conversation.id);
    toWorkspace(conversation);
    // Tags are the team's own labels: the visitor's copy has nothing of them.
    if (change === 'tagged') return;
    visitors.to(rooms.visitor(conversation.visitorId)).emit('conversation:updated', toVisitorConversation(conversation));
  };
  const queueUpdated = ({ visitorId, status }: Payload<'queue:updated'>) => {
    visitors.to(rooms.visitor(visitorId)).emit('queue:updated', status);
  };
  const agentUpdated = ({ agent }: Payload<'agent:updated'>) => {
    agents.to(rooms.workspace(agent.workspaceId)).emit('agent:updated', agent);
    // A role changed by an admin moves the person's open consoles in or out of the whisper readers.
    const own = agents.in(rooms.agent(agent.id));
    if (agent.role === 'agent' || agent.active === false) own.socketsLeave(rooms.supervisors(agent.workspaceId));
    else own.socketsJoin(rooms.supervisors(agent.workspaceId));
  };
  // Only the agent named hears it, on every console tab they have open.
  const mentionNew = ({ mention }: Payload<'mention:new'>) => {
    agents.to(rooms.agent(mention.agentId)).emit('mention:new', mention);
  };
  events.on('message:new', messageNew);
  events.on('conversation:updated', conversationUpdated);
  events.on('queue:updated', queueUpdated);
  events.on('agent:updated', agentUpdated);
  events.on('mention:new', mentionNew);
  return () => {
    previews.clear();
    events.off('message:new', messageNew);
    events.off('conversation:updated', conversationUpdated);
    events.off('queue:updated', queueUpdated);
    events.off('agent:updated', agentUpdated);
    events.off('mention:new', mentionNew);
  };
}
