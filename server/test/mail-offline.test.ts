import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { agentCommand, visitorCommand, type Message } from '@parley/shared';
import { DEMO } from '../src/domain/accounts/demo-seed.js';
import { agentSays, visitorSays } from './conversation-helpers.js';
import { PUBLIC_URL, mailEnv, outboxFor, outboxUntil, pause } from './mail-helpers.js';
import { connectAgents, createDepartment } from './routing-helpers.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';
import { startTestServer, type TestServer } from './test-server.js';

describe('mail around left messages and transcripts (real SMTP server)', () => {
  let sink: SmtpSink;
  let t: TestServer;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await sink.stop();
  });
  afterEach(async () => {
    await t?.close();
  });

  it("mails a left message to its department's agents, else to the admins", async () => {
    t = await startTestServer(mailEnv(sink));
    const [billing1, billing2, outsider] = await connectAgents(t, 3, { capacity: 2, prefix: 'mail' });
    const department = await createDepartment(t, { name: 'Billing', memberIds: [billing1!.id, billing2!.id] });
    const visitor = await t.visitor();
    const left = await visitorCommand(visitor, 'offline:message', { name: 'Lin <b>', email: 'lin@example.com', text: '我的订单在哪里？', departmentId: department.id }, 5000);
    expect(left.ok).toBe(true);
    const conversationId = left.ok ? left.data.id : '';

    const [mail] = await sink.waitFor(billing1!.email);
    await sink.waitFor(billing2!.email);
    const site = await t.server.store.getSiteByKey(DEMO.siteKey);
    expect(mail!.subject).toBe(`New message from Lin <b> on ${site!.name}`);
    expect(mail!.text).toContain('> 我的订单在哪里？');
    expect(mail!.text).toContain(`${PUBLIC_URL}/console/conversations/${conversationId}`);
    expect(mail!.html).toContain('Lin &lt;b&gt;');
    expect(mail!.html).not.toContain('Lin <b>');
    await outboxUntil(t, billing2!.email, (m) => m.every((x) => x.status === 'sent'));
    expect(sink.to(outsider!.email)).toEqual([]);
    expect(await outboxFor(t, DEMO.email)).toEqual([]);

    // No department: the workspace's admins (the demo agent is one) hear of it.
    const other = await t.visitor();
    const noDepartment = await visitorCommand(other, 'offline:message', { name: 'Ann', email: 'ann@example.com', text: 'Hello?' }, 5000);
    expect(noDepartment.ok).toBe(true);
    await sink.waitFor(DEMO.email);
    expect(sink.to(billing1!.email)).toHaveLength(1);
  });

  it("mails an agent's reply to a left message to the visitor, once, and keeps it in the conversation", async () => {
    t = await startTestServer(mailEnv(sink));
    const visitor = await t.visitor();
    const left = await visitorCommand(visitor, 'offline:message', { name: '陳美玲', email: 'meiling@example.com', text: '請問可以退貨嗎？' }, 5000);
    if (!left.ok) throw new Error(left.error.message);
    const agent = await t.agent();
    const clientId = nanoid();
    const reply = await agentSays(agent, left.data.id, '可以，七天內都能退貨。', { clientId });
    await agentSays(agent, left.data.id, 'internal: check the order first', { internal: true });
    // A re-sent reply (the same clientId) is the same message and queues no second mail.
    expect((await agentSays(agent, left.data.id, '可以，七天內都能退貨。', { clientId })).id).toBe(reply.id);

    const [mail] = await sink.waitFor('meiling@example.com');
    expect(mail!.text).toContain('可以，七天內都能退貨。');
    expect(mail!.text).toContain('請問可以退貨嗎？');
    expect(mail!.text).not.toContain('internal: check the order first');
    await pause(300);
    expect(sink.to('meiling@example.com')).toHaveLength(1);

    const res = await fetch(`${t.url}/api/v1/conversations/${left.data.id}/messages`, { headers: { authorization: `Bearer ${await t.agentToken()}` } });
    const { messages } = (await res.json()) as { messages: Message[] };
    expect(messages.map((m) => m.text)).toContain('可以，七天內都能退貨。');
  });

  it('mails the visitor the transcript they ask for, without internal notes, in their language, a few times at most', async () => {
    t = await startTestServer(mailEnv(sink));
    const visitor = await t.visitor({ acceptLanguage: 'zh-TW' });
    const first = await visitorSays(visitor, '你好，我想改地址');
    const agent = await t.agent();
    await agentSays(agent, first.conversationId, '好的，請提供新地址。');
    await agentSays(agent, first.conversationId, 'SECRET NOTE: VIP customer', { internal: true });
    expect((await agentCommand(agent, 'conversation:close', { conversationId: first.conversationId }, 5000)).ok).toBe(true);

    const request = { conversationId: first.conversationId, email: 'Visitor@Example.com ' };
    expect(await visitorCommand(visitor, 'transcript:request', request, 5000)).toEqual({ ok: true, data: null });
    const [mail] = await sink.waitFor('visitor@example.com');
    expect(mail!.subject).toMatch(/^您與 .+ 的對話紀錄$/);
    expect(mail!.text).toContain('您: 你好，我想改地址');
    expect(mail!.text).toContain('好的，請提供新地址。');
    expect(mail!.text + mail!.html).not.toContain('SECRET NOTE');

    // Someone else's conversation is not theirs to mail.
    const stranger = await t.visitor();
    const foreign = await visitorCommand(stranger, 'transcript:request', request, 5000);
    expect(foreign.ok || foreign.error.code).toBe('not_found');
    // Three per conversation, then refused.
    for (let i = 0; i < 2; i++) expect((await visitorCommand(visitor, 'transcript:request', request, 5000)).ok).toBe(true);
    const fourth = await visitorCommand(visitor, 'transcript:request', request, 5000);
    expect(fourth.ok || fourth.error.code).toBe('rate_limited');
    await sink.waitFor('visitor@example.com', 3);
    expect(await outboxFor(t, 'visitor@example.com')).toHaveLength(3);
  });

  it('answers a transcript request with unavailable when the server mails nothing', async () => {
    t = await startTestServer();
    const visitor = await t.visitor();
    const said = await visitorSays(visitor, 'hi');
    const ack = await visitorCommand(visitor, 'transcript:request', { conversationId: said.conversationId, email: 'v@example.com' }, 5000);
    expect(ack.ok || ack.error.code).toBe('unavailable');
  });
});
