import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import {
  BOT_NAMESPACE,
  PROTOCOL_VERSION,
  VISITOR_NAMESPACE,
  botCommand,
  visitorCommand,
  type BotClientToServerEvents,
  type BotCredentials,
  type BotServerToClientEvents,
  type ConversationSnapshot,
  type VisitorClientToServerEvents,
  type VisitorServerToClientEvents,
} from '@parley/shared';
import { demoAdminToken, startCluster, type Cluster } from './support/cluster.js';
import type { ServerProcess } from './support/server-process.js';

type BotSocket = Socket<BotServerToClientEvents, BotClientToServerEvents>;
type VisitorSocket = Socket<VisitorServerToClientEvents, VisitorClientToServerEvents>;

const graceMs = 1500;

function connected<S extends Socket>(socket: S): Promise<S> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

function connectBot(server: ServerProcess, token: string): Promise<BotSocket> {
  const socket: BotSocket = io(`${server.url}${BOT_NAMESPACE}`, { transports: ['websocket'], forceNew: true, reconnection: false, auth: { protocol: PROTOCOL_VERSION, token } });
  return connected(socket);
}

/**
 * A socket bot connected to one server process answers the chats that start on another, and a
 * bot that moves from one process to another within the grace period keeps its conversations.
 */
describe('a socket bot across two server processes with Redis', () => {
  let cluster: Cluster;
  let servers: ServerProcess[];
  let credentials: BotCredentials;
  let botOnA: BotSocket;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    cluster = await startCluster(2, { BOT_DISCONNECT_GRACE_MS: String(graceMs) });
    servers = cluster.servers;
    const a = servers[0]!;
    const token = await demoAdminToken(a);
    const admin = (method: string, pathname: string, body: unknown) =>
      fetch(`${a.url}/api/v1${pathname}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    credentials = (await (await admin('POST', '/bots', { name: '小助手', mode: 'socket' })).json()) as BotCredentials;
    const put = await admin('PUT', '/sites/demo/bot', { botId: credentials.bot.id });
    expect(put.ok).toBe(true);
  }, 90_000);

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await cluster?.stop();
  });

  it('a chat started on the other process is the bot’s, and the bot can answer it', async () => {
    const [a, b] = [servers[0]!, servers[1]!];
    const bot = (botOnA = await connectBot(a, credentials.token));
    sockets.push(bot);
    const assigned = new Promise<ConversationSnapshot>((resolve, reject) => {
      bot.once('conversation:assigned', resolve);
      setTimeout(() => reject(new Error('the bot was not given the chat within 10 s')), 10_000).unref();
    });

    const visitor: VisitorSocket = io(`${b.url}${VISITOR_NAMESPACE}`, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      extraHeaders: { origin: b.url },
      auth: { protocol: PROTOCOL_VERSION, siteKey: 'demo' },
    });
    sockets.push(await connected(visitor));
    const heard: string[] = [];
    visitor.on('message:new', (m) => heard.push(m.text));
    const sent = await visitorCommand(visitor, 'message:send', { clientId: 'bot-cluster-1', text: '你好，請問運費多少？' }, 5000);
    if (!sent.ok) throw new Error(sent.error.message);

    const snapshot = await assigned;
    expect(snapshot.conversation).toMatchObject({ id: sent.data.conversationId, botId: credentials.bot.id });
    const answer = await botCommand(bot, 'message:send', { conversationId: sent.data.conversationId, clientId: 'bot-answer-1', text: '運費依地區而定。' }, 5000);
    expect(answer.ok).toBe(true);
    const until = Date.now() + 10_000;
    while (!heard.includes('運費依地區而定。') && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
    expect(heard).toContain('運費依地區而定。');
  });

  it('a bot that reconnects to the other process within the grace period keeps its conversations', async () => {
    const released: string[] = [];
    botOnA.disconnect();
    const moved = await connectBot(servers[1]!, credentials.token);
    sockets.push(moved);
    moved.on('conversation:released', (c) => released.push(c.id));
    const held = await botCommand(moved, 'conversation:list', {}, 5000);
    if (!held.ok) throw new Error(held.error.message);
    expect(held.data).toHaveLength(1);

    // Past the grace period of the process the bot left: it must see the bot on the other one.
    await new Promise((r) => setTimeout(r, graceMs + 1500));
    const still = await botCommand(moved, 'conversation:list', {}, 5000);
    if (!still.ok) throw new Error(still.error.message);
    expect(still.data.map((s) => s.conversation.botId)).toEqual([credentials.bot.id]);
    expect(released).toEqual([]);
  });
});
