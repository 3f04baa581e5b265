import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentCommand, type Conversation } from '@parley/shared';
import { eventually, visitorSays } from './conversation-helpers.js';
import { connectAgents, patchSettings, type TestAgent } from './routing-helpers.js';
import { startTestServer, type TestServer, type VisitorClient } from './test-server.js';

/**
 * 200 visitors waiting, 20 agents of capacity 3, over real sockets: the first 60 chats are
 * assigned at once, never past anyone's capacity; as agents close chats the queue drains
 * oldest first, and no conversation is ever assigned twice.
 */
describe('routing 200 waiting visitors to 20 agents of capacity 3', () => {
  let t: TestServer;
  let agents: TestAgent[];
  const visitors: VisitorClient[] = [];
  const conversationIds: string[] = [];
  const assignments = new Map<string, Set<string>>();

  beforeAll(async () => {
    t = await startTestServer({}, { routing: 'live' });
    await patchSettings(t, { autoAck: { enabled: false, text: {} }, reopenWindowMinutes: 0, missedAfterSeconds: 3600 });
    // The demo admin stays out of the rotation.
    const demo = await t.server.store.getAgentByEmail('agent@demo.test');
    await t.server.store.routing.setAgentStatus(demo!.id, 'away');
    agents = await connectAgents(t, 20, { capacity: 3 });
    // Every assignment any console hears of, by conversation: a second assignee would show here.
    agents[0]!.socket.on('conversation:updated', (c) => {
      if (c.assigneeId) (assignments.get(c.id) ?? assignments.set(c.id, new Set()).get(c.id)!).add(c.assigneeId);
    });
    for (let i = 0; i < 200; i++) visitors.push(await t.visitor());
    // One after another, so that queue order is creation order.
    for (const [i, v] of visitors.entries()) conversationIds.push((await visitorSays(v, `第 ${i} 位访客 visitor ${i}`)).conversationId);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const snapshot = async () => {
    const all = await Promise.all(conversationIds.map((id) => t.server.store.getConversation(id)));
    return all as Conversation[];
  };
  const loads = async () => {
    const workspaceId = (await t.server.store.getAgent(agents[0]!.id))!.workspaceId;
    return (await t.server.store.routing.listAgentStates(workspaceId)).filter((a) => agents.some((x) => x.id === a.id));
  };

  it('assigns the 60 oldest at once and queues the rest, nobody past capacity', async () => {
    await eventually(() => [...assignments.values()].length >= 60, 20_000);
    const conversations = await snapshot();
    const open = conversations.filter((c) => c.status === 'open');
    expect(open).toHaveLength(60);
    expect(open.map((c) => c.id).sort()).toEqual(conversationIds.slice(0, 60).sort());
    for (const a of await loads()) expect(a.activeChats).toBe(3);
    expect(await t.server.store.routing.listQueue(conversations[0]!.workspaceId, 500)).toHaveLength(140);
  });

  it('drains the queue oldest first as chats close, within capacity, each chat assigned once', async () => {
    const roundOf = new Map<string, number>();
    for (const id of conversationIds.slice(0, 60)) roundOf.set(id, 0);
    for (let round = 1; roundOf.size < 200; round++) {
      // Every agent closes one of their chats at the same moment.
      const conversations = await snapshot();
      await Promise.all(
        agents.map(async (agent) => {
          const mine = conversations.find((c) => c.status === 'open' && c.assigneeId === agent.id);
          if (!mine) return;
          const ack = await agentCommand(agent.socket, 'conversation:close', { conversationId: mine.id }, 5000);
          expect(ack.ok).toBe(true);
        }),
      );
      const expected = Math.min(200, 60 + round * 20);
      await eventually(() => assignments.size >= expected, 10_000);
      for (const c of await snapshot()) if (c.assigneeId && !roundOf.has(c.id)) roundOf.set(c.id, round);
      for (const a of await loads()) expect(a.activeChats).toBeLessThanOrEqual(3);
      expect(round).toBeLessThan(20);
    }
    // Oldest first: along the queue's order, the round in which each was assigned never goes back.
    const rounds = conversationIds.map((id) => roundOf.get(id)!);
    expect(rounds).toEqual([...rounds].sort((a, b) => a - b));
    for (const [id, assignees] of assignments) expect(assignees.size, id).toBe(1);
    const assignedEvents = await Promise.all(
      conversationIds.map(async (id) => (await t.server.store.routing.listEvents(id)).filter((e) => e.kind === 'assigned').length),
    );
    expect(assignedEvents.every((n) => n === 1)).toBe(true);
  });
});
