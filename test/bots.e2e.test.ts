import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID as nanoid } from 'node:crypto';
import { agentCommand, visitorCommand, type BotCredentials, type Message } from '@parley/shared';
import { agentSocket, BotProcess, demoAdmin, visitorSocket, type AgentSocket, type VisitorSocket } from './support/parley-clients.js';
import { ServerProcess } from './support/server-process.js';

const wait = async (check: () => boolean | Promise<boolean>, ms = 5000) => {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
};

/**
 * The example socket bot (scripts/bots/socket-bot.ts) as a real process against the real
 * server process: it takes a conversation, answers, hands it to a person (routing gives it to
 * the online agent), gets it back, and when it dies mid-chat the conversation goes to people again.
 */
describe('the example socket bot, a visitor and an agent', () => {
  let server: ServerProcess;
  let bot: BotProcess;
  let creds: BotCredentials;
  let visitor: VisitorSocket;
  let agent: AgentSocket;
  const heard: Message[] = [];
  /** The visitor's own messages, as their acks returned them (the sending socket gets no echo). */
  const acked: Message[] = [];
  let conversationId = '';
  let agentId = '';

  beforeAll(async () => {
    server = await ServerProcess.start({ BOT_DISCONNECT_GRACE_MS: '300' });
    const admin = await demoAdmin(server.url);
    creds = await admin.firstBot({ name: 'Echo bot', mode: 'socket' });
    bot = await BotProcess.start('socket-bot', { PARLEY_URL: server.url, PARLEY_BOT_TOKEN: creds.token });
    visitor = await visitorSocket(server.url);
    visitor.on('message:new', (m) => heard.push(m));
    agent = await agentSocket(server.url, admin.token);
    const me = await agentCommand(agent, 'agent:status', { status: 'online' }, 5000);
    if (!me.ok) throw new Error(me.error.message);
    agentId = me.data.id;
  });
  afterAll(async () => {
    visitor?.disconnect();
    agent?.disconnect();
    await bot?.kill();
    await server?.dispose();
  });

  const say = async (text: string) => {
    const ack = await visitorCommand(visitor, 'message:send', { clientId: nanoid(), text, ...(conversationId ? { conversationId } : {}) }, 5000);
    if (!ack.ok) throw new Error(ack.error.message);
    conversationId = ack.data.conversationId;
    acked.push(ack.data);
    return ack.data;
  };
  const transcript = async () => {
    const joined = await agentCommand(agent, 'conversation:join', { conversationId }, 5000);
    if (!joined.ok) throw new Error(joined.error.message);
    return joined.data;
  };

  it('takes the new conversation and answers', async () => {
    await say('Hello bot, 你好');
    await wait(() => heard.some((m) => m.text === 'Echo: Hello bot, 你好'));
    const reply = heard.find((m) => m.text === 'Echo: Hello bot, 你好')!;
    expect(reply.author).toMatchObject({ type: 'bot', id: creds.bot.id, name: 'Echo bot' });
  });

  it('hands off to a person with a summary; the person answers and hands back; the bot continues', async () => {
    await say('#handoff I need a refund');
    await bot.waitFor((e) => e.event === 'handed_off' && e.conversationId === conversationId);
    // The handoff joins routing's queue; the demo agent is online with a free slot, so it is theirs at once.
    await wait(async () => (await transcript()).conversation.assigneeId === agentId);
    const handed = await transcript();
    expect(handed.conversation).toMatchObject({ status: 'open', botId: null, assigneeId: agentId });
    expect(handed.messages.find((m) => m.internal)?.text).toBe('Visitor asked for a person: #handoff I need a refund\n→ billing');

    await agentCommand(agent, 'message:send', { conversationId, clientId: nanoid(), text: 'Refund done. 退款已处理。' }, 5000);
    const back = await agentCommand(agent, 'conversation:handoff', { conversationId, botId: creds.bot.id }, 5000);
    expect(back).toMatchObject({ ok: true, data: { botId: creds.bot.id } });
    await bot.waitFor((e) => e.event === 'assigned' && e.conversationId === conversationId);
    await say('thanks!');
    await wait(() => heard.some((m) => m.text === 'Echo: thanks!'));

    const { messages } = await transcript();
    const lines = messages.filter((m) => !m.internal).map((m) => `${m.author.type}: ${m.text}`);
    expect(lines).toEqual([
      'visitor: Hello bot, 你好',
      'bot: Echo: Hello bot, 你好',
      'visitor: #handoff I need a refund',
      'system: system.handoff.toHuman',
      'system: Demo Agent joined the chat.',
      'agent: Refund done. 退款已处理。',
      'system: system.handoff.toBot',
      'visitor: thanks!',
      'bot: Echo: thanks!',
    ]);
    expect(messages.map((m) => m.seq)).toEqual([...new Set(messages.map((m) => m.seq))].sort((a, b) => a - b));
    // The visitor has every visible message exactly once: its own from the acks, the rest live.
    const seen = [...acked, ...heard].filter((m) => m.conversationId === conversationId);
    expect(new Set(seen.map((m) => m.id)).size).toBe(seen.length);
    expect(seen.map((m) => m.id).sort()).toEqual(messages.filter((m) => !m.internal).map((m) => m.id).sort());
  });

  it('when the bot process dies mid-chat, the conversation goes to people again', async () => {
    await say('are you still there?');
    await wait(() => heard.some((m) => m.text === 'Echo: are you still there?'));
    await bot.kill();
    // Through routing's queue to the online agent, whose slot the hand-back to the bot freed.
    await wait(async () => (await transcript()).conversation.assigneeId === agentId, 5000);
    const { conversation, messages } = await transcript();
    expect(conversation).toMatchObject({ status: 'open', botId: null, assigneeId: agentId });
    expect(messages.filter((m) => m.text === 'system.handoff.toHuman')).toHaveLength(2);
  });
});
