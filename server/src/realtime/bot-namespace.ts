import {
  ErrorCode,
  PROTOCOL_VERSION,
  botHandoffSchema,
  botHandshakeSchema,
  botSendMessageSchema,
  conversationRefSchema,
  emptyPayloadSchema,
  limits,
  syncMessagesSchema,
  type Bot,
} from '@parley/shared';
import { AppError } from '../app-error.js';
import type { Actor } from '../domain/conversations/conversation-access.js';
import type { ConversationService } from '../domain/conversations/conversation-service.js';
import { publicBot } from '../domain/bots/bot-accounts.js';
import type { BotFeature } from '../domain/bots/bot-feature.js';
import { handshakeError } from './handshake-error.js';
import type { BotNamespace } from './namespaces.js';
import { handler, type HandlerContext } from './socket-handler.js';
import type { RateLimits } from '../limits/rate-limits.js';

export interface BotNamespaceDeps extends HandlerContext {
  conversations: ConversationService;
  bots: BotFeature;
  /** Bots' messages have their own, higher limit (`botMessage`). */
  limits: RateLimits;
}

/** Room of every socket of one bot: it hears only conversations handed to it. */
export const botRoom = (botId: string) => `bot:${botId}`;

/** `/bot`: socket bots. Handshake: protocol version and the bot's token. */
export function setupBotNamespace(nsp: BotNamespace, deps: BotNamespaceDeps): void {
  const profiles = new WeakMap<object, Bot>();

  nsp.use((socket, next) => {
    void (async () => {
      const auth = botHandshakeSchema.safeParse(socket.handshake.auth);
      if (!auth.success) throw new AppError(ErrorCode.unauthorized, 'handshake needs { protocol, token }');
      if (auth.data.protocol !== PROTOCOL_VERSION) {
        throw new AppError(ErrorCode.protocolMismatch, `server speaks protocol ${PROTOCOL_VERSION}, client ${auth.data.protocol}`);
      }
      const bot = await deps.bots.authenticate(auth.data.token);
      if (bot.mode !== 'socket') throw new AppError(ErrorCode.forbidden, `this bot is a ${bot.mode} bot, not a socket bot`);
      socket.data = { kind: 'bot', botId: bot.id, workspaceId: bot.workspaceId, botName: bot.name };
      profiles.set(socket, publicBot(bot));
    })().then(
      () => next(),
      (err: unknown) => next(handshakeError(err)),
    );
  });

  nsp.on('connection', (socket) => {
    const data = socket.data;
    const actor: Actor & { kind: 'bot' } = { kind: 'bot', botId: data.botId, workspaceId: data.workspaceId, name: data.botName };
    void socket.join(botRoom(data.botId));
    deps.bots.socketConnected(data.botId);
    socket.on('disconnect', () => deps.bots.socketClosed(data.botId));
    const profile = profiles.get(socket);
    if (profile) socket.emit('session', { bot: profile });
    const c = deps.conversations;

    socket.on(
      'conversation:list',
      handler(deps, emptyPayloadSchema, async () => {
        const held = await deps.bots.heldConversations(actor.botId);
        return Promise.all(held.map((conversation) => c.snapshot(actor, conversation.id)));
      }),
    );
    socket.on(
      'message:send',
      handler(deps, botSendMessageSchema, async ({ conversationId, ...input }) => {
        await deps.limits.take('botMessage', actor.botId);
        return c.sendFromBot(actor, conversationId, input);
      }),
    );
    socket.on(
      'conversation:handoff',
      handler(deps, botHandoffSchema, ({ conversationId, department, summary }) =>
        deps.bots.botHandsToPeople(actor, conversationId, { department, summary }),
      ),
    );
    socket.on('conversation:close', handler(deps, conversationRefSchema, ({ conversationId }) => c.close(actor, conversationId)));
    socket.on(
      'messages:sync',
      handler(deps, syncMessagesSchema, async (input) => ({
        messages: await c.messagesAfter(actor, input.conversationId, input.afterSeq, limits.syncPage),
      })),
    );
  });
}
