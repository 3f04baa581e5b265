import { io } from 'socket.io-client';
import { AGENT_NAMESPACE, PROTOCOL_VERSION, type AgentServerToClientEvents, type CommandSocket, type ErrorBody } from '@parley/shared';

/** A handshake refusal as socket.io-client delivers it: the server's `{code, message}` rides in `data`. */
export type ConnectError = Error & { data?: ErrorBody };

/** Everything the console listens to on its socket: the protocol's events plus socket.io's own. */
export interface ConsoleSocketEvents extends AgentServerToClientEvents {
  connect: () => void;
  disconnect: (reason: string) => void;
  connect_error: (error: ConnectError) => void;
}

/**
 * The part of a socket.io-client Socket the console uses. Code depends on this, not on
 * socket.io-client, so component tests can drive it with a small in-memory socket.
 */
export interface ConsoleSocket extends CommandSocket {
  readonly connected: boolean;
  /** False after the server refused or ended the connection: only `connect()` tries again. */
  readonly active: boolean;
  on<E extends keyof ConsoleSocketEvents>(event: E, listener: ConsoleSocketEvents[E]): unknown;
  off<E extends keyof ConsoleSocketEvents>(event: E, listener: ConsoleSocketEvents[E]): unknown;
  /** Hints without an ack (`typing`, `conversation:read`). */
  emit(event: string, ...args: unknown[]): unknown;
  connect(): unknown;
  disconnect(): unknown;
}

/** The `/agent` socket of this origin, authenticated with the agent's token; call `connect()` to open it. */
export function createAgentSocket(token: string): ConsoleSocket {
  const socket = io(AGENT_NAMESPACE, {
    auth: { protocol: PROTOCOL_VERSION, token },
    autoConnect: false,
    // WebSocket first: one connection for the whole session, so a load balancer in front of
    // several processes needs no sticky sessions. Where a proxy refuses the upgrade, long-polling
    // is tried next (that fallback does need sticky sessions: README, Several server processes).
    transports: ['websocket', 'polling'],
    tryAllTransports: true,
  });
  // socket.io-client's listener types are generic over a reserved-event map that TypeScript
  // cannot match to the narrower interface above; the runtime shape is the same.
  return socket as unknown as ConsoleSocket;
}
