import { io, WebSocket, type ManagerOptions } from 'socket.io-client';
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
  /** Hints without an ack (`typing`, `conversation:read`). */
  emit(event: string, ...args: unknown[]): unknown;
  connect(): unknown;
  disconnect(): unknown;
  timeout(ms: number): { emitWithAck(event: string, ...args: unknown[]): Promise<unknown> };
}

/** Makes the socket; `auth` is read at every connection attempt, so a dropped token stays dropped. */
export type SocketFactory = (auth: () => HandshakeAuth) => VisitorSocket;

/**
 * The real socket to `${serverOrigin}/visitor`: WebSocket first, long-polling where proxies block
 * it. Long-polling is an on-demand chunk: the first attempt that fails below the protocol (no
 * refusal from the server, `err.data`) fetches it, and from the next attempt on each one tries
 * WebSocket, then long-polling.
 */
export function visitorSocketFactory(serverOrigin: string): SocketFactory {
  return (auth) => {
    const socket = io(`${serverOrigin}${VISITOR_NAMESPACE}`, {
      transports: [WebSocket],
      // Nothing to upgrade to: long-polling is only ever the fallback (and the build leaves the probe out).
      upgrade: false,
      autoConnect: false,
      reconnectionDelayMax: 10_000,
      auth: (send) => send({ ...auth() }),
    });
    let fallback: Promise<unknown> | undefined;
    socket.on('connect_error', (err: Error & { data?: unknown }) => {
      fallback ||= err.data
        ? undefined
        : import('./polling-fallback.js').then(
            // The manager reads its options at every attempt: the next one has both transports.
            ({ Polling }) => Object.assign(socket.io.opts, { transports: [WebSocket, Polling], tryAllTransports: true } satisfies Partial<ManagerOptions>),
            // Not fetched (offline, say): try again at the next failure.
            () => (fallback = undefined),
          );
    });
    return socket as unknown as VisitorSocket;
  };
}
