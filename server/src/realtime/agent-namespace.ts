import {
  ErrorCode,
  PROTOCOL_VERSION,
  agentHandshakeSchema,
  agentSendMessageSchema,
  conversationListSchema,
  conversationRefSchema,
  emptyPayloadSchema,
  syncMessagesSchema,
  agentStatusSchema,
  assignSchema,
  escalateSchema,
  transferSchema,
  type Agent,
} from '@parley/shared';
import type { Routing } from '../domain/routing/create-routing.js';
import { roomOccupied } from './room-presence.js';
import { AppError } from '../app-error.js';
import type { ConversationService } from '../domain/conversations/conversation-service.js';
import type { AccountsService } from '../domain/accounts/accounts-service.js';
import type { BotFeature } from '../domain/bots/bot-feature.js';
import { registerAgentBotCommands } from './bot-commands.js';
import { handshakeError } from './handshake-error.js';
import type { AgentNamespace } from './namespaces.js';
import { rooms } from './rooms.js';
import { agentActorOf } from './socket-actors.js';
import { handler, type HandlerContext } from './socket-handler.js';
import { setupProactiveAgentHandlers, type ProactiveHandlerDeps } from './proactive-agent-handlers.js';

export interface AgentNamespaceDeps extends HandlerContext {
  directory: AccountsService;
  conversations: ConversationService;
  /** Live visitors, agent-started chats, conversation context. */
  proactive?: ProactiveHandlerDeps['proactive'];
  bots?: BotFeature;
  routing: Routing;
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
    const actor = agentActorOf(socket);
    void socket.join(rooms.workspace(data.workspaceId));
    void socket.join(rooms.agent(data.agentId));
    if (data.role === 'supervisor' || data.role === 'admin') void socket.join(rooms.supervisors(data.workspaceId));
    const agent = agents.get(socket);
    const routing = deps.routing;
    // Connected first, then the session with the status the agent chose last time (kept across reloads).
    void (async () => {
      await routing.agentConnected(data.agentId, data.workspaceId);
      const { status } = await routing.agentPresence(data.agentId);
      if (agent && socket.connected) socket.emit('session', { agent: { ...agent, status } });
    })().catch((err: unknown) => {
      deps.log.error({ err, agentId: data.agentId }, 'agent connect failed');
      if (agent && socket.connected) socket.emit('session', { agent });
    });
    socket.on('disconnect', () => routing.agentDisconnected(data.agentId, roomOccupied(nsp, rooms.agent(data.agentId), deps.log)));
    const c = deps.conversations;

    socket.on(
      'conversation:list',
      handler(deps, conversationListSchema, (q) =>
        c.list(actor, {
          ...(q.status ? { statuses: q.status } : {}),
          ...(q.mine ? { mine: true } : {}),
          ...(q.missed !== undefined ? { missed: q.missed } : {}),
          ...(q.offline !== undefined ? { offline: q.offline } : {}),
          ...(q.tagId ? { tagId: q.tagId } : {}),
          limit: q.limit,
        }),
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
    if (deps.proactive) setupProactiveAgentHandlers(socket, { ...deps, proactive: deps.proactive });
    if (deps.bots) registerAgentBotCommands(socket, actor, { ...deps, bots: deps.bots });
    // Routing.
    socket.on('agent:status', handler(deps, agentStatusSchema, ({ status }) => routing.setAgentStatus(actor.agentId, actor.workspaceId, status)));
    socket.on('agent:list', handler(deps, emptyPayloadSchema, () => routing.agents(actor)));
    socket.on('department:list', handler(deps, emptyPayloadSchema, () => routing.departments(actor)));
    socket.on('site:list', handler(deps, emptyPayloadSchema, () => routing.sites(actor)));
    socket.on(
      'conversation:assign',
      handler(deps, assignSchema, ({ conversationId, agentId }) => routing.assign(actor, conversationId, agentId)),
    );
    socket.on(
      'conversation:transfer',
      handler(deps, transferSchema, ({ conversationId, agentId, departmentId, note }) =>
        routing.transfer(actor, conversationId, agentId ? { agentId } : { departmentId: departmentId! }, note),
      ),
    );
    socket.on('conversation:escalate', handler(deps, escalateSchema, ({ conversationId, note }) => routing.escalate(actor, conversationId, note)));
  });
}
