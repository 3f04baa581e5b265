import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { agentCommand, botCommand, visitorCommand, type ConversationSnapshot, type Message } from '@parley/shared';
import { adminApi, connectBot, createBot, type BotClient } from './bot-helpers.js';
import { collect, eventually, visitorSays } from './conversation-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

const handoffLines = (messages: Message[]) => messages.filter((m) => m.author.type === 'system' && m.text === 'system.handoff.toHuman');

describe('bots and people trading a conversation', () => {
  let t: TestServer;
  const closers: BotClient[] = [];
  beforeEach(async () => {
    t = await startTestServer({ BOT_DISCONNECT_GRACE_MS: '200' });
  });
  afterEach(async () => {
    for (const bot of closers.splice(0)) bot.disconnect();
    await t.close();
  });
  const bot = async (token: string) => {
    const socket = await connectBot(t, token);
    closers.push(socket);
    return socket;
  };

  it('a bot sees only the conversations handed to it, and only their visible messages', async () => {
    const a = await createBot(t, { name: 'Bot A' }, true);
    const b = await createBot(t, { name: 'Bot B' });
    const botA = await bot(a.token);
    const botB = await bot(b.token);
    const heardA = collect<Message>(botA, 'message:new');
    const heardB = collect<Message>(botB, 'message:new');
    const assignedB = collect<ConversationSnapshot>(botB, 'conversation:assigned');

    const visitor = await t.visitor();
    const first = await visitorSays(visitor, '你好，机器人');
    const conversationId = first.conversationId;
    await eventually(() => heardA.some((m) => m.id === first.id));
    const stored = await t.server.store.getConversation(conversationId);
    expect(stored).toMatchObject({ botId: a.bot.id, status: 'open', assigneeId: null });

    // The other bot can neither read nor write it, and hears nothing of it.
    for (const ack of [
      await botCommand(botB, 'message:send', { conversationId, clientId: nanoid(), text: 'intruder' }, 5000),
      await botCommand(botB, 'messages:sync', { conversationId, afterSeq: 0 }, 5000),
      await botCommand(botB, 'conversation:handoff', { conversationId }, 5000),
      await botCommand(botB, 'conversation:close', { conversationId }, 5000),
    ]) {
      expect(ack).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    // An agent's internal note never reaches the bot holding the conversation.
    const agent = await t.agent();
    await agentCommand(agent, 'message:send', { conversationId, clientId: nanoid(), text: 'note for agents', internal: true }, 5000);
    const reply = await botCommand(botA, 'message:send', { conversationId, clientId: nanoid(), text: 'Hi! I am Bot A.' }, 5000);
    expect(reply.ok).toBe(true);

    // Bot A hands it to people: from then on it is gone for Bot A too.
    const handed = await botCommand(botA, 'conversation:handoff', { conversationId, department: 'billing', summary: 'Wants a refund' }, 5000);
    expect(handed).toMatchObject({ ok: true, data: { status: 'waiting', assigneeId: null, botId: null } });
    const after = await visitorSays(visitor, 'still there?');
    expect(await botCommand(botA, 'messages:sync', { conversationId, afterSeq: 0 }, 5000)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await botCommand(botA, 'message:send', { conversationId, clientId: nanoid(), text: 'late' }, 5000)).toMatchObject({ ok: false });
    await new Promise((r) => setTimeout(r, 100));
    expect(heardA.some((m) => m.id === after.id)).toBe(false);
    expect(heardA.some((m) => m.internal || m.text === 'note for agents')).toBe(false);
    expect(heardB).toEqual([]);
    expect(assignedB).toEqual([]);

    // The agent sees the bot's part, its summary (an internal note) and the handoff line.
    const joined = await agentCommand(agent, 'conversation:join', { conversationId }, 5000);
    if (!joined.ok) throw new Error(joined.error.message);
    const texts = joined.data.messages.map((m) => `${m.author.type}:${m.internal ? 'note:' : ''}${m.text}`);
    expect(texts).toEqual([
      'visitor:你好，机器人',
      'agent:note:note for agents',
      'bot:Hi! I am Bot A.',
      'bot:note:Wants a refund\n→ billing',
      'system:system.handoff.toHuman',
      'visitor:still there?',
    ]);
  });

  it('loses and duplicates nothing when messages are in flight during a handoff', async () => {
    const a = await createBot(t, { name: 'Bot A' }, true);
    const botA = await bot(a.token);
    const visitor = await t.visitor();
    const visitorHeard = collect<Message>(visitor, 'message:new');
    const botHeard = collect<Message>(botA, 'message:new');
    const first = await visitorSays(visitor, 'start');
    const conversationId = first.conversationId;

    // Visitor messages, bot replies and the handoff all at once.
    const visitorSends = Array.from({ length: 15 }, (_, i) =>
      visitorCommand(visitor, 'message:send', { conversationId, clientId: `v-${i}-${nanoid()}`, text: `v${i}` }, 5000),
    );
    const botSends = Array.from({ length: 5 }, (_, i) =>
      botCommand(botA, 'message:send', { conversationId, clientId: `b-${i}-${nanoid()}`, text: `b${i}` }, 5000),
    );
    const handoff = botCommand(botA, 'conversation:handoff', { conversationId }, 5000);
    const [visitorAcks, botAcks, handed] = await Promise.all([Promise.all(visitorSends), Promise.all(botSends), handoff]);
    expect(handed.ok).toBe(true);
    expect(visitorAcks.every((a) => a.ok)).toBe(true);

    const stored = await t.server.store.listMessages({ conversationId, afterSeq: 0, limit: 500, includeInternal: true });
    const seqs = stored.map((m) => m.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    // Every acknowledged message is stored exactly once; a bot reply refused after the handoff is not stored at all.
    for (const ack of [...visitorAcks, ...botAcks]) {
      if (ack.ok) expect(stored.filter((m) => m.clientId === ack.data.clientId)).toHaveLength(1);
    }
    const refused = botAcks.filter((a) => !a.ok);
    for (const ack of refused) expect(ack).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(stored.filter((m) => m.author.type === 'bot')).toHaveLength(botAcks.length - refused.length);
    const line = handoffLines(stored);
    expect(line).toHaveLength(1);
    // Nothing the bot wrote comes after the handoff line; the bot heard nothing stored after it.
    expect(stored.filter((m) => m.author.type === 'bot' && m.seq > line[0]!.seq)).toEqual([]);
    // The visitor has every visible message exactly once: its own from their acks, the rest live.
    const publicIds = stored.filter((m) => !m.internal).map((m) => m.id);
    const visitorHas = () => [first, ...visitorAcks.flatMap((a) => (a.ok ? [a.data] : [])), ...visitorHeard].map((m) => m.id);
    await eventually(() => new Set(visitorHas()).size === publicIds.length);
    expect([...new Set(visitorHas())].sort()).toEqual([...publicIds].sort());
    expect(botHeard.every((m) => m.seq < line[0]!.seq)).toBe(true);

    // The agent who takes it reads the same transcript.
    const agent = await t.agent();
    expect(await agentCommand(agent, 'conversation:claim', { conversationId }, 5000)).toMatchObject({ ok: true });
    const joined = await agentCommand(agent, 'conversation:join', { conversationId }, 5000);
    expect(joined.ok && joined.data.messages.map((m) => m.id)).toEqual(stored.map((m) => m.id));
  });

  it('racing timeout, visitor request and bot handoff write one handoff line', async () => {
    const a = await createBot(t, { name: 'Bot A', answerTimeoutMs: 200 }, true);
    const botA = await bot(a.token);
    const visitor = await t.visitor();
    const { conversationId } = await visitorSays(visitor, 'question with no answer');
    await new Promise((r) => setTimeout(r, 190));
    const [fromBot, fromVisitor] = await Promise.all([
      botCommand(botA, 'conversation:handoff', { conversationId }, 5000),
      visitorCommand(visitor, 'conversation:handoff', { conversationId }, 5000),
    ]);
    expect(fromVisitor.ok).toBe(true);
    await new Promise((r) => setTimeout(r, 100));
    const stored = await t.server.store.listMessages({ conversationId, afterSeq: 0, limit: 50, includeInternal: true });
    expect(handoffLines(stored)).toHaveLength(1);
    // The bot's call either won or was told the conversation had already left it.
    if (!fromBot.ok) expect(['conflict', 'not_found']).toContain(fromBot.error.code);
    expect(await t.server.store.getConversation(conversationId)).toMatchObject({ status: 'waiting', botId: null });
  });

  it('a bot that does not answer in time hands the conversation to the queue', async () => {
    const a = await createBot(t, { name: 'Slow bot', answerTimeoutMs: 300 }, true);
    await bot(a.token); // connected, never answers
    const agent = await t.agent();
    const updates = collect<{ id: string; status: string }>(agent, 'conversation:updated');
    const visitor = await t.visitor();
    const started = Date.now();
    const { conversationId } = await visitorSays(visitor, 'anyone?');
    await eventually(() => updates.some((c) => c.id === conversationId && c.status === 'waiting'), 3000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    const waiting = await agentCommand(agent, 'conversation:list', { status: ['waiting'] }, 5000);
    expect(waiting.ok && waiting.data.map((c) => c.id)).toContain(conversationId);
  });

  it('a socket bot that goes away hands its conversations to people after the grace period', async () => {
    const a = await createBot(t, { name: 'Flaky bot' }, true);
    const botA = await bot(a.token);
    const visitor = await t.visitor();
    const { conversationId } = await visitorSays(visitor, 'hello');
    await botCommand(botA, 'message:send', { conversationId, clientId: nanoid(), text: 'hi from the bot' }, 5000);
    botA.disconnect();
    await new Promise((r) => setTimeout(r, 500));
    expect(await t.server.store.getConversation(conversationId)).toMatchObject({ status: 'waiting', botId: null });
    // With the bot gone, the next visitor goes straight to the queue.
    const other = await t.visitor();
    const next = await visitorSays(other, 'new chat');
    expect(await t.server.store.getConversation(next.conversationId)).toMatchObject({ status: 'waiting', botId: null });
  });

  it('the visitor asking for a person in Chinese, and an agent handing back to a bot', async () => {
    const a = await createBot(t, { name: 'Bot A' }, true);
    const botA = await bot(a.token);
    const visitor = await t.visitor();
    const { conversationId } = await visitorSays(visitor, '运费多少？');
    await visitorSays(visitor, '我要转人工');
    await new Promise((r) => setTimeout(r, 100));
    expect(await t.server.store.getConversation(conversationId)).toMatchObject({ status: 'waiting', botId: null });

    const agent = await t.agent();
    await agentCommand(agent, 'message:send', { conversationId, clientId: nanoid(), text: '您好，我是客服' }, 5000);
    const assigned = new Promise<ConversationSnapshot>((resolve) => botA.once('conversation:assigned', resolve));
    const back = await agentCommand(agent, 'conversation:handoff', { conversationId, botId: a.bot.id }, 5000);
    expect(back).toMatchObject({ ok: true, data: { botId: a.bot.id, assigneeId: null, status: 'open' } });
    const snapshot = await assigned;
    expect(snapshot.messages.map((m) => m.text)).toEqual([
      '运费多少？',
      '我要转人工',
      'system.handoff.toHuman',
      '您好，我是客服',
      'system.handoff.toBot',
    ]);
    // An agent's reply to a conversation a bot holds takes it over.
    const released = new Promise((resolve) => botA.once('conversation:released', resolve));
    await agentCommand(agent, 'message:send', { conversationId, clientId: nanoid(), text: 'I will take it from here' }, 5000);
    await released;
    expect(await t.server.store.getConversation(conversationId)).toMatchObject({ botId: null, status: 'open' });
    const list = await adminApi<{ bots: Array<{ id: string }> }>(t, 'GET', '/bots');
    expect(list.bots.map((b) => b.id)).toContain(a.bot.id);
  });
});
