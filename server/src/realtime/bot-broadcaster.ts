import type { ConversationService } from '../domain/conversations/conversation-service.js';
import type { DomainEventMap, DomainEvents } from '../domain/events.js';
import type { Logger } from '../logger.js';
import { botRoom } from './bot-namespace.js';
import type { BotNamespace } from './namespaces.js';

type Payload<K extends keyof DomainEventMap> = DomainEventMap[K][0];

/**
 * Domain events to socket bots. Each event goes to the room of the bot that holds the
 * conversation at that moment (the `botId` on the event's conversation), never to any other:
 * a bot hears only what is handed to it, and no internal note. Returns an unsubscribe.
 */
export function subscribeBotBroadcaster(events: DomainEvents, bots: BotNamespace, conversations: ConversationService, log: Logger): () => void {
  const assigned = ({ conversation, botId }: Payload<'bot:assigned'>) => {
    const actor = { kind: 'bot' as const, botId, workspaceId: conversation.workspaceId, name: '' };
    conversations.snapshot(actor, conversation.id).then(
      (snapshot) => bots.to(botRoom(botId)).emit('conversation:assigned', snapshot),
      // It left the bot before the transcript was read: there is nothing to hand over.
      (err: unknown) => log.debug({ err, conversationId: conversation.id }, 'assigned conversation left the bot at once'),
    );
  };
  const released = ({ conversation, botId }: Payload<'bot:released'>) => {
    bots.to(botRoom(botId)).emit('conversation:released', conversation);
  };
  const message = ({ message: m, conversation }: Payload<'message:new'>) => {
    if (conversation.botId && !m.internal) bots.to(botRoom(conversation.botId)).emit('message:new', m);
  };
  events.on('bot:assigned', assigned);
  events.on('bot:released', released);
  events.on('message:new', message);
  return () => {
    events.off('bot:assigned', assigned);
    events.off('bot:released', released);
    events.off('message:new', message);
  };
}
