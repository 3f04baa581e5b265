import type { Namespace, Server } from 'socket.io';
import type {
  AgentClientToServerEvents,
  AgentServerToClientEvents,
  AgentSocketData,
  BotClientToServerEvents,
  BotServerToClientEvents,
  BotSocketData,
  InterServerEvents,
  VisitorClientToServerEvents,
  VisitorServerToClientEvents,
  VisitorSocketData,
} from '@parley/shared';

export type ParleyIo = Server;
export type VisitorNamespace = Namespace<
  VisitorClientToServerEvents,
  VisitorServerToClientEvents,
  InterServerEvents,
  VisitorSocketData
>;
export type AgentNamespace = Namespace<AgentClientToServerEvents, AgentServerToClientEvents, InterServerEvents, AgentSocketData>;
export type BotNamespace = Namespace<BotClientToServerEvents, BotServerToClientEvents, InterServerEvents, BotSocketData>;
