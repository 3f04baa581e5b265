import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { AGENT_NAMESPACE, VISITOR_NAMESPACE, limits } from '@parley/shared';
import type { ConversationService } from '../domain/conversations/conversation-service.js';
import type { DirectoryService } from '../domain/directory/directory-service.js';
import type { DomainEvents } from '../domain/events.js';
import { setupAgentNamespace } from './agent-namespace.js';
import { subscribeBroadcaster } from './broadcaster.js';
import type { AgentNamespace, VisitorNamespace } from './namespaces.js';
import type { HandlerContext } from './socket-handler.js';
import { setupVisitorNamespace } from './visitor-namespace.js';

export interface RealtimeDeps extends HandlerContext {
  events: DomainEvents;
  directory: DirectoryService;
  conversations: ConversationService;
}

export interface Realtime {
  io: Server;
  visitors: VisitorNamespace;
  agents: AgentNamespace;
  /** Tells every client to reconnect after `reconnectInMs` and closes all sockets. */
  close(reconnectInMs: number): Promise<void>;
}

/** Socket.IO on the HTTP server, with the `/visitor` and `/agent` namespaces. */
export function createRealtime(httpServer: HttpServer, deps: RealtimeDeps): Realtime {
  const io = new Server(httpServer, {
    maxHttpBufferSize: limits.socketPacketBytes,
    // The widget runs on other sites' pages: transport-level CORS is open and the visitor
    // namespace checks the page origin against the site's allowed origins at the handshake.
    cors: { origin: true, credentials: false },
    serveClient: false,
  });
  // Socket.IO types one event map per Server; each namespace here has its own, so narrow them.
  const visitors = io.of(VISITOR_NAMESPACE) as unknown as VisitorNamespace;
  const agents = io.of(AGENT_NAMESPACE) as unknown as AgentNamespace;
  setupVisitorNamespace(visitors, deps);
  setupAgentNamespace(agents, deps);
  const unsubscribe = subscribeBroadcaster(deps.events, visitors, agents);

  return {
    io,
    visitors,
    agents,
    async close(reconnectInMs) {
      unsubscribe();
      visitors.emit('server:shutdown', { reconnectInMs });
      agents.emit('server:shutdown', { reconnectInMs });
      // io.close() drops transports without a disconnect packet, so clients see a transport
      // close and reconnect on their own; it also closes the HTTP server.
      await new Promise<void>((resolve) => void io.close(() => resolve()));
    },
  };
}
