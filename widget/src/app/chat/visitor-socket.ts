import { io } from 'socket.io-client';
import { VISITOR_NAMESPACE, type ErrorBody, type VisitorServerToClientEvents } from '@parley/shared';

export interface HandshakeAuth {
  protocol: number;
  siteKey: string;
  token?: string;
}

type ReservedEvents = {
  connect: () => void;
  disconnect: (reason: string) => void;
  connect_error: (err: Error & { data?: ErrorBody }) => void;
};

/**
 * The part of a socket.io-client Socket the chat uses. Component tests hand in a small fake
 * with the same shape; the real-socket tests live with the server and in test/.
 */
export interface VisitorSocket {
  readonly connected: boolean;
  on<E extends keyof (VisitorServerToClientEvents & ReservedEvents)>(
    event: E,
    listener: (VisitorServerToClientEvents & ReservedEvents)[E],
  ): unknown;
  off<E extends keyof VisitorServerToClientEvents>(event: E, listener: VisitorServerToClientEvents[E]): unknown;
  connect(): unknown;
  disconnect(): unknown;
  timeout(ms: number): { emitWithAck(event: string, ...args: unknown[]): Promise<unknown> };
}

/** Makes the socket; `auth` is read at every connection attempt, so a dropped token stays dropped. */
export type SocketFactory = (auth: () => HandshakeAuth) => VisitorSocket;

/** The real socket to `${serverOrigin}/visitor`: WebSocket first, long-polling where proxies block it. */
export function visitorSocketFactory(serverOrigin: string): SocketFactory {
  return (auth) =>
    io(`${serverOrigin}${VISITOR_NAMESPACE}`, {
      transports: ['websocket', 'polling'],
      autoConnect: false,
      reconnectionDelayMax: 10_000,
      auth: (send) => send({ ...auth() }),
    }) as unknown as VisitorSocket;
}
