import {
  conversationRefSchema,
  liveVisitorsPageSchema,
  liveVisitorsSubscribeSchema,
  siteRefSchema,
  startChatSchema,
  type AgentClientToServerEvents,
  type AgentServerToClientEvents,
  type AgentSocketData,
  type InterServerEvents,
} from '@parley/shared';
import type { Socket } from 'socket.io';
import type { Proactive, ProactiveActor } from '../domain/proactive/proactive.js';
import { liveRoom } from './live-visitor-feed.js';
import { handler, type HandlerContext } from './socket-handler.js';

type AgentSocket = Socket<AgentClientToServerEvents, AgentServerToClientEvents, InterServerEvents, AgentSocketData>;

export interface ProactiveHandlerDeps extends HandlerContext {
  proactive: Proactive;
}

/** The console's live-visitor commands, agent-started chats and conversation context on one agent socket. */
export function setupProactiveAgentHandlers(socket: AgentSocket, deps: ProactiveHandlerDeps): void {
  const data = socket.data;
  const actor: ProactiveActor = { agentId: data.agentId, workspaceId: data.workspaceId, name: data.agentName, role: data.role };

  socket.on(
    'visitors:subscribe',
    handler(deps, liveVisitorsSubscribeSchema, async ({ siteId, limit }) => {
      await deps.proactive.siteOf(actor, siteId);
      // Join first: a change after this point reaches the console as a patch after the page.
      await socket.join(liveRoom(siteId));
      return deps.proactive.livePage(actor, siteId, null, limit);
    }),
  );
  socket.on(
    'visitors:page',
    handler(deps, liveVisitorsPageSchema, async ({ siteId, cursor, limit }) => {
      return deps.proactive.livePage(actor, siteId, cursor, limit);
    }),
  );
  socket.on(
    'visitors:unsubscribe',
    handler(deps, siteRefSchema, async ({ siteId }) => {
      await socket.leave(liveRoom(siteId));
      return null;
    }),
  );
  socket.on('visitor:chat', handler(deps, startChatSchema, (input) => deps.proactive.startChat(actor, input)));
  socket.on('conversation:context', handler(deps, conversationRefSchema, ({ conversationId }) => deps.proactive.conversationContext(actor, conversationId)));
}
