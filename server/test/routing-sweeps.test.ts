import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Message } from '@parley/shared';
import { SlaSweeper } from '../src/domain/routing/sla-sweeper.js';
import { agentSays, collect, eventually, visitorSays } from './conversation-helpers.js';
import { connectAgents, patchSettings } from './routing-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

describe('service levels and idle conversations', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer({ ROUTING_SWEEP_MS: '100' }, { routing: 'live' });
    const demo = await t.server.store.getAgentByEmail('agent@demo.test');
    await t.server.store.routing.setAgentStatus(demo!.id, 'away');
  });
  afterEach(async () => {
    await t.close();
  });

  it('records a first-response breach of a waiting chat once, whichever sweep sees it', async () => {
    await patchSettings(t, { firstResponseTargetSeconds: 1, missedAfterSeconds: 3600 });
    const late = (await visitorSays(await t.visitor(), 'first, taken at once')).conversationId;
    const [agent] = await connectAgents(t, 1, { capacity: 1 });
    const leftWaiting = (await visitorSays(await t.visitor(), 'second, left waiting')).conversationId;
    const holder = (await t.server.store.getConversation(late))!.assigneeId;
    expect(holder).toBe(agent!.id);
    await agentSays(agent!.socket, late, 'sorry for the wait');
    const breaches = async (id: string) => (await t.server.store.routing.listEvents(id)).filter((e) => e.kind === 'sla_breached');
    const until = Date.now() + 5000;
    while ((await breaches(leftWaiting)).length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    expect((await breaches(leftWaiting)).map((e) => e.data)).toEqual([{ target: 'first_response', targetSeconds: 1 }]);
    await new Promise((r) => setTimeout(r, 400));
    expect(await breaches(leftWaiting)).toHaveLength(1);
  });

  it('closes an idle conversation with a system line the visitor reads', async () => {
    await patchSettings(t, { idleCloseMinutes: 1, firstResponseTargetSeconds: 0, resolutionTargetSeconds: 0, missedAfterSeconds: 3600 });
    const [agent] = await connectAgents(t, 1, { capacity: 1 });
    const visitor = await t.visitor();
    const heard = collect<Message>(visitor, 'message:new');
    const { conversationId } = await visitorSays(visitor, 'thanks, that is all');
    await agentSays(agent!.socket, conversationId, 'You are welcome!');
    // The same sweep as the server's, run with a clock 61 seconds ahead.
    const sweeper = new SlaSweeper(t.server.store, t.server.events, t.server.log, 60_000, () => Date.now() + 61_000);
    await sweeper.sweep();
    expect(await t.server.store.getConversation(conversationId)).toMatchObject({ status: 'closed' });
    await eventually(() => heard.some((m) => m.author.type === 'system' && /closed after a period of inactivity/.test(m.text)));
    const resolved = (await t.server.store.routing.listEvents(conversationId)).find((e) => e.kind === 'resolved');
    expect(resolved?.data).toMatchObject({ reason: 'idle' });
  });
});
