import {
  ErrorCode,
  PROTOCOL_VERSION,
  agentHandshakeSchema,
  agentSendMessageSchema,
  conversationListSchema,
  conversationRefSchema,
  syncMessagesSchema,
  type Agent,
} from '@parley/shared';
import { AppError } from '../app-error.js';
import type { Actor } from '../domain/conversations/conversation-access.js';
import type { ConversationService } from '../domain/conversations/conversation-service.js';
import type { DirectoryService } from '../domain/directory/directory-service.js';
import type { BotFeature } from '../domain/bots/bot-feature.js';
import { registerAgentBotCommands } from './bot-commands.js';
import { handshakeError } from './handshake-error.js';
import type { AgentNamespace } from './namespaces.js';
import { rooms } from './rooms.js';
import { handler, type HandlerContext } from './socket-handler.js';
import { setupProactiveAgentHandlers, type ProactiveHandlerDeps } from './proactive-agent-handlers.js';

export interface AgentNamespaceDeps extends HandlerContext {
  directory: DirectoryService;
  conversations: ConversationService;
  /** Live visitors, agent-started chats, conversation context. */
  proactive?: Omit<ProactiveHandlerDeps, keyof HandlerContext>;
  bots?: BotFeature;
}

/** `/agent`: the console's socket. Handshake: protocol version and the agent's JWT. */
export function setupAgentNamespace(nsp: AgentNamespace, deps: AgentNamespaceDeps): void {
  const agents = new WeakMap<object, Agent>();

  nsp.use((socket, next) => {
    void (async () => {
      const auth = agentHandshakeSchema.safeParse(socket.handshake.auth);
      if (!auth.success) throw new AppError(ErrorCode.unauthorized, 'handshake needs { protocol, token }');
      if (auth.data.protocol !== PROTOCOL_VERSION) {
        throw new AppError(ErrorCode.protocolMismatch, `server speaks protocol ${PROTOCOL_VERSION}, client ${auth.data.protocol}`);
      }
      const agent = await deps.directory.authenticateAgent(auth.data.token);
      socket.data = { kind: 'agent', agentId: agent.id, workspaceId: agent.workspaceId, role: agent.role, agentName: agent.name };
      agents.set(socket, agent);
    })().then(
      () => next(),
      (err: unknown) => next(handshakeError(err)),
    );
  });

  nsp.on('connection', (socket) => {
    const data = socket.data;
    const actor: Actor & { kind: 'agent' } = {
      kind: 'agent',
      origin: socket.id,
      agentId: data.agentId,
      workspaceId: data.workspaceId,
      name: data.agentName,
    };
    void socket.join(rooms.workspace(data.workspaceId));
    const agent = agents.get(socket);
    if (agent) socket.emit('session', { agent });
    const c = deps.conversations;

    socket.on(
      'conversation:list',
      handler(deps, conversationListSchema, (q) =>
        c.list(actor, { ...(q.status ? { statuses: q.status } : {}), ...(q.mine ? { mine: true } : {}), limit: q.limit }),
      ),
    );
    socket.on(
      'conversation:join',
      handler(deps, conversationRefSchema, async ({ conversationId }) => {
        // Join before reading the transcript so no message stored in between is missed (the
        // console drops the overlap by seq); leave again when the access check fails.
        const room = rooms.conversation(conversationId);
        await socket.join(room);
        try {
          return await c.snapshot(actor, conversationId);
        } catch (err) {
          await socket.leave(room);
          throw err;
        }
      }),
    );
    socket.on(
      'conversation:leave',
      handler(deps, conversationRefSchema, async ({ conversationId }) => {
        await socket.leave(rooms.conversation(conversationId));
        return null;
      }),
    );
    socket.on('conversation:claim', handler(deps, conversationRefSchema, ({ conversationId }) => c.claim(actor, conversationId)));
    socket.on('conversation:close', handler(deps, conversationRefSchema, ({ conversationId }) => c.close(actor, conversationId)));
    socket.on(
      'message:send',
      handler(deps, agentSendMessageSchema, ({ conversationId, ...input }) => c.sendFromAgent(actor, conversationId, input)),
    );
    socket.on(
      'messages:sync',
      handler(deps, syncMessagesSchema, async (input) => ({
        messages: await c.messagesAfter(actor, input.conversationId, input.afterSeq),
      })),
    );
    if (deps.proactive) setupProactiveAgentHandlers(socket, { ...deps, ...deps.proactive });
    if (deps.bots) registerAgentBotCommands(socket, actor, { ...deps, bots: deps.bots });
  });
}
