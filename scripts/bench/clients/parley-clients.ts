import { io, type Socket } from 'socket.io-client';
import {
  AGENT_NAMESPACE,
  PROTOCOL_VERSION,
  VISITOR_NAMESPACE,
  type AgentClientToServerEvents,
  type AgentServerToClientEvents,
  type VisitorClientToServerEvents,
  type VisitorServerToClientEvents,
  type VisitorSession,
} from '@parley/shared';

export type VisitorSocket = Socket<VisitorServerToClientEvents, VisitorClientToServerEvents>;
export type AgentSocket = Socket<AgentServerToClientEvents, AgentClientToServerEvents>;

export interface VisitorOptions {
  token?: string;
  /** Loopback source address for the TCP connection (spreads sockets over more ports). */
  localAddress?: string;
}

/**
 * A visitor as the widget connects: socket.io-client on `/visitor`, WebSocket transport, the
 * page's origin header (the demo site allows the server's own origin). No automatic
 * reconnection: the benchmarks decide when a visitor reconnects.
 */
export function visitorSocket(url: string, options: VisitorOptions = {}): VisitorSocket {
  return io(`${url}${VISITOR_NAMESPACE}`, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: { origin: url },
    ...(options.localAddress ? { localAddress: options.localAddress } : {}),
    auth: { protocol: PROTOCOL_VERSION, siteKey: 'demo', ...(options.token ? { token: options.token } : {}) },
  } as Parameters<typeof io>[1]);
}

/** Resolves with the `session` the server sends on connect; rejects on connect_error or timeout. */
export function sessionOf(socket: VisitorSocket, timeoutMs = 30_000): Promise<VisitorSession> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('no session within timeout')), timeoutMs);
    const onSession = (session: VisitorSession) => {
      clearTimeout(timer);
      socket.off('connect_error', fail);
      resolve(session);
    };
    function fail(err: Error) {
      clearTimeout(timer);
      socket.off('session', onSession);
      reject(err);
    }
    socket.once('session', onSession);
    socket.once('connect_error', fail);
  });
}

/** Logs an agent in over REST, as the console does, and returns the JWT. */
export async function loginAgent(url: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

/** An agent console's socket on `/agent`, connected (resolves on `session`). */
export async function connectAgent(url: string, token: string): Promise<AgentSocket> {
  const socket: AgentSocket = io(`${url}${AGENT_NAMESPACE}`, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: { protocol: PROTOCOL_VERSION, token },
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('agent: no session within timeout')), 30_000);
    socket.once('session', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.once('connect_error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
  return socket;
}

/** Runs `fn` over `items` with at most `limit` in flight: connection setup without a thundering herd. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return out;
}

/** Text of a given length: a realistic short chat line, the same size for Parley and the floor. */
export function chatText(chars: number, n: number): string {
  const base = `message ${n} — 你好, is this in stock? `;
  return base.repeat(Math.ceil(chars / base.length)).slice(0, chars);
}
