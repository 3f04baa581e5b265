import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentCommand, type Mention, type SetupResult } from '@parley/shared';
import { call, setupBody } from './accounts-helpers.js';
import { agentSays, collect, eventually, visitorSays } from './conversation-helpers.js';
import { connectAgents, type TestAgent } from './routing-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

/** `@name` in an internal note (issue 14): the colleague named hears it live and finds it in their mentions. */
describe('mentions', () => {
  let t: TestServer;
  let writer: TestAgent;
  let mei: TestAgent;
  let bystander: TestAgent;
  let other: string;

  beforeAll(async () => {
    t = await startTestServer({ ALLOW_SIGNUP: 'true' });
    [writer, mei, bystander] = (await connectAgents(t, 3, { capacity: 5, prefix: 'mention' })) as [TestAgent, TestAgent, TestAgent];
    // Nobody takes the chat by themselves: the writer's reply below claims it.
    for (const a of [writer, mei, bystander]) await agentCommand(a.socket, 'agent:status', { status: 'away' }, 5000);
    other = (await call<SetupResult>(t, 'POST', '/signup', { body: setupBody({ email: 'owner@other.example' }) })).body.token;
  });
  afterAll(async () => {
    await t.close();
  });

  it('notifies only the colleague named in a note, once, and lists it until read', async () => {
    const conversationId = (await visitorSays(await t.visitor(), '我的订单没到')).conversationId;
    await agentCommand(writer.socket, 'conversation:join', { conversationId }, 5000);
    const heardByMei = collect<Mention>(mei.socket, 'mention:new');
    const heardByOthers = [...collect<Mention>(bystander.socket, 'mention:new'), ...collect<Mention>(writer.socket, 'mention:new')];
    const handle = mei.email.split('@')[0]!;
    const note = await agentSays(writer.socket, conversationId, `@${handle} 请你跟进一下, thanks`, { internal: true, clientId: 'mention-note-1' });
    await eventually(() => heardByMei.length === 1);
    expect(heardByMei[0]).toMatchObject({ conversationId, messageId: note.id, agentId: mei.id, byId: writer.id, readAt: null });
    // A re-sent note (same clientId) and a reply to the visitor mention nobody anew.
    await agentSays(writer.socket, conversationId, `@${handle} 请你跟进一下, thanks`, { internal: true, clientId: 'mention-note-1' });
    await agentSays(writer.socket, conversationId, `@${handle} is on it`, { internal: false });
    await new Promise((r) => setTimeout(r, 200));
    expect(heardByMei).toHaveLength(1);
    expect(heardByOthers).toEqual([]);

    const listed = (await call<{ mentions: Mention[] }>(t, 'GET', '/mentions?unread=true', { token: mei.token })).body.mentions;
    expect(listed.map((m) => m.messageId)).toEqual([note.id]);
    expect((await call<{ mentions: Mention[] }>(t, 'GET', '/mentions', { token: bystander.token })).body.mentions).toEqual([]);
    expect((await call(t, 'POST', `/mentions/${listed[0]!.id}/read`, { token: bystander.token })).status).toBe(404);
    expect((await call(t, 'POST', `/mentions/${listed[0]!.id}/read`, { token: other })).status).toBe(404);
    const read = await call<{ mention: Mention }>(t, 'POST', `/mentions/${listed[0]!.id}/read`, { token: mei.token });
    expect(read.body.mention.readAt).toEqual(expect.any(Number));
    expect((await call<{ mentions: Mention[] }>(t, 'GET', '/mentions?unread=true', { token: mei.token })).body.mentions).toEqual([]);
    expect((await call<{ mentions: Mention[] }>(t, 'GET', '/mentions', { token: mei.token })).body.mentions).toHaveLength(1);
    expect((await call(t, 'GET', '/mentions?unread=maybe', { token: mei.token })).status).toBe(400);
  });
});
