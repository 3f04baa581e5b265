import { io, type Socket } from 'socket.io-client';
import {
  BOT_NAMESPACE,
  PROTOCOL_VERSION,
  type BotClientToServerEvents,
  type BotCredentials,
  type BotServerToClientEvents,
  type CreateBot,
} from '@parley/shared';
import { DEMO } from '../src/domain/accounts/demo-seed.js';
import type { TestServer } from './test-server.js';

export type BotClient = Socket<BotServerToClientEvents, BotClientToServerEvents>;

/** Calls the REST API as the demo admin and returns the parsed body, failing on an error status. */
export async function adminApi<T>(t: TestServer, method: string, path: string, body?: unknown): Promise<T> {
  const token = await t.agentToken();
  const res = await fetch(`${t.url}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (res.status === 204 ? null : await res.json()) as T;
}

/** Creates a bot and, when `first`, puts it first on the demo site. */
export async function createBot(t: TestServer, input: Partial<CreateBot> & { name: string }, first = false): Promise<BotCredentials> {
  const created = await adminApi<BotCredentials>(t, 'POST', '/bots', { mode: 'socket', ...input });
  if (first) await adminApi(t, 'PUT', `/sites/${DEMO.siteKey}/bot`, { botId: created.bot.id });
  return created;
}

/** A connected `/bot` socket with the given token. */
export async function connectBot(t: TestServer, token: string): Promise<BotClient> {
  const socket: BotClient = io(`${t.url}${BOT_NAMESPACE}`, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: { protocol: PROTOCOL_VERSION, token },
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (err) => reject(err));
  });
  return socket;
}
