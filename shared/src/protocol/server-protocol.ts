import type { AgentRole } from '../domain.js';

/** Events between server processes (through the Redis adapter's serverSideEmit). None yet. */
export type InterServerEvents = Record<string, never>;

/** What the server keeps on a visitor's socket after its handshake. */
export interface VisitorSocketData {
  kind: 'visitor';
  visitorId: string;
  siteId: string;
  workspaceId: string;
  visitorName: string | null;
  /** The browser's language from the handshake, for the system lines of a new conversation. */
  locale?: string;
}

/** What the server keeps on an agent's socket after its handshake. */
export interface AgentSocketData {
  kind: 'agent';
  agentId: string;
  workspaceId: string;
  role: AgentRole;
  agentName: string;
}

/** What the server keeps on a bot's socket after its handshake. */
export interface BotSocketData {
  kind: 'bot';
  botId: string;
  workspaceId: string;
  botName: string;
}

export type SocketData = VisitorSocketData | AgentSocketData | BotSocketData;
