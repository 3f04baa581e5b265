import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agentCommand, botCommand, visitorCommand, type ConversationSnapshot } from '@parley/shared';
import { connectBot, createBot, type BotClient } from './bot-helpers.js';
import { collect, eventually, visitorSays } from './conversation-helpers.js';
import { connectAgents, createDepartment, patchSettings } from './routing-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

const quiet = { autoAck: { enabled: false, text: {} }, reopenWindowMinutes: 0, missedAfterSeconds: 3600 };

/** Bots and routing together: who holds a conversation, which queue a handoff joins, whose slot frees. */
describe('bots and routing over real sockets', () => {
  let t: TestServer;
  const bots: BotClient[] = [];
  beforeEach(async () => {
    t = await startTestServer({ AGENT_OFFLINE_GRACE_MS: '300', ROUTING_SWEEP_MS: '100' }, { routing: 'live' });
    await patchSettings(t, quiet);
    // The demo admin runs the REST calls; keep them out of the rotation.
    const demo = await t.server.store.getAgentByEmail('agent@demo.test');
    await t.server.store.routing.setAgentStatus(demo!.id, 'away');
  });
  afterEach(async () => {
    for (const bot of bots.splice(0)) bot.disconnect();
    await t.close();
  });
  const connectedBot = async (name: string, first: boolean) => {
    const created = await createBot(t, { name }, first);
    const socket = await connectBot(t, created.token);
    bots.push(socket);
    return { id: created.bot.id, socket };
  };
  const conversation = (id: string) => t.server.store.getConversation(id);
  /** Waits (up to 3 s) for a store condition; the assertions after it say what was expected. */
  const until = async (condition: () => Promise<boolean>) => {
    for (let i = 0; i < 300 && !(await condition()); i++) await new Promise((r) => setTimeout(r, 10));
  };
  const load = async (agentId: string) => (await t.server.store.routing.getAgentState(agentId))?.activeChats;

  it('gives a bot-first conversation to the bot and never to a free agent while the bot holds it', async () => {
    const bot = await connectedBot('Front desk bot', true);
    const [agent] = await connectAgents(t, 1, { capacity: 3 });
    const visitor = await t.visitor();
    // The bot answers at any hour: the widget offers the chat even with every agent away.
    await agentCommand(agent!.socket, 'agent:status', { status: 'away' }, 5000);
    const open = await visitorCommand(visitor, 'site:availability', {}, 5000);
    expect(open.ok && open.data.available).toBe(true);

    const { conversationId } = await visitorSays(visitor, '你好');
    expect(await conversation(conversationId)).toMatchObject({ botId: bot.id, status: 'open', assigneeId: null });
    // The agent coming online drains the queue; it must not take what the bot holds.
    const online = await agentCommand(agent!.socket, 'agent:status', { status: 'online' }, 5000);
    expect(online.ok).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(await conversation(conversationId)).toMatchObject({ botId: bot.id, assigneeId: null, status: 'open' });
    expect(await load(agent!.id)).toBe(0);
    const kinds = (await t.server.store.routing.listEvents(conversationId)).map((e) => e.kind);
    expect(kinds).toContain('created');
    expect(kinds).not.toContain('queued');
  });

  it("puts a bot's handoff in the queue of the department it names and assigns it to that department's free agent", async () => {
    const [billingAgent] = await connectAgents(t, 1, { capacity: 2, prefix: 'Billing' });
    // The billing agent already holds one chat (before any bot): least busy alone would pick the other agent.
    const early = await visitorSays(await t.visitor(), 'an earlier question');
    await until(async () => (await conversation(early.conversationId))?.assigneeId === billingAgent!.id);
    expect(await load(billingAgent!.id)).toBe(1);
    const [otherAgent] = await connectAgents(t, 1, { capacity: 3, prefix: 'Sales' });
    const billing = await createDepartment(t, { name: 'Billing', memberIds: [billingAgent!.id] });
    await createDepartment(t, { name: 'Sales', memberIds: [otherAgent!.id] });
    const bot = await connectedBot('Refund bot', true);

    const visitor = await t.visitor();
    const { conversationId } = await visitorSays(visitor, '我想退款');
    expect(await conversation(conversationId)).toMatchObject({ botId: bot.id, assigneeId: null });
    // Bots name teams as people do: by name, in any case.
    const handed = await botCommand(bot.socket, 'conversation:handoff', { conversationId, department: 'billing', summary: 'Refund for order 77' }, 5000);
    expect(handed.ok).toBe(true);

    await until(async () => (await conversation(conversationId))?.assigneeId != null);
    expect(await conversation(conversationId)).toMatchObject({
      status: 'open',
      botId: null,
      assigneeId: billingAgent!.id,
      departmentId: billing.id,
    });
    expect(await load(billingAgent!.id)).toBe(2);
    expect(await load(otherAgent!.id)).toBe(0);
    const queued = (await t.server.store.routing.listEvents(conversationId)).find((e) => e.kind === 'queued');
    expect(queued?.departmentId).toBe(billing.id);
  });

  it("frees an agent's slot when they hand a chat to a bot: the waiting chat goes to them", async () => {
    const bot = await connectedBot('Helper bot', false);
    const assigned = collect<ConversationSnapshot>(bot.socket, 'conversation:assigned');
    const [agent] = await connectAgents(t, 1, { capacity: 1 });
    const first = await visitorSays(await t.visitor(), 'first visitor');
    await until(async () => (await conversation(first.conversationId))?.assigneeId === agent!.id);
    expect(await conversation(first.conversationId)).toMatchObject({ assigneeId: agent!.id, status: 'open' });
    const second = await visitorSays(await t.visitor(), 'second visitor');
    await new Promise((r) => setTimeout(r, 100));
    // The agent is full: the second chat waits.
    expect(await conversation(second.conversationId)).toMatchObject({ status: 'waiting', assigneeId: null });

    const handed = await agentCommand(agent!.socket, 'conversation:handoff', { conversationId: first.conversationId, botId: bot.id }, 5000);
    expect(handed.ok).toBe(true);
    await eventually(() => assigned.some((s) => s.conversation.id === first.conversationId));
    await until(async () => (await conversation(second.conversationId))?.assigneeId != null);
    expect(await conversation(second.conversationId)).toMatchObject({ status: 'open', assigneeId: agent!.id });
    expect(await conversation(first.conversationId)).toMatchObject({ botId: bot.id, assigneeId: null });
    expect(await load(agent!.id)).toBe(1);
  });
});
