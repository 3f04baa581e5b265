import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import {
  AGENT_NAMESPACE,
  PROTOCOL_VERSION,
  agentCommand,
  type AgentClientToServerEvents,
  type AgentServerToClientEvents,
  type InboxItem,
  type LiveVisitor,
  type LiveVisitorPage,
  type LiveVisitorPatch,
  type PageViewAnswer,
  type PingAnswer,
} from '@parley/shared';
import { demoAdminToken, startCluster, type Cluster } from './support/cluster.js';
import type { ServerProcess } from './support/server-process.js';

type AgentSocket = Socket<AgentServerToClientEvents, AgentClientToServerEvents>;

async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The widget tracker's REST calls, sent to whichever process a load balancer picks. */
class Tab {
  token: string | undefined;
  visitorId = '';
  pages = 0;
  readonly session = 'tab-session-1';
  readonly visitStartedAt = Date.now();

  async view(server: ServerProcess, pathname: string, title: string): Promise<PageViewAnswer> {
    this.pages++;
    const answer = await post<PageViewAnswer>(server, '/api/v1/visitor/pageview', {
      siteKey: 'demo',
      ...(this.token ? { token: this.token } : {}),
      session: this.session,
      visitStartedAt: this.visitStartedAt,
      pages: this.pages,
      url: `${server.url}${pathname}`,
      title,
      referrer: '',
      language: 'zh-TW',
    });
    this.token = answer.token;
    this.visitorId = answer.visitorId;
    return answer;
  }

  ping(server: ServerProcess, extra: { hidden?: boolean } = {}): Promise<PingAnswer> {
    return post<PingAnswer>(server, '/api/v1/visitor/ping', { siteKey: 'demo', token: this.token, session: this.session, events: [], ...extra });
  }
}

async function post<T>(server: ServerProcess, pathname: string, body: unknown): Promise<T> {
  const res = await fetch(`${server.url}${pathname}`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain;charset=UTF-8', origin: server.url, 'user-agent': 'Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 Version/17.0 Safari/605.1.15' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${pathname}: ${res.status} ${text}`);
  return JSON.parse(text) as T;
}

/**
 * Two server processes behind an imaginary load balancer that does not stick a widget to one
 * of them, sharing the live list through a real Redis: every console sees the whole list and
 * hears every change, and what an agent or admin leaves for a visitor on one process reaches
 * them through the other, once.
 */
describe('live visitors across two server processes with Redis', () => {
  let cluster: Cluster;
  let servers: ServerProcess[];
  let siteId: string;
  let adminToken: string;
  const consoles: { socket: AgentSocket; rows: Map<string, LiveVisitor>; total: number }[] = [];
  const shopper = new Tab();
  const reader = new Tab();

  beforeAll(async () => {
    cluster = await startCluster(2);
    servers = cluster.servers;
    adminToken = await demoAdminToken(servers[0]!);
    const sites = await fetch(`${servers[0]!.url}/api/v1/sites`, { headers: { authorization: `Bearer ${adminToken}` } });
    siteId = ((await sites.json()) as { sites: { id: string; key: string }[] }).sites.find((s) => s.key === 'demo')!.id;

    for (const server of servers) {
      const socket: AgentSocket = io(`${server.url}${AGENT_NAMESPACE}`, {
        transports: ['websocket'],
        forceNew: true,
        reconnection: false,
        auth: { protocol: PROTOCOL_VERSION, token: adminToken },
      });
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', reject);
      });
      const copy = { socket, rows: new Map<string, LiveVisitor>(), total: 0 };
      socket.on('visitors:patch', (patch: LiveVisitorPatch) => {
        for (const row of patch.upsert) copy.rows.set(row.visitorId, row);
        for (const id of patch.remove) copy.rows.delete(id);
        copy.total = patch.total;
      });
      const page = await agentCommand(socket, 'visitors:subscribe', { siteId, limit: 100 }, 5000);
      if (!page.ok) throw new Error(page.error.message);
      consoles.push(copy);
    }
  }, 90_000);

  afterAll(async () => {
    for (const c of consoles) c.socket.disconnect();
    await cluster?.stop();
  });

  it('every console and every process lists every visitor, whichever process their page views reached', async () => {
    const [a, b] = [servers[0]!, servers[1]!];
    await shopper.view(a, '/pricing', '价格方案');
    await until(() => consoles.every((c) => c.rows.get(shopper.visitorId)?.title === '价格方案'), 10_000, 'the first page on both consoles');
    await shopper.view(b, '/checkout', '結帳');
    await reader.view(b, '/docs', '說明文件');
    await until(() => consoles.every((c) => c.rows.get(shopper.visitorId)?.pages === 2 && c.rows.has(reader.visitorId)), 10_000, 'both visitors on both consoles');
    for (const c of consoles) {
      expect(c.rows.get(shopper.visitorId)).toMatchObject({ url: `${b.url}/checkout`, title: '結帳', language: 'zh-TW' });
      expect(c.total).toBe(2);
    }
    // Process A never saw the reader's page view, and lists them all the same.
    const listed = (await (await fetch(`${a.url}/api/v1/sites/${siteId}/visitors`, { headers: { authorization: `Bearer ${adminToken}` } })).json()) as LiveVisitorPage;
    expect(listed.total).toBe(2);
    expect(new Set(listed.visitors.map((v) => v.visitorId))).toEqual(new Set([shopper.visitorId, reader.visitorId]));
  });

  it('a chat an agent starts on one process and an announcement sent there reach a visitor served by the other, once', async () => {
    const [a, b] = [servers[0]!, servers[1]!];
    const started = await agentCommand(consoles[0]!.socket, 'visitor:chat', { siteId, visitorId: reader.visitorId, clientId: 'start-chat-1', text: '需要幫忙嗎？' }, 5000);
    expect(started.ok).toBe(true);
    const announced = await fetch(`${a.url}/api/v1/sites/${siteId}/announcements`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: '系統維護：今晚 22:00 起暫停服務', urlMatch: { op: 'contains', value: '/docs' } }),
    });
    expect(((await announced.json()) as { announcement: { recipients: number } }).announcement.recipients).toBe(1);

    const items: InboxItem[] = [...(await reader.ping(b)).inbox, ...(await reader.ping(a)).inbox];
    expect(items.map((i) => i.type).sort()).toEqual(['announcement', 'chat']);
    expect(items.find((i) => i.type === 'chat')).toMatchObject({ text: '需要幫忙嗎？' });
    expect((await shopper.ping(a)).inbox).toEqual([]);
    // The chat shows as "chatting" on both consoles, though the process that started it never served the reader.
    await until(() => consoles.every((c) => c.rows.get(reader.visitorId)?.conversationId), 10_000, 'the chatting column on both consoles');
  });

  it("a conversation's journey holds the pages served by both processes", async () => {
    const started = await agentCommand(consoles[1]!.socket, 'visitor:chat', { siteId, visitorId: shopper.visitorId, clientId: 'start-chat-2', text: '結帳有問題嗎？' }, 5000);
    if (!started.ok) throw new Error(started.error.message);
    const context = await agentCommand(consoles[0]!.socket, 'conversation:context', { conversationId: started.data.id }, 5000);
    if (!context.ok) throw new Error(context.error.message);
    expect(context.data.journey.map((p) => p.title)).toEqual(['价格方案', '結帳']);
  });
});
