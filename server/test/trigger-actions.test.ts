import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { visitorCommand, type Bot, type Message, type TriggerRule, type TriggerRuleInput } from '@parley/shared';
import { createBot } from './bot-helpers.js';
import { collect, eventually } from './conversation-helpers.js';
import { adminApi as rulesAdmin, SimulatedTab } from './proactive-helpers.js';
import { connectAgents, createDepartment, patchSettings, type TestAgent } from './routing-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

/**
 * The two trigger actions that decide where a reply goes: the rule's department (routing's
 * queue, members and hours apply) and the rule's bot (it holds the conversation from its first
 * message). Real server, live routing, agents and the built-in knowledge-base bot.
 */
describe('trigger actions: department and bot', () => {
  let t: TestServer;
  let admin: Awaited<ReturnType<typeof rulesAdmin>>;
  let sales: { id: string };
  let support: { id: string };
  let inSales: TestAgent;
  let inSupport: TestAgent;
  let kb: Bot;

  beforeAll(async () => {
    t = await startTestServer({}, { routing: 'live' });
    admin = await rulesAdmin(t);
    // The demo admin runs the REST calls; keep them out of the rotation.
    await t.server.store.routing.setAgentStatus((await t.server.store.getAgentByEmail('agent@demo.test'))!.id, 'away');
    [inSales, inSupport] = await connectAgents(t, 2, { capacity: 5, prefix: 'Agent' }) as [TestAgent, TestAgent];
    sales = await createDepartment(t, { name: '销售', memberIds: [inSales.id] });
    support = await createDepartment(t, { name: 'Support', memberIds: [inSupport.id] });
    // The site's page rule sends /plans to Support: a rule's department must win over it.
    await patchSettings(t, {
      autoAck: { enabled: false, text: {} },
      reopenWindowMinutes: 0,
      missedAfterSeconds: 3600,
      departmentRules: [{ urlContains: '/plans', departmentId: support.id }],
    });
    kb = (await admin.call<{ bots: Bot[] }>('GET', '/bots')).body.bots.find((b) => b.mode === 'knowledge-base')!;
  });
  afterAll(async () => {
    await t.close();
  });

  const rule = (name: string, action: Partial<TriggerRuleInput['action']>): TriggerRuleInput => ({
    name,
    conditions: [{ type: 'url', match: { op: 'contains', value: '/plans' } }],
    action: { message: { text: '想了解哪个套餐？', senderName: 'Mei' }, ...action },
    capping: { scope: 'session' },
  });

  /** A visitor on /plans who was shown `saved` and replies to it; returns the stored reply. */
  const replyTo = async (saved: TriggerRule, text: string, clientId = nanoid()) => {
    const tab = new SimulatedTab(t);
    await tab.view('/plans');
    await tab.ping([{ type: 'trigger', ruleId: saved.id, kind: 'shown' }]);
    const visitor = await t.visitor({ token: tab.token! });
    const heard = collect<Message>(visitor, 'message:new');
    const send = () => visitorCommand(visitor, 'message:send', { clientId, text, triggerId: saved.id, pageUrl: `${t.url}/plans` }, 5000);
    const sent = await send();
    if (!sent.ok) throw new Error(sent.error.message);
    return { message: sent.data, heard, send };
  };
  const conversation = async (id: string) => (await t.server.store.getConversation(id))!;
  const transcript = async (id: string) =>
    (await t.server.store.listMessages({ conversationId: id, afterSeq: 0, limit: 50, includeInternal: false })).map((m) => [m.author.type, m.author.name, m.text]);

  it("starts the reply's conversation in the rule's department, ahead of the page rule, so its member gets it and no one else", async () => {
    const saved = await admin.createRule(rule('Sales on plans', { departmentId: sales.id }));
    expect(saved.action).toMatchObject({ departmentId: sales.id, botId: null });
    const { message } = await replyTo(saved, '三个坐席用哪个套餐？');
    const started = await conversation(message.conversationId);
    expect(started).toMatchObject({ departmentId: sales.id, assigneeId: inSales.id, botId: null });
    expect(await transcript(message.conversationId)).toEqual([
      ['agent', 'Mei', '想了解哪个套餐？'],
      ['visitor', null, '三个坐席用哪个套餐？'],
      // Routing gave it to the Sales member at once: the visitor reads who joined.
      ['system', null, `${inSales.name} joined the chat.`],
    ]);

    // The same page without a rule's department: the page rule sends it to Support as before.
    const visitor = await t.visitor();
    const plain = await visitorCommand(visitor, 'message:send', { clientId: nanoid(), text: 'Hi', pageUrl: `${t.url}/plans` }, 5000);
    if (!plain.ok) throw new Error(plain.error.message);
    expect(await conversation(plain.data.conversationId)).toMatchObject({ departmentId: support.id, assigneeId: inSupport.id });
  });

  it('falls back to the usual department when the rule names one the workspace no longer has', async () => {
    // Departments cannot be deleted through the API today, and saving checks the id: write the
    // stale rule straight to the store, as a rule outliving its department would be.
    const saved = await admin.createRule(rule('Stale department', {}));
    await t.server.store.proactive.saveRule({ ...saved, action: { ...saved.action, departmentId: 'dep-deleted' } });
    const { message } = await replyTo(saved, 'Which plan?');
    expect(await conversation(message.conversationId)).toMatchObject({ departmentId: support.id, assigneeId: inSupport.id });
  });

  it('hands the reply to the knowledge-base bot, which answers it from the knowledge base; a retry stores nothing twice', async () => {
    await admin.call('POST', '/articles', {
      title: 'Adding seats to the Team plan',
      body: 'Open Settings, then Billing, and choose Add seats. Each extra seat is billed from the next day.',
      keywords: ['seats', 'team plan'],
      locale: 'en',
    });
    const saved = await admin.createRule(rule('Plans bot', { message: { text: 'Questions about plans? Ask me.', senderName: 'Parley Assistant', senderType: 'bot' }, botId: kb.id, departmentId: sales.id }));
    const { message, heard, send } = await replyTo(saved, 'How do I add seats to my team plan?');
    const fromBot = () => heard.filter((m) => m.author.type === 'bot' && m.author.id === kb.id);
    await eventually(() => fromBot().length >= 2, 5000);
    expect(fromBot()[0]!.text).toContain('1. Adding seats to the Team plan');

    // Held by the bot from the start: not queued, not given to the free Sales agent.
    const held = await conversation(message.conversationId);
    expect(held).toMatchObject({ botId: kb.id, status: 'open', assigneeId: null, departmentId: sales.id, queuedAt: null });
    const again = await send();
    expect(again.ok && again.data.id).toBe(message.id);
    const lines = await transcript(message.conversationId);
    expect(lines.slice(0, 2)).toEqual([
      ['bot', 'Parley Assistant', 'Questions about plans? Ask me.'],
      ['visitor', null, 'How do I add seats to my team plan?'],
    ]);
    expect(lines.filter(([, , text]) => text === 'Questions about plans? Ask me.')).toHaveLength(1);
    expect((await t.server.store.proactive.getConversationContext(message.conversationId))?.trigger).toEqual({ ruleId: saved.id, name: 'Plans bot' });
  });

  it("sends the reply to people, in the rule's department, when the rule's bot cannot answer or is gone", async () => {
    const away = await createBot(t, { name: 'Offline socket bot' });
    const saved = await admin.createRule(rule('Bot away', { botId: away.bot.id, departmentId: sales.id }));
    const { message } = await replyTo(saved, 'Anyone there?');
    expect(await conversation(message.conversationId)).toMatchObject({ botId: null, departmentId: sales.id, assigneeId: inSales.id });

    const doomed = await createBot(t, { name: 'Deleted webhook bot', mode: 'webhook', webhookUrl: 'https://hooks.example.test/parley' });
    const orphan = await admin.createRule(rule('Bot deleted', { botId: doomed.bot.id }));
    expect((await admin.call('DELETE', `/bots/${doomed.bot.id}`)).status).toBe(204);
    const late = await replyTo(orphan, 'Hello?');
    expect(await conversation(late.message.conversationId)).toMatchObject({ botId: null, departmentId: support.id, assigneeId: inSupport.id });
  });

  it('refuses, and stores nothing, when a rule names a department or bot of no workspace or of another one', async () => {
    const other = await t.server.store.createWorkspace({ id: nanoid(), name: 'Other', createdAt: Date.now() });
    const foreignDepartment = await t.server.store.routing.createDepartment({ id: nanoid(), workspaceId: other.id, name: 'Theirs', escalatesToId: null, hours: null, memberIds: [], createdAt: Date.now() });
    const foreignBot = await t.server.bots.createBot(other.id, { name: 'Their bot', avatarUrl: null, mode: 'knowledge-base', webhookUrl: null, answerTimeoutMs: 30_000 });
    const existing = await admin.createRule(rule('Kept as it is', { departmentId: sales.id }));
    const before = (await admin.call<{ triggers: TriggerRule[] }>('GET', `/sites/${admin.siteId}/triggers`)).body.triggers;

    for (const [action, field] of [
      [{ departmentId: 'dep-unknown' }, 'departmentId'],
      [{ departmentId: foreignDepartment.id }, 'departmentId'],
      [{ botId: 'bot_unknown' }, 'botId'],
      [{ botId: foreignBot.bot.id }, 'botId'],
    ] as const) {
      const res = await admin.call<{ error: { code: string; message: string } }>('POST', `/sites/${admin.siteId}/triggers`, rule('Refused', action));
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'bad_request', message: expect.stringContaining(field) });
    }
    const replaced = await admin.call('PUT', `/sites/${admin.siteId}/triggers/${existing.id}`, rule('Renamed', { botId: foreignBot.bot.id }));
    expect(replaced.status).toBe(400);
    expect((await admin.call<{ triggers: TriggerRule[] }>('GET', `/sites/${admin.siteId}/triggers`)).body.triggers).toEqual(before);
  });
});
