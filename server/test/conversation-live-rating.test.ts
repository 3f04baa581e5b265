import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agentCommand, visitorCommand, type Conversation, type ConversationEvent, type Message } from '@parley/shared';
import { agentSays, collect, eventually, visitorSays } from './conversation-helpers.js';
import { chatPair, sessionOf } from './conversation-live-helpers.js';
import { adminApi, createDepartment, patchSettings } from './routing-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

describe('rating, pre-chat form, transcript export and join/leave lines (real server)', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.close();
  });

  it('takes a rating of 1–5 from the conversation\'s own visitor after the close, once and changed once, and tells the agents', async () => {
    const { visitor, agent, conversationId } = await chatPair(t);
    expect(await visitorCommand(visitor, 'conversation:rate', { conversationId, score: 5 }, 5000)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await agentCommand(agent, 'conversation:close', { conversationId }, 5000);

    expect(await visitorCommand(visitor, 'conversation:rate', { conversationId, score: 6 }, 5000)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await visitorCommand(visitor, 'conversation:rate', { conversationId, score: 0 }, 5000)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    const stranger = await t.visitor();
    expect(await visitorCommand(stranger, 'conversation:rate', { conversationId, score: 1 }, 5000)).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const updates = collect<Conversation>(agent, 'conversation:updated');
    const rated = await visitorCommand(visitor, 'conversation:rate', { conversationId, score: 4, comment: '回复很快' }, 5000);
    expect(rated).toMatchObject({ ok: true, data: { id: conversationId, rating: { score: 4, comment: '回复很快' } } });
    await eventually(() => updates.some((c) => c.rating?.score === 4));
    const changed = await visitorCommand(visitor, 'conversation:rate', { conversationId, score: 5 }, 5000);
    expect(changed).toMatchObject({ ok: true, data: { rating: { score: 5, comment: null } } });
    expect(await visitorCommand(visitor, 'conversation:rate', { conversationId, score: 1 }, 5000)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await t.server.store.getConversation(conversationId))?.rating?.score).toBe(5);

    const events = (await (await adminApi(t, 'GET', `/conversations/${conversationId}/events`)).json()) as { events: ConversationEvent[] };
    expect(events.events.filter((e) => e.kind === 'rated').map((e) => [e.data.score, e.data.changed])).toEqual([[4, false], [5, true]]);
  });

  it('refuses a rating more than 24 hours after the close', async () => {
    const visitor = await t.visitor();
    const { conversationId } = await visitorSays(visitor, 'hello');
    await t.server.store.closeConversation(conversationId, Date.now() - 25 * 3600_000);
    expect(await visitorCommand(visitor, 'conversation:rate', { conversationId, score: 3 }, 5000)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await t.server.store.getConversation(conversationId))?.rating).toBeUndefined();
  });

  it('keeps pre-chat answers on the visitor, shows them to agents, and never asks them again', async () => {
    const billing = await createDepartment(t, { name: 'Billing', memberIds: [] });
    await patchSettings(t, {
      prechat: {
        enabled: true,
        fields: [
          { id: 'name', kind: 'name', required: true, label: { en: 'Your name', 'zh-CN': '您的姓名', 'zh-TW': '您的姓名' } },
          { id: 'email', kind: 'email', required: true, label: {} },
          { id: 'team', kind: 'department', required: false, label: {} },
          { id: 'plan', kind: 'select', required: false, label: {}, options: [{ value: 'pro', label: { en: 'Pro' } }] },
          { id: 'consent', kind: 'checkbox', required: true, label: { en: 'I agree' } },
        ],
      },
    });
    const visitor = await t.visitor();
    const first = await sessionOf(visitor);
    expect(first.live?.prechat).toMatchObject({ enabled: true, known: [] });
    expect(first.live?.prechat.fields).toHaveLength(5);

    const bad = await visitorCommand(visitor, 'prechat:submit', { answers: { name: '王小明', email: 'not-an-email', plan: 'gold', consent: false, extra: 'x' } }, 5000);
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    const paths = bad.ok ? [] : (bad.error.issues ?? []).map((i) => i.path).sort();
    expect(paths).toEqual(['answers.consent', 'answers.email', 'answers.extra', 'answers.plan']);
    expect((await t.server.store.getVisitor(first.visitorId))?.prechat).toBeUndefined();

    const good = await visitorCommand(visitor, 'prechat:submit', { answers: { name: ' 王小明 ', email: 'Ming@Example.com', team: billing.id, consent: true } }, 5000);
    expect(good).toMatchObject({ ok: true, data: { answers: { name: '王小明', email: 'ming@example.com', team: billing.id, consent: true } } });
    // Back on another page (a new socket with the kept token): nothing is asked again.
    const back = await t.visitor({ token: first.token });
    const again = await sessionOf(back);
    expect(again.visitorId).toBe(first.visitorId);
    expect(again.live?.prechat.known.sort()).toEqual(['consent', 'email', 'name', 'team']);

    const { conversationId } = await visitorSays(back, '我想问发票的事');
    const agent = await t.agent();
    const joined = await agentCommand(agent, 'conversation:join', { conversationId }, 5000);
    expect(joined.ok && joined.data.visitor).toMatchObject({ name: '王小明', email: 'ming@example.com', prechat: { team: billing.id, consent: true } });
  });

  it('exports the transcript as text, escaped HTML and JSON for agents, with internal notes marked', async () => {
    const { visitor, agent, conversationId } = await chatPair(t);
    await visitorSays(visitor, '<script>alert(1)</script> 你好');
    await agentSays(agent, conversationId, 'Checking your order', {});
    await agentSays(agent, conversationId, 'VIP customer', { internal: true });
    const token = await t.agentToken();
    const get = (q: string) => fetch(`${t.url}/api/v1/conversations/${conversationId}/transcript${q}`, { headers: { authorization: `Bearer ${token}` } });

    const text = await get('?format=text');
    expect(text.headers.get('content-disposition')).toContain(`conversation-${conversationId}.txt`);
    const body = await text.text();
    expect(body).toContain('Demo Agent (Agent): Checking your order');
    expect(body).toContain('[Internal note (agents only)] Demo Agent (Agent): VIP customer');

    const html = await (await get('?format=html&locale=zh-TW')).text();
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; 你好');
    expect(html).not.toContain('<script>');
    expect(html).toContain('內部備註（僅客服可見）');

    const json = (await (await get('?format=json')).json()) as { messages: Message[] };
    expect(json.messages.find((m) => m.text === 'VIP customer')?.internal).toBe(true);

    expect((await get('?format=pdf')).status).toBe(400);
    expect((await fetch(`${t.url}/api/v1/conversations/${conversationId}/transcript`)).status).toBe(401);
  });

  it('writes "joined" and "left" lines in the visitor\'s language when the site wants them', async () => {
    await patchSettings(t, { joinLeaveLines: true });
    const visitor = await t.visitor({ acceptLanguage: 'zh-TW,zh;q=0.9' });
    const heard = collect<Message>(visitor, 'message:new');
    const { conversationId } = await visitorSays(visitor, '請問營業時間？');
    const agent = await t.agent();
    await agentCommand(agent, 'conversation:claim', { conversationId }, 5000);
    await agentCommand(agent, 'conversation:close', { conversationId }, 5000);
    await eventually(() => heard.filter((m) => m.author.type === 'system').length === 2);
    expect(heard.filter((m) => m.author.type === 'system').map((m) => m.text)).toEqual(['Demo Agent 加入了對話。', 'Demo Agent 離開了對話。']);
  });
});
