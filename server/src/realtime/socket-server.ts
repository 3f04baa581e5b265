import type { Server as HttpServer } from 'node:http';
import { Server, type ServerOptions } from 'socket.io';
import { AGENT_NAMESPACE, BOT_NAMESPACE, VISITOR_NAMESPACE, limits } from '@parley/shared';
import type { BotFeature } from '../domain/bots/bot-feature.js';
import type { IntakeService } from '../domain/intake/intake-service.js';
import type { KnowledgeService } from '../domain/knowledge/knowledge-service.js';
import { subscribeBotBroadcaster } from './bot-broadcaster.js';
import { setupBotNamespace } from './bot-namespace.js';
import type { ConversationService } from '../domain/conversations/conversation-service.js';
import type { AccountsService } from '../domain/accounts/accounts-service.js';
import type { DomainEvents } from '../domain/events.js';
import type { Routing } from '../domain/routing/create-routing.js';
import { setupAgentNamespace } from './agent-namespace.js';
import { subscribeBroadcaster } from './broadcaster.js';
import type { AgentNamespace, BotNamespace, VisitorNamespace } from './namespaces.js';
import type { HandlerContext } from './socket-handler.js';
import { setupVisitorNamespace } from './visitor-namespace.js';
import { DisconnectBookkeeping } from './disconnect-bookkeeping.js';
import type { MailFeature } from '../domain/mail/create-mail.js';
import { startLiveVisitorFeed } from './live-visitor-feed.js';
import { subscribeSessionRevoker } from './session-revoker.js';
import type { AgentNamespaceDeps } from './agent-namespace.js';
import type { LiveService } from '../domain/conversation-live/live-service.js';
import { setupLiveHandlers } from './live-handlers.js';
import type { RateLimits } from '../limits/rate-limits.js';
import type { TrustProxy } from '../limits/client-address.js';
import type { ContactsService } from '../domain/contacts/contacts-service.js';

export interface RealtimeDeps extends HandlerContext {
  events: DomainEvents;
  directory: AccountsService;
  conversations: ConversationService;
  intake: IntakeService;
  proactive?: AgentNamespaceDeps['proactive'];
  /** Bots; without it there is no `/bot` namespace. */
  bots?: BotFeature;
  /** The knowledge base the widget's self-service searches. */
  knowledge?: KnowledgeService;
  routing: Routing;
  /** Email: the visitor's transcript request; without it the command is not offered. */
  mail?: MailFeature;
  /**
   * With several processes, rooms and broadcasts shared by all (Redis, opened by the composition
   * root from `cluster/`); without it, this process's memory.
   */
  sharedRooms?: { adapter: ServerOptions['adapter']; close(): Promise<void> } | null;
  /** Typing, seen, ratings, the pre-chat form; without it those events are not offered. */
  live?: LiveService;
  /** The abuse limits the visitor and bot namespaces apply. */
  limits: RateLimits;
  /** TRUST_PROXY as a predicate (client addresses for the limits). */
  trustProxy: TrustProxy;
  /** `Parley('identify', …)`: contacts and verified identity. */
  contacts?: ContactsService;
}

export interface Realtime {
  io: Server;
  visitors: VisitorNamespace;
  agents: AgentNamespace;
  /**
   * Tells every client to reconnect after `reconnectInMs`, closes all sockets, and waits for
   * the store work their disconnects started: the store may be closed once this resolves.
   */
  close(reconnectInMs: number): Promise<void>;
}

/** Socket.IO on the HTTP server, with the `/visitor` and `/agent` namespaces. */
export async function createRealtime(httpServer: HttpServer, deps: RealtimeDeps): Promise<Realtime> {
  const io = new Server(httpServer, {
    maxHttpBufferSize: limits.socketPacketBytes,
    // The widget runs on other sites' pages: transport-level CORS is open and the visitor
    // namespace checks the page origin against the site's allowed origins at the handshake.
    cors: { origin: true, credentials: false },
    serveClient: false,
  });
  const redis = deps.sharedRooms ?? null;
  if (redis) io.adapter(redis.adapter);
  // Socket.IO types one event map per Server; each namespace here has its own, so narrow them.
  const visitors = io.of(VISITOR_NAMESPACE) as unknown as VisitorNamespace;
  const agents = io.of(AGENT_NAMESPACE) as unknown as AgentNamespace;
  const bookkeeping = new DisconnectBookkeeping();
  setupVisitorNamespace(visitors, { ...deps, bookkeeping });
  setupAgentNamespace(agents, deps);
  const stopLive = deps.live ? setupLiveHandlers(visitors, agents, { ...deps, live: deps.live }) : () => {};
  const botFeature = deps.bots;
  const bots = botFeature ? (io.of(BOT_NAMESPACE) as unknown as BotNamespace) : null;
  if (bots && botFeature) setupBotNamespace(bots, { ...deps, bots: botFeature });
  const unsubscribeBots = bots && botFeature ? subscribeBotBroadcaster(deps.events, bots, deps.conversations, deps.log) : () => {};
  const unsubscribeBroadcaster = subscribeBroadcaster(deps.events, visitors, agents);
  const unsubscribeRevoker = subscribeSessionRevoker(deps.events, agents);
  const stopLiveFeed = deps.proactive ? startLiveVisitorFeed(deps.proactive, agents) : () => {};
  const unsubscribe = () => {
    unsubscribeBroadcaster();
    unsubscribeRevoker();
    stopLiveFeed();
    unsubscribeBots();
    stopLive();
  };

  return {
    io,
    visitors,
    agents,
    async close(reconnectInMs) {
      unsubscribe();
      visitors.emit('server:shutdown', { reconnectInMs });
      agents.emit('server:shutdown', { reconnectInMs });
      bots?.emit('server:shutdown', { reconnectInMs });
      await flushAndCloseTransports(io, 2000);
      // Closing transports without a disconnect packet lets clients see a transport close and
      // reconnect on their own; io.close() then closes the HTTP server too.
      await new Promise<void>((resolve) => void io.close(() => resolve()));
      if (!(await bookkeeping.settle(5000))) deps.log.warn({ pending: bookkeeping.size }, 'disconnect bookkeeping still running at shutdown');
      await redis?.close();
    },
  };
}

/**
 * io.close() discards what engine.io still has buffered, which would drop acks of messages
 * already stored and the shutdown notice. Closing each client without discarding first
 * flushes those packets; waits until all are gone or `timeoutMs` passes.
 */
async function flushAndCloseTransports(io: Server, timeoutMs: number): Promise<void> {
  // `clients` is engine.io's live map of connections; its typings mark it protected.
  const { clients } = io.engine as unknown as { clients: Record<string, { close(): void }> };
  for (const client of Object.values(clients)) client.close();
  const until = Date.now() + timeoutMs;
  while (io.engine.clientsCount > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
}
