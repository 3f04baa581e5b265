import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import {
  AGENT_NAMESPACE,
  PROTOCOL_VERSION,
  VISITOR_NAMESPACE,
  agentCommand,
  visitorCommand,
  type AgentClientToServerEvents,
  type AgentServerToClientEvents,
  type Message,
  type QueueStatus,
  type VisitorClientToServerEvents,
  type VisitorServerToClientEvents,
} from '@parley/shared';
import { SqliteStore, hashPassword } from '@parley/server';
import { startCluster, type Cluster } from './support/cluster.js';
import type { ServerProcess } from './support/server-process.js';

type VisitorSocket = Socket<VisitorServerToClientEvents, VisitorClientToServerEvents>;
type AgentSocket = Socket<AgentServerToClientEvents, AgentClientToServerEvents>;

const AGENTS = 6;
const CAPACITY = 2;
const VISITORS = 36;

async function until(check: () => Promise<boolean> | boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function connect<S extends Socket>(socket: S): Promise<S> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/**
 * Three server processes share one SQLite file and one real Redis. Visitors and agents are
 * spread over them and everyone writes at once: no conversation is assigned twice, no agent
 * passes their capacity, every process reports the same queue positions, and a reply from an
 * agent on one process reaches a visitor on another.
 */
describe('routing across three server processes with Redis', () => {
  let cluster: Cluster;
  let servers: ServerProcess[] = [];
  let store: SqliteStore;
  let workspaceId: string;
  const sockets: Socket[] = [];
  const agents: { id: string; socket: AgentSocket; server: number }[] = [];
  const visitors: { socket: VisitorSocket; server: number; positions: QueueStatus[]; heard: Message[] }[] = [];

  beforeAll(async () => {
    cluster = await startCluster(3, { AGENT_OFFLINE_GRACE_MS: '2000', ROUTING_SWEEP_MS: '1000' });
    servers = cluster.servers;

    store = new SqliteStore(path.join(cluster.dataDir, 'parley.db'));
    const site = (await store.getSiteByKey('demo'))!;
    workspaceId = site.workspaceId;
    const demo = (await store.getAgentByEmail('agent@demo.test'))!;
    await store.routing.setAgentStatus(demo.id, 'away');
    await store.routing.updateSiteSettings(site.id, {
      ...(await import('@parley/shared')).defaultSiteSettings,
      autoAck: { enabled: false, text: {} },
      missedAfterSeconds: 3600,
    });
    const passwordHash = await hashPassword('cluster-password');
    for (let i = 0; i < AGENTS; i++) {
      const email = `cluster-${i}@demo.test`;
      const record = await store.createAgent({
        id: randomUUID(),
        workspaceId,
        email,
        name: `Cluster ${i}`,
        role: 'agent',
        capacity: CAPACITY,
        passwordHash,
        createdAt: Date.now(),
      });
      const server = servers[i % 3]!;
      const login = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'cluster-password' }),
      });
      const { token } = (await login.json()) as { token: string };
      const socket: AgentSocket = io(`${server.url}${AGENT_NAMESPACE}`, {
        transports: ['websocket'],
        forceNew: true,
        reconnection: false,
        auth: { protocol: PROTOCOL_VERSION, token },
      });
      sockets.push(socket);
      agents.push({ id: record.id, socket: await connect(socket), server: i % 3 });
    }
    await until(async () => (await store.routing.listAgentStates(workspaceId)).filter((a) => a.connected).length === AGENTS, 10_000, 'agents connected');

    for (let i = 0; i < VISITORS; i++) {
      const server = servers[(i + 1) % 3]!;
      const socket: VisitorSocket = io(`${server.url}${VISITOR_NAMESPACE}`, {
        transports: ['websocket'],
        forceNew: true,
        reconnection: false,
        extraHeaders: { origin: server.url },
        auth: { protocol: PROTOCOL_VERSION, siteKey: 'demo' },
      });
      sockets.push(socket);
      const entry = { socket: await connect(socket), server: (i + 1) % 3, positions: [] as QueueStatus[], heard: [] as Message[] };
      socket.on('queue:updated', (s) => entry.positions.push(s));
      socket.on('message:new', (m) => entry.heard.push(m));
      visitors.push(entry);
    }
  }, 90_000);

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await store?.close();
    await cluster?.stop();
  });

  const assignedEvents = async () => {
    const counts = new Map<string, number>();
    const conversations = await store.listConversations({ workspaceId, limit: 200 });
    for (const c of conversations) {
      counts.set(c.id, (await store.routing.listEvents(c.id)).filter((e) => e.kind === 'assigned').length);
    }
    return counts;
  };

  it('assigns each conversation at most once and never past capacity when everyone writes at once', async () => {
    const sent = await Promise.all(
      visitors.map((v, i) => visitorCommand(v.socket, 'message:send', { clientId: `cluster-client-${i}-${randomUUID()}`, text: `visitor ${i} 你好` }, 10_000)),
    );
    expect(sent.every((s) => s.ok)).toBe(true);
    await until(async () => (await store.listConversations({ workspaceId, statuses: ['open'], limit: 200 })).length === AGENTS * CAPACITY, 15_000, 'all slots filled');
    // Let any late drains on the other processes finish, then look again.
    await new Promise((r) => setTimeout(r, 500));
    const states = await store.routing.listAgentStates(workspaceId);
    for (const a of states.filter((s) => agents.some((x) => x.id === s.id))) expect(a.activeChats).toBe(CAPACITY);
    expect(await store.listConversations({ workspaceId, statuses: ['open'], limit: 200 })).toHaveLength(AGENTS * CAPACITY);
    for (const [id, n] of await assignedEvents()) expect(n, id).toBeLessThanOrEqual(1);
  });

  it('gives every waiting visitor the same place whichever process it asks, in queue order', async () => {
    const waiting = await store.routing.listQueue(workspaceId, 200);
    expect(waiting).toHaveLength(VISITORS - AGENTS * CAPACITY);
    const answers = await Promise.all(visitors.map((v) => visitorCommand(v.socket, 'queue:status', {}, 10_000)));
    const byConversation = new Map<string, number>();
    for (const a of answers) if (a.ok && a.data) byConversation.set(a.data.conversationId, a.data.position);
    expect(waiting.map((c) => byConversation.get(c.id))).toEqual(waiting.map((_, i) => i + 1));
    // The live updates each process pushed (through Redis) end on the same numbers.
    await until(
      () =>
        visitors.every((v, i) => {
          const answer = answers[i]!;
          if (!answer.ok || !answer.data) return true;
          return v.positions.at(-1)?.position === answer.data.position;
        }),
      10_000,
      'live positions to settle',
    );
  });

  it('drains the queue as agents on every process close chats, still once each and within capacity', async () => {
    for (let round = 0; round < 4; round++) {
      const open = await store.listConversations({ workspaceId, statuses: ['open'], limit: 200 });
      await Promise.all(
        agents.map(async (agent) => {
          const mine = open.find((c) => c.assigneeId === agent.id);
          if (mine) await agentCommand(agent.socket, 'conversation:close', { conversationId: mine.id }, 10_000);
        }),
      );
      await until(async () => (await store.listConversations({ workspaceId, statuses: ['open'], limit: 200 })).length === AGENTS * CAPACITY, 15_000, 'slots refilled');
      const states = await store.routing.listAgentStates(workspaceId);
      for (const a of states.filter((s) => agents.some((x) => x.id === s.id))) expect(a.activeChats).toBeLessThanOrEqual(CAPACITY);
    }
    for (const [id, n] of await assignedEvents()) expect(n, id).toBeLessThanOrEqual(1);
  });

  it('carries a reply from an agent on one process to a visitor on another', async () => {
    const current = await Promise.all(visitors.map((v) => visitorCommand(v.socket, 'conversation:current', {}, 10_000)));
    const visitorOf = new Map<string, (typeof visitors)[number]>();
    current.forEach((s, i) => s.ok && s.data && visitorOf.set(s.data.conversation.id, visitors[i]!));
    const open = await store.listConversations({ workspaceId, statuses: ['open'], limit: 200 });
    const pair = open
      .map((c) => ({ agent: agents.find((a) => a.id === c.assigneeId)!, visitor: visitorOf.get(c.id)!, conversationId: c.id }))
      .find((p) => p.agent && p.visitor && p.agent.server !== p.visitor.server)!;
    expect(pair).toBeDefined();
    const text = '来自另一台服务器的回复';
    const reply = await agentCommand(pair.agent.socket, 'message:send', { conversationId: pair.conversationId, clientId: `reply-${randomUUID()}`, text }, 10_000);
    expect(reply.ok).toBe(true);
    // Generous: on a loaded 2-core machine the Redis round trip between processes can stall for seconds.
    await until(() => pair.visitor.heard.some((m) => m.text === text), 15_000, 'the reply');
  });
});
