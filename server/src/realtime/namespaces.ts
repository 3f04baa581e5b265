import type { Namespace, Server } from 'socket.io';
import type {
  AgentClientToServerEvents,
  AgentServerToClientEvents,
  AgentSocketData,
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
