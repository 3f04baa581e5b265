import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { agentCommand, visitorCommand, type Conversation, type ConversationSnapshot, type Message, type SupervisionBoard } from '@parley/shared';
import { call } from './accounts-helpers.js';
import { connectBot, createBot } from './bot-helpers.js';
import { agentSays, collect, eventually, visitorSays } from './conversation-helpers.js';
import { connectAgents, type TestAgent } from './routing-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

/**
 * Supervision (issue 14): whispers reach only the agent holding the chat (and supervisors),
 * never a colleague, the visitor, a bot, search or an export; a supervisor takes over with a
 * handover line the visitor reads; the live board shows load and the queue.
 */
describe('supervision', () => {
  let t: TestServer;
  let holder: TestAgent;
  let colleague: TestAgent;
  let supervisor: TestAgent;

  beforeAll(async () => {
    t = await startTestServer();
    [holder, colleague] = (await connectAgents(t, 2, { capacity: 3, prefix: 'sv-agent' })) as [TestAgent, TestAgent];
    [supervisor] = (await connectAgents(t, 1, { capacity: 3, prefix: 'sv-lead', role: 'supervisor' })) as [TestAgent];
    // Nobody takes chats by themselves: the test decides who holds what.
    for (const a of [holder, colleague, supervisor]) await agentCommand(a.socket, 'agent:status', { status: 'away' }, 5000);
  });
  afterAll(async () => {
    await t.close();
  });

  const board = async (token: string) => call<{ board: SupervisionBoard }>(t, 'GET', '/supervision/board', { token });
  const heldBy = async (agent: TestAgent, text: string) => {
    const visitor = await t.visitor();
    const first = await visitorSays(visitor, text);
    const assigned = await call<{ conversation: Conversation }>(t, 'POST', `/conversations/${first.conversationId}/assign`, {
      token: supervisor.token,
      body: { agentId: agent.id },
    });
    expect(assigned.status).toBe(200);
    return { visitor, conversationId: first.conversationId };
  };

  it('shows the queue with its longest wait, then the chat under its holder, and only to supervisors and admins', async () => {
    const visitor = await t.visitor();
    const waiting = await visitorSays(visitor, '有人吗？');
    const before = await board(supervisor.token);
    expect(before.status).toBe(200);
    const queue = before.body.board.queues.find((q) => q.departmentId === null);
    expect(queue?.waiting).toBeGreaterThanOrEqual(1);
    expect(queue?.oldestQueuedAt).toBeLessThanOrEqual(before.body.board.at);
    expect(before.body.board.conversations.find((c) => c.id === waiting.conversationId)).toMatchObject({ status: 'waiting', assigneeId: null });
    const load = (b: SupervisionBoard) => b.agents.find((a) => a.id === holder.id)?.activeChats;
    const loadBefore = load(before.body.board)!;
    expect(before.body.board.agents.find((a) => a.id === holder.id)).toMatchObject({ status: 'away', connected: true, capacity: 3 });

    await call(t, 'POST', `/conversations/${waiting.conversationId}/assign`, { token: supervisor.token, body: { agentId: holder.id } });
    const after = (await board(supervisor.token)).body.board;
    expect(after.conversations.find((c) => c.id === waiting.conversationId)?.assigneeId).toBe(holder.id);
    expect(load(after)).toBe(loadBefore + 1);
    expect((await board(holder.token)).status).toBe(403);
    expect((await board(await t.agentToken())).status).toBe(200);
  });

  it('whispers to the holder only: no colleague, visitor, search or export gets it, and plain agents cannot whisper', async () => {
    const { visitor, conversationId } = await heldBy(holder, 'I want a refund');
    await agentCommand(colleague.socket, 'conversation:join', { conversationId }, 5000);
    await agentCommand(holder.socket, 'conversation:join', { conversationId }, 5000);
    const heard = { holder: collect<Message>(holder.socket, 'message:new'), colleague: collect<Message>(colleague.socket, 'message:new'), visitor: collect<Message>(visitor, 'message:new') };

    const sent = await agentCommand(supervisor.socket, 'message:send', { conversationId, clientId: nanoid(), text: 'Offer 10% zebrafish', internal: false, whisper: true }, 5000);
    expect(sent).toMatchObject({ ok: true, data: { internal: true, whisperTo: holder.id } });
    const whisper = (sent as { data: Message }).data;
    // What comes after it reaches everyone, so by then the whisper would have too.
    const reply = await agentSays(holder.socket, conversationId, 'We can do that platypus');
    await eventually(() => heard.colleague.some((m) => m.id === reply.id) && heard.visitor.some((m) => m.id === reply.id));
    expect(heard.holder.map((m) => m.id)).toContain(whisper.id);
    expect(heard.colleague.map((m) => m.id)).not.toContain(whisper.id);
    expect(heard.visitor.map((m) => m.id)).not.toContain(whisper.id);

    const texts = (messages: Message[]) => messages.map((m) => m.text);
    const joined = async (a: TestAgent) => ((await agentCommand(a.socket, 'conversation:join', { conversationId }, 5000)) as { data: ConversationSnapshot }).data.messages;
    expect(texts(await joined(holder))).toContain('Offer 10% zebrafish');
    expect(texts(await joined(supervisor))).toContain('Offer 10% zebrafish');
    expect(texts(await joined(colleague))).not.toContain('Offer 10% zebrafish');
    const rest = await call<{ messages: Message[] }>(t, 'GET', `/conversations/${conversationId}/messages`, { token: colleague.token });
    expect(texts(rest.body.messages)).toEqual(expect.arrayContaining(['I want a refund', 'We can do that platypus']));
    expect(texts(rest.body.messages)).not.toContain('Offer 10% zebrafish');
    const synced = await visitorCommand(visitor, 'messages:sync', { conversationId, afterSeq: 0 }, 5000);
    expect(synced.ok && texts(synced.data.messages)).not.toContain('Offer 10% zebrafish');
    // The index runs behind delivery, in order: once the later reply is found, the whisper was indexed (or not).
    const search = async (q: string) => (await call<{ items: unknown[] }>(t, 'GET', `/search?q=${q}`, { token: colleague.token })).body.items;
    for (let i = 0; i < 200 && !(await search('platypus')).length; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await search('platypus')).toHaveLength(1);
    expect(await search('zebrafish')).toEqual([]);
    const exported = await fetch(`${t.url}/api/v1/conversations/${conversationId}/transcript?format=json`, { headers: { authorization: `Bearer ${supervisor.token}` } });
    expect(await exported.text()).not.toContain('zebrafish');

    const byAgent = await agentCommand(colleague.socket, 'message:send', { conversationId, clientId: nanoid(), text: 'psst', internal: false, whisper: true }, 5000);
    expect(!byAgent.ok && byAgent.error.code).toBe('forbidden');
    const byRest = await call(t, 'POST', `/conversations/${conversationId}/messages`, { token: holder.token, body: { text: 'psst', whisper: true } });
    expect(byRest.status).toBe(403);
  });

  it('moves a person in and out of the whisper readers as an admin changes their role', async () => {
    const { conversationId } = await heldBy(holder, 'Can I change my plan?');
    const admin = await t.agentToken();
    const updates = collect<{ id: string; role: string }>(colleague.socket, 'agent:updated');
    const heard = collect<Message>(colleague.socket, 'message:new');
    const whisper = async (text: string) => {
      const sent = await agentCommand(supervisor.socket, 'message:send', { conversationId, clientId: nanoid(), text, internal: false, whisper: true }, 5000);
      if (!sent.ok) throw new Error(sent.error.message);
      return sent.data;
    };
    const becomes = async (role: 'supervisor' | 'agent') => {
      expect((await call(t, 'PATCH', `/agents/${colleague.id}`, { token: admin, body: { role } })).status).toBe(200);
      await eventually(() => updates.some((a) => a.id === colleague.id && a.role === role));
    };
    await becomes('supervisor');
    const first = await whisper('Upsell the yearly plan');
    await eventually(() => heard.some((m) => m.id === first.id));
    await becomes('agent');
    // In the conversation's room, as a colleague looking at it would be: still no whisper.
    await agentCommand(colleague.socket, 'conversation:join', { conversationId }, 5000);
    const second = await whisper('Never mind');
    const marker = await agentSays(holder.socket, conversationId, 'Anything else?');
    await eventually(() => heard.some((m) => m.id === marker.id));
    expect(heard.map((m) => m.id)).not.toContain(second.id);
  });

  it('lets a supervisor reply in a colleague\'s chat and take it over; the visitor reads a handover, the old holder may no longer reply', async () => {
    const { visitor, conversationId } = await heldBy(holder, 'Where is my order?');
    expect((await call(t, 'POST', `/conversations/${conversationId}/messages`, { token: colleague.token, body: { text: 'let me', internal: false } })).status).toBe(403);
    expect((await call(t, 'POST', `/conversations/${conversationId}/messages`, { token: supervisor.token, body: { text: 'Checking', internal: false } })).status).toBe(201);
    const heard = collect<Message>(visitor, 'message:new');
    const taken = await agentCommand(supervisor.socket, 'conversation:assign', { conversationId, agentId: supervisor.id }, 5000);
    expect(taken).toMatchObject({ ok: true, data: { assigneeId: supervisor.id } });
    await eventually(() => heard.some((m) => m.author.type === 'system' && m.text.includes(supervisor.name)));
    const refused = await agentCommand(holder.socket, 'message:send', { conversationId, clientId: nanoid(), text: 'still mine?', internal: false }, 5000);
    expect(!refused.ok && refused.error.code).toBe('forbidden');
    // Whispering to oneself makes no sense: the holder is the supervisor now.
    const self = await agentCommand(supervisor.socket, 'message:send', { conversationId, clientId: nanoid(), text: 'note to self', internal: false, whisper: true }, 5000);
    expect(!self.ok && self.error.code).toBe('conflict');
  });

  it('never whispers into a chat a bot holds (nobody to whisper to), and the bot hears nothing', async () => {
    const created = await createBot(t, { name: 'Whisper-free bot' }, true);
    const bot = await connectBot(t, created.token);
    const heard = collect<Message>(bot, 'message:new');
    const first = await visitorSays(await t.visitor(), 'hello bot');
    await eventually(() => heard.some((m) => m.id === first.id));
    const sent = await agentCommand(supervisor.socket, 'message:send', { conversationId: first.conversationId, clientId: nanoid(), text: 'psst bot', internal: false, whisper: true }, 5000);
    expect(!sent.ok && sent.error.code).toBe('conflict');
    const stored = await t.server.store.listMessages({ conversationId: first.conversationId, afterSeq: 0, limit: 10, includeInternal: true });
    expect(stored.map((m) => m.text)).toEqual(['hello bot']);
    bot.disconnect();
  });
});
