import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { agentCommand, visitorCommand, type AgentPresence, type Message, type QueueStatus } from '@parley/shared';
import { agentSays, collect, eventually, visitorSays } from './conversation-helpers.js';
import { adminApi, connectAgents, createDepartment, patchSettings } from './routing-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

const quiet = { autoAck: { enabled: false, text: {} }, reopenWindowMinutes: 0, missedAfterSeconds: 3600 };

describe('routing flows over real sockets', () => {
  let t: TestServer;
  let demoId: string;
  beforeEach(async () => {
    t = await startTestServer({ AGENT_OFFLINE_GRACE_MS: '300', ROUTING_SWEEP_MS: '100' }, { routing: 'live' });
    demoId = (await t.server.store.getAgentByEmail('agent@demo.test'))!.id;
    // The demo admin is the one running the REST calls; keep them out of the rotation.
    await t.server.store.routing.setAgentStatus(demoId, 'away');
  });
  afterEach(async () => {
    await t.close();
  });

  const conversation = (id: string) => t.server.store.getConversation(id);
  const eventKinds = async (id: string) => (await t.server.store.routing.listEvents(id)).map((e) => e.kind);

  it('transfers with a note only agents read, escalates tier 1 -> tier 2, and keeps the whole transcript', async () => {
    await patchSettings(t, quiet);
    const [first, colleague] = await connectAgents(t, 2, { capacity: 2, prefix: 'Tier1' });
    const [expert] = await connectAgents(t, 1, { capacity: 2, prefix: 'Tier2' });
    const tier2 = await createDepartment(t, { name: '技术支持', memberIds: [expert!.id] });
    const tier1 = await createDepartment(t, { name: 'Support', memberIds: [first!.id, colleague!.id], escalatesToId: tier2.id });
    // Both tier-1 agents are free; least busy + longest since last assignment picks one of them.
    const visitor = await t.visitor();
    const heard = collect<Message>(visitor, 'message:new');
    const ask = await visitorCommand(visitor, 'message:send', { clientId: nanoid(), text: '我的订单没有到', departmentId: tier1.id }, 5000);
    if (!ask.ok) throw new Error(ask.error.message);
    const id = ask.data.conversationId;
    const current = await conversation(id);
    expect(current).toMatchObject({ status: 'open', departmentId: tier1.id });
    const holder = [first!, colleague!].find((a) => a.id === current!.assigneeId)!;
    const other = holder === first ? colleague! : first!;
    await agentSays(holder.socket, id, 'Let me check.');

    const transferred = await agentCommand(holder.socket, 'conversation:transfer', { conversationId: id, agentId: other.id, note: 'VIP, order 8812' }, 5000);
    expect(transferred.ok && transferred.data.assigneeId).toBe(other.id);
    const joined = await agentCommand(other.socket, 'conversation:join', { conversationId: id }, 5000);
    if (!joined.ok) throw new Error(joined.error.message);
    expect(joined.data.messages.find((m) => m.internal)?.text).toBe('VIP, order 8812');
    await eventually(() => heard.some((m) => m.author.type === 'system' && m.text.includes(other.name)));
    expect(heard.some((m) => m.text.includes('8812'))).toBe(false);

    const escalated = await agentCommand(other.socket, 'conversation:escalate', { conversationId: id, note: '需要二线处理' }, 5000);
    expect(escalated.ok).toBe(true);
    await eventually(() => heard.some((m) => m.author.type === 'system' && m.text.includes('技术支持')));
    const afterEscalation = await conversation(id);
    expect(afterEscalation).toMatchObject({ status: 'open', assigneeId: expert!.id, departmentId: tier2.id });
    expect(afterEscalation!.priority).toBeGreaterThan(0);
    const transcript = await agentCommand(expert!.socket, 'conversation:join', { conversationId: id }, 5000);
    if (!transcript.ok) throw new Error(transcript.error.message);
    expect(transcript.data.messages.map((m) => m.text)).toEqual(
      expect.arrayContaining(['我的订单没有到', 'Let me check.', 'VIP, order 8812', '需要二线处理']),
    );
    expect(heard.some((m) => m.internal || m.text.includes('二线'))).toBe(false);
    const kinds = await eventKinds(id);
    expect(kinds).toEqual(expect.arrayContaining(['created', 'queued', 'assigned', 'first_response', 'transferred', 'escalated']));
    expect(kinds.filter((k) => k === 'transferred')).toHaveLength(2);
  });

  it('only supervisors and admins reassign; an agent may not take a colleague\'s chat by assign', async () => {
    await patchSettings(t, quiet);
    const [a, b] = await connectAgents(t, 2, { capacity: 1 });
    const [boss] = await connectAgents(t, 1, { capacity: 1, role: 'supervisor', prefix: 'Boss' });
    await agentCommand(boss!.socket, 'agent:status', { status: 'away' }, 5000);
    const visitor = await t.visitor();
    const { conversationId } = await visitorSays(visitor, 'hello');
    await new Promise((r) => setTimeout(r, 100));
    const holder = (await conversation(conversationId))!.assigneeId;
    const other = holder === a!.id ? b! : a!;
    const refused = await agentCommand(other.socket, 'conversation:assign', { conversationId, agentId: other.id }, 5000);
    expect(!refused.ok && refused.error.code).toBe('forbidden');
    const done = await agentCommand(boss!.socket, 'conversation:assign', { conversationId, agentId: other.id }, 5000);
    expect(done.ok && done.data.assigneeId).toBe(other.id);
  });

  it('offers the leave-a-message form when nobody is online, and the message lands in the inbox marked offline', async () => {
    await patchSettings(t, quiet);
    const visitor = await t.visitor();
    const availability = await visitorCommand(visitor, 'site:availability', {}, 5000);
    expect(availability.ok && availability.data).toMatchObject({ available: false, withinHours: true });
    const left = await visitorCommand(
      visitor,
      'offline:message',
      { name: '陈先生', email: 'Chen@Example.test', text: '请明天给我回电话' },
      5000,
    );
    expect(left.ok).toBe(true);
    if (!left.ok) return;
    const stored = await conversation(left.data.id);
    expect(stored).toMatchObject({ offline: true, status: 'waiting', queuedAt: null });
    expect(await t.server.store.getVisitor(stored!.visitorId)).toMatchObject({ name: '陈先生', email: 'chen@example.test' });
    const agent = await t.agent();
    const inbox = await agentCommand(agent, 'conversation:list', { offline: true }, 5000);
    expect(inbox.ok && inbox.data.map((c) => c.id)).toEqual([left.data.id]);
    // Nobody is auto-assigned an offline message when they come online.
    await agentCommand(agent, 'agent:status', { status: 'online' }, 5000);
    expect((await conversation(left.data.id))?.assigneeId).toBeNull();
    expect(await eventKinds(left.data.id)).toEqual(expect.arrayContaining(['created', 'offline_message']));

    // The same form re-sent after a lost acknowledgement (its clientId) is the same left message.
    const form = { name: '王小姐', email: 'wang@example.test', text: '可以改期吗？', clientId: 'left-form-0001' };
    const repeater = await t.visitor();
    const first = await visitorCommand(repeater, 'offline:message', form, 5000);
    const again = await visitorCommand(repeater, 'offline:message', form, 5000);
    expect(first.ok && again.ok && again.data.id).toBe(first.ok && first.data.id);
    const texts = (await t.server.store.listMessages({ conversationId: first.ok ? first.data.id : '', afterSeq: 0, limit: 10, includeInternal: true }))
      .filter((m) => m.author.type === 'visitor');
    expect(texts).toHaveLength(1);

    // Outside business hours the form is offered even with someone online.
    await patchSettings(t, { hours: { timeZone: 'Asia/Taipei', weekly: {} } });
    const closed = await visitorCommand(visitor, 'site:availability', {}, 5000);
    expect(closed.ok && closed.data).toMatchObject({ available: false, withinHours: false });
    await patchSettings(t, { hours: null });
    const open = await visitorCommand(visitor, 'site:availability', {}, 5000);
    expect(open.ok && open.data.available).toBe(true);
  });

  it('records a missed chat when the visitor leaves before anyone answered', async () => {
    await patchSettings(t, { ...quiet, missedAfterSeconds: 1 });
    const visitor = await t.visitor();
    const { conversationId } = await visitorSays(visitor, 'anyone there?');
    visitor.disconnect();
    const until = Date.now() + 5000;
    while (!(await conversation(conversationId))?.missed && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    expect(await conversation(conversationId)).toMatchObject({ status: 'closed', missed: true });
    expect(await eventKinds(conversationId)).toEqual(expect.arrayContaining(['resolved', 'missed']));
    const agent = await t.agent();
    const missed = await agentCommand(agent, 'conversation:list', { status: ['closed'], missed: true }, 5000);
    expect(missed.ok && missed.data.map((c) => c.id)).toEqual([conversationId]);
    // A visitor who comes back in time is not missed.
    const back = await t.visitor();
    const token = await new Promise<string>((resolve) => {
      back.once('session', (s) => resolve(s.token));
      back.disconnect().connect();
    });
    const second = await visitorSays(back, 'brb');
    back.disconnect();
    await t.visitor({ token });
    await new Promise((r) => setTimeout(r, 1500));
    expect(await conversation(second.conversationId)).toMatchObject({ status: 'waiting', missed: false });
  });

  it('keeps an agent connected through a reload inside the grace period, and marks them gone after it', async () => {
    await patchSettings(t, quiet);
    const [agent] = await connectAgents(t, 1, { capacity: 2 });
    const watcher = await t.agent();
    const updates = collect<AgentPresence>(watcher, 'agent:updated');
    agent!.socket.disconnect();
    const reloaded = await t.agent(agent!.token);
    await new Promise((r) => setTimeout(r, 600));
    expect((await t.server.store.routing.getAgentState(agent!.id))?.connected).toBe(true);
    expect(updates.filter((u) => u.id === agent!.id && !u.connected)).toHaveLength(0);
    reloaded.disconnect();
    await eventually(() => updates.some((u) => u.id === agent!.id && !u.connected), 3000);
    // Gone: a new chat waits instead of going to them.
    const visitor = await t.visitor();
    const { conversationId } = await visitorSays(visitor, 'hi');
    await new Promise((r) => setTimeout(r, 100));
    expect((await conversation(conversationId))?.status).toBe('waiting');
    // Back (status kept: online): the queue drains to them at once.
    await t.agent(agent!.token);
    await eventually(() => updates.some((u) => u.id === agent!.id && u.connected && u.activeChats === 1), 3000);
    expect((await conversation(conversationId))?.assigneeId).toBe(agent!.id);
  });

  it('keeps the status an agent chose across reconnects; away gets nothing, online drains the queue', async () => {
    await patchSettings(t, quiet);
    const [agent] = await connectAgents(t, 1, { capacity: 1 });
    const away = await agentCommand(agent!.socket, 'agent:status', { status: 'away' }, 5000);
    expect(away.ok && away.data.status).toBe('away');
    const second = await t.agent(agent!.token);
    const session = await new Promise<{ agent: { status?: string } }>((resolve) => {
      second.once('session', resolve);
      second.disconnect().connect();
    });
    expect(session.agent.status).toBe('away');
    const [v1, v2] = [await t.visitor(), await t.visitor()];
    const c1 = (await visitorSays(v1, 'first')).conversationId;
    const c2 = (await visitorSays(v2, 'second')).conversationId;
    const positions: QueueStatus[] = [];
    v2.on('queue:updated', (s) => positions.push(s));
    const status = await visitorCommand(v2, 'queue:status', {}, 5000);
    expect(status.ok && status.data?.position).toBe(2);
    await agentCommand(agent!.socket, 'agent:status', { status: 'online' }, 5000);
    expect((await conversation(c1))?.assigneeId).toBe(agent!.id);
    expect((await conversation(c2))?.status).toBe('waiting');
    await eventually(() => positions.at(-1)?.position === 1);
    // Capacity raised by an admin frees a slot: the next one goes at once.
    const raised = await adminApi(t, 'PATCH', `/agents/${agent!.id}`, { capacity: 2 });
    expect(raised.status).toBe(200);
    expect((await conversation(c2))?.assigneeId).toBe(agent!.id);
  });

  it('gives a free agent a chat from behind more than a page of chats waiting for a department nobody online serves', async () => {
    await patchSettings(t, quiet);
    const billing = await createDepartment(t, { name: '账单', memberIds: [] });
    for (let i = 0; i < 55; i++) {
      const sent = await visitorCommand(await t.visitor(), 'message:send', { clientId: nanoid(), text: `账单问题 ${i}`, departmentId: billing.id }, 5000);
      expect(sent.ok).toBe(true);
    }
    const general = (await visitorSays(await t.visitor(), 'a general question')).conversationId;
    const [agent] = await connectAgents(t, 1, { capacity: 1 });
    for (let i = 0; i < 300 && (await conversation(general))?.assigneeId !== agent!.id; i++) await new Promise((r) => setTimeout(r, 10));
    expect((await conversation(general))?.assigneeId).toBe(agent!.id);
    const stillWaiting = await t.server.store.routing.listQueue((await conversation(general))!.workspaceId, 100);
    expect(stillWaiting).toHaveLength(55);
  });

  it('lets an admin change an agent\'s capacity and role, but never demote the last admin', async () => {
    const [agent] = await connectAgents(t, 1, { capacity: 2 });
    const changed = await adminApi(t, 'PATCH', `/agents/${agent!.id}`, { capacity: 4, role: 'supervisor' });
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as { agent: AgentPresence }).agent).toMatchObject({ capacity: 4, role: 'supervisor' });

    const lastAdmin = await adminApi(t, 'PATCH', `/agents/${demoId}`, { role: 'agent' });
    expect(lastAdmin.status).toBe(409);
    expect((await t.server.store.getAgent(demoId))?.role).toBe('admin');
    // With a second admin, the first may step down.
    await adminApi(t, 'PATCH', `/agents/${agent!.id}`, { role: 'admin' });
    expect((await adminApi(t, 'PATCH', `/agents/${demoId}`, { role: 'supervisor' })).status).toBe(200);
  });

  it('acknowledges the first message in the visitor\'s language and reopens a chat written to soon after it closed', async () => {
    await patchSettings(t, { reopenWindowMinutes: 5, typicalReplyMinutes: 3 });
    const [agent] = await connectAgents(t, 1, { capacity: 1 });
    const visitor = await t.visitor({});
    const heard = collect<Message>(visitor, 'message:new');
    const { conversationId } = await visitorSays(visitor, '你好');
    // The acknowledgement follows the queue: an agent free at once has joined by then ("… joined the chat").
    await eventually(() => heard.some((m) => m.author.type === 'system' && /Typical reply time/.test(m.text)));
    expect(heard.find((m) => m.author.type === 'system' && /Typical reply time/.test(m.text))?.text).toMatch(/Typical reply time: about 3 min/);
    await agentSays(agent!.socket, conversationId, 'Hi!');
    await agentCommand(agent!.socket, 'conversation:close', { conversationId }, 5000);
    const again = await visitorSays(visitor, 'one more thing');
    expect(again.conversationId).toBe(conversationId);
    expect(await conversation(conversationId)).toMatchObject({ status: 'open', assigneeId: agent!.id });
    expect(await eventKinds(conversationId)).toEqual(expect.arrayContaining(['resolved', 'reopened']));
  });

  it("words the acknowledgement in the language the visitor's browser asks for first", async () => {
    await patchSettings(t, { typicalReplyMinutes: 3 });
    // The widget sends no language of its own: the handshake's Accept-Language says it.
    const visitor = await t.visitor({ acceptLanguage: 'zh-TW,zh;q=0.9,en-US;q=0.8' });
    const heard = collect<Message>(visitor, 'message:new');
    await visitorSays(visitor, '請問營業時間');
    await eventually(() => heard.some((m) => m.author.type === 'system'));
    // Nobody online: it waits, and the acknowledgement states the queue's estimate (one wait-time source).
    const place = await visitorCommand(visitor, 'queue:status', {}, 5000);
    const minutes = place.ok && place.data ? Math.max(1, Math.round(place.data.estimatedWaitMs / 60_000)) : NaN;
    expect(heard.find((m) => m.author.type === 'system')?.text).toBe(`謝謝，我們已收到您的訊息。通常回覆時間：約 ${minutes} 分鐘。`);
  });

  it('states one wait in the acknowledgement and the queue line of a waiting chat, whatever the typical reply time', async () => {
    await patchSettings(t, { typicalReplyMinutes: 2 });
    const ahead = await t.visitor({});
    await visitorSays(ahead, 'first in line');
    const visitor = await t.visitor({});
    const heard = collect<Message>(visitor, 'message:new');
    await visitorSays(visitor, 'second in line');
    await eventually(() => heard.some((m) => m.author.type === 'system'));
    const place = await visitorCommand(visitor, 'queue:status', {}, 5000);
    expect(place.ok && place.data?.position).toBe(2);
    const minutes = place.ok && place.data ? Math.max(1, Math.round(place.data.estimatedWaitMs / 60_000)) : NaN;
    expect(minutes).not.toBe(2);
    expect(heard.find((m) => m.author.type === 'system')?.text).toBe(`Thanks, we got your message. Typical reply time: about ${minutes} min.`);
  });

  it('lets only admins change site settings, validates them whole, and documents the endpoint', async () => {
    const site = await t.server.store.getSiteByKey('demo');
    const [plain] = await connectAgents(t, 1, { capacity: 1 });
    const forbidden = await adminApi(t, 'PATCH', `/sites/${site!.id}/settings`, { strategy: 'round_robin' }, plain!.token);
    expect(forbidden.status).toBe(403);
    const bad = await adminApi(t, 'PATCH', `/sites/${site!.id}/settings`, { firstResponseTargetSeconds: -5 });
    expect(bad.status).toBe(400);
    const unknown = await adminApi(t, 'PATCH', `/sites/${site!.id}/settings`, { colour: 'red' });
    expect(unknown.status).toBe(400);
    const ok = await adminApi(t, 'PATCH', `/sites/${site!.id}/settings`, { strategy: 'round_robin', firstResponseTargetSeconds: 45 });
    const body = (await ok.json()) as { site: { settings: { strategy: string; firstResponseTargetSeconds: number; idleCloseMinutes: number } } };
    expect(body.site.settings).toMatchObject({ strategy: 'round_robin', firstResponseTargetSeconds: 45, idleCloseMinutes: 30 });
    const doc = (await (await fetch(`${t.url}/api/v1/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/sites/{id}/settings', '/departments', '/agents/{id}', '/conversations/{id}/events']));
  });
});
