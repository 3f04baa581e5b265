import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { agentCommand, visitorCommand, type TriggerRuleInput, type TriggerStats } from '@parley/shared';
import { collect, eventually } from './conversation-helpers.js';
import { adminApi, SimulatedTab } from './proactive-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

/**
 * Trigger rules through the real server: the admin REST, the rules a page view answers
 * (server-side conditions and capping), a reply that starts a conversation with the trigger on
 * it, agent-started chats, announcements, and the funnel counts.
 */
describe('proactive triggers', () => {
  let t: TestServer;
  let admin: Awaited<ReturnType<typeof adminApi>>;

  beforeAll(async () => {
    t = await startTestServer();
    admin = await adminApi(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const pricingRule: TriggerRuleInput = {
    name: 'Pricing help',
    priority: 5,
    conditions: [
      { type: 'url', match: { op: 'wildcard', value: '/pricing*' } },
      { type: 'timeOnPage', seconds: 20 },
    ],
    action: { message: { text: '对价格有疑问吗？', senderName: 'Mei' } },
    capping: { scope: 'session' },
    goal: { type: 'event', name: 'signup' },
  };

  it('validates rules, keeps them per site and publishes them in the OpenAPI document', async () => {
    const bad = await admin.call<{ error: { code: string; message: string } }>('POST', `/sites/${admin.siteId}/triggers`, {
      name: 'x',
      conditions: [{ type: 'timeOnPage', seconds: -1 }],
      action: { message: { text: 'hi', senderName: 'A' } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('conditions');
    const elsewhere = await admin.call('GET', '/sites/not-a-site/triggers');
    expect(elsewhere.status).toBe(404);
    const doc = (await (await fetch(`${t.url}/api/v1/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/sites/{siteId}/triggers', '/visitor/pageview', '/sites/{siteId}/triggers/stats']));
  });

  it('answers a page view with the rules for that page, leaving time to the widget, and caps them per session', async () => {
    const rule = await admin.createRule(pricingRule);
    const tab = new SimulatedTab(t);
    expect((await tab.view('/')).rules).toEqual([]);
    const onPricing = await tab.view('/pricing', 'Pricing');
    expect(onPricing.rules).toEqual([{ id: rule.id, text: '对价格有疑问吗？', name: 'Mei', by: 'agent', open: false, t: 20, s: 0, x: false }]);

    await tab.ping([{ type: 'trigger', ruleId: rule.id, kind: 'shown' }]);
    expect((await tab.view('/pricing')).rules).toEqual([]); // a reload in the same session
    expect((await tab.newTab().view('/pricing')).rules.map((r) => r.id)).toEqual([rule.id]); // a new session
  });

  it('never offers a rule while the visitor is chatting, and a dismissed one stays dismissed', async () => {
    const rule = await admin.createRule({ ...pricingRule, name: 'Checkout', conditions: [{ type: 'url', match: { op: 'contains', value: '/checkout' } }], capping: { scope: 'days', days: 1 } });
    const tab = new SimulatedTab(t);
    expect((await tab.view('/checkout')).rules.map((r) => r.id)).toContain(rule.id);
    await tab.ping([{ type: 'trigger', ruleId: rule.id, kind: 'dismissed' }]);
    expect((await tab.newTab().view('/checkout')).rules.map((r) => r.id)).not.toContain(rule.id);

    const chatter = new SimulatedTab(t);
    await chatter.view('/');
    const socket = await t.visitor({ token: chatter.token! });
    const ack = await visitorCommand(socket, 'message:send', { clientId: nanoid(), text: 'hello' }, 5000);
    expect(ack.ok).toBe(true);
    expect((await chatter.view('/checkout')).rules).toEqual([]);
  });

  it('a reply to the proactive message starts a conversation that opens with it and names the trigger', async () => {
    const rule = await admin.createRule({ ...pricingRule, name: 'Plans question', conditions: [{ type: 'url', match: { op: 'contains', value: '/plans' } }] });
    const agent = await t.agent(admin.token);
    const updates = collect<{ id: string; visitorId: string }>(agent, 'conversation:updated');
    const tab = new SimulatedTab(t);
    await tab.view('/plans');
    await tab.ping([
      { type: 'trigger', ruleId: rule.id, kind: 'shown' },
      { type: 'trigger', ruleId: rule.id, kind: 'opened' },
    ]);
    const socket = await t.visitor({ token: tab.token! });
    const sent = await visitorCommand(socket, 'message:send', { clientId: nanoid(), text: 'Which plan fits 3 agents?', triggerId: rule.id }, 5000);
    if (!sent.ok) throw new Error(sent.error.message);
    expect(sent.data.seq).toBe(2);
    await eventually(() => updates.some((c) => c.visitorId === tab.visitorId));

    const snapshot = await agentCommand(agent, 'conversation:join', { conversationId: sent.data.conversationId }, 5000);
    if (!snapshot.ok) throw new Error(snapshot.error.message);
    expect(snapshot.data.messages.map((m) => [m.author.type, m.author.name, m.text])).toEqual([
      ['agent', 'Mei', '对价格有疑问吗？'],
      ['visitor', null, 'Which plan fits 3 agents?'],
    ]);
    const context = await agentCommand(agent, 'conversation:context', { conversationId: sent.data.conversationId }, 5000);
    if (!context.ok) throw new Error(context.error.message);
    expect(context.data.trigger).toEqual({ ruleId: rule.id, name: 'Plans question' });
    expect(context.data.journey.map((p) => new URL(p.url).pathname)).toEqual(['/plans']);

    await tab.ping([{ type: 'track', name: 'signup' }]);
    await tab.ping([{ type: 'track', name: 'signup' }]); // a goal counts once per showing
    const stats = await admin.call<{ stats: TriggerStats[] }>('GET', `/sites/${admin.siteId}/triggers/stats`);
    expect(stats.body.stats.find((s) => s.ruleId === rule.id)).toEqual({
      ruleId: rule.id,
      shown: 1,
      opened: 1,
      dismissed: 0,
      replied: 1,
      conversations: 1,
      goals: 1,
    });
  });

  it('an agent starts a chat with a visitor on the site; the tracker hears of it at its next ping', async () => {
    const tab = new SimulatedTab(t);
    await tab.view('/pricing');
    const agent = await t.agent(admin.token);
    const started = await agentCommand(agent, 'visitor:chat', { siteId: admin.siteId, visitorId: tab.visitorId, clientId: nanoid(), text: 'Hi! Need a hand?' }, 5000);
    if (!started.ok) throw new Error(started.error.message);
    expect(started.data).toMatchObject({ visitorId: tab.visitorId, status: 'open', lastSeq: 1 });
    expect((await tab.ping()).inbox).toEqual([{ type: 'chat', conversationId: started.data.id, text: 'Hi! Need a hand?', name: 'Demo Agent' }]);
    expect((await tab.ping()).inbox).toEqual([]);
    const again = await agentCommand(agent, 'visitor:chat', { siteId: admin.siteId, visitorId: tab.visitorId, clientId: nanoid(), text: 'Hello?' }, 5000);
    expect(again.ok ? 'ok' : again.error.code).toBe('conflict');
  });

  it('announces to the visitors on matching pages now, once each', async () => {
    const onCheckout = new SimulatedTab(t);
    const onHome = new SimulatedTab(t);
    await onCheckout.view('/payment/card');
    await onHome.view('/');
    const res = await admin.call<{ announcement: { id: string; recipients: number } }>('POST', `/sites/${admin.siteId}/announcements`, {
      text: '支付服务维护中，预计 10 分钟恢复。',
      urlMatch: { op: 'startsWith', value: '/payment' },
    });
    expect(res.status).toBe(201);
    expect(res.body.announcement.recipients).toBe(1);
    expect((await onCheckout.ping()).inbox).toEqual([{ type: 'announcement', id: res.body.announcement.id, text: '支付服务维护中，预计 10 分钟恢复。' }]);
    expect((await onCheckout.view('/payment/done')).inbox).toEqual([]);
    expect((await onHome.ping()).inbox).toEqual([]);
  });

  it("refuses a page from an origin the site does not allow", async () => {
    const res = await fetch(`${t.url}/api/v1/visitor/pageview`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: 'https://evil.test' },
      body: JSON.stringify({ siteKey: 'demo', session: nanoid(12), visitStartedAt: Date.now(), pages: 1, url: 'https://evil.test/' }),
    });
    expect(res.status).toBe(403);
  });
});
