import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { agentCommand, type Conversation, type Message, type SetupResult } from '@parley/shared';
import { call, setupBody } from './accounts-helpers.js';
import { agentSays, visitorSays } from './conversation-helpers.js';
import { connectAgents, type TestAgent } from './routing-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

/** Who may reply where (issue 14): only the holder, a supervisor or an admin answers a held chat; anyone may take a waiting one. */
describe('replies in a held conversation', () => {
  let t: TestServer;
  let holder: TestAgent;
  let colleague: TestAgent;
  let supervisor: TestAgent;
  let admin: string;

  beforeAll(async () => {
    t = await startTestServer({ ALLOW_SIGNUP: 'true' });
    admin = await t.agentToken();
    [holder, colleague] = (await connectAgents(t, 2, { capacity: 5, prefix: 'holder' })) as [TestAgent, TestAgent];
    [supervisor] = (await connectAgents(t, 1, { capacity: 5, prefix: 'sup', role: 'supervisor' })) as [TestAgent];
    // Nobody takes chats by themselves: who holds what is up to the test.
    for (const a of [holder, colleague, supervisor]) await agentCommand(a.socket, 'agent:status', { status: 'away' }, 5000);
  });
  afterAll(async () => {
    await t.close();
  });

  const newConversation = async (text: string) => (await visitorSays(await t.visitor(), text)).conversationId;
  const reply = (token: string, id: string, text: string, internal = false) =>
    call<{ message: Message }>(t, 'POST', `/conversations/${id}/messages`, { token, body: { text, internal, clientId: nanoid() } });
  const texts = async (id: string) => (await t.server.store.listMessages({ conversationId: id, afterSeq: 0, limit: 100, includeInternal: true })).map((m) => m.text);

  it('lets a supervisor assign a chat; then only its holder, a supervisor or an admin replies, and anyone writes notes', async () => {
    const id = await newConversation('谁来帮我？');
    expect((await call(t, 'POST', `/conversations/${id}/assign`, { token: colleague.token, body: { agentId: colleague.id } })).status).toBe(403);
    const assigned = await call<{ conversation: Conversation }>(t, 'POST', `/conversations/${id}/assign`, { token: supervisor.token, body: { agentId: holder.id } });
    expect(assigned.status).toBe(200);
    expect(assigned.body.conversation.assigneeId).toBe(holder.id);
    expect((await call(t, 'POST', `/conversations/${id}/assign`, { token: supervisor.token, body: {} })).status).toBe(400);

    const refused = await reply(colleague.token, id, 'I will answer instead');
    expect(refused.status).toBe(403);
    const bySocket = await agentCommand(colleague.socket, 'message:send', { conversationId: id, clientId: nanoid(), text: 'me too', internal: false }, 5000);
    expect(!bySocket.ok && bySocket.error.code).toBe('forbidden');
    expect((await reply(colleague.token, id, 'note: customer is a VIP', true)).status).toBe(201);
    await agentSays(holder.socket, id, '您好，我来帮您');
    expect((await reply(supervisor.token, id, 'Supervisor here')).status).toBe(201);
    expect((await reply(admin, id, 'Admin here')).status).toBe(201);
    const stored = await texts(id);
    expect(stored).not.toContain('I will answer instead');
    expect(stored).not.toContain('me too');
    expect(stored).toEqual(expect.arrayContaining(['note: customer is a VIP', '您好，我来帮您', 'Supervisor here', 'Admin here']));
    expect((await t.server.store.getConversation(id))?.assigneeId).toBe(holder.id);
  });

  it('lets exactly one of two agents replying at once to a waiting chat take it; the other is refused', async () => {
    const id = await newConversation('anyone there?');
    const answers = await Promise.all([reply(holder.token, id, 'first from holder'), reply(colleague.token, id, 'first from colleague')]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 403]);
    const winner = answers[0]!.status === 201 ? holder : colleague;
    expect((await t.server.store.getConversation(id))?.assigneeId).toBe(winner.id);
    expect((await texts(id)).filter((x) => x.startsWith('first from'))).toHaveLength(1);
  });

  it('keeps another workspace from assigning or replying', async () => {
    const id = await newConversation('hello');
    const other = (await call<SetupResult>(t, 'POST', '/signup', { body: setupBody({ email: 'boss@other.example' }) })).body.token;
    expect((await call(t, 'POST', `/conversations/${id}/assign`, { token: other, body: { agentId: holder.id } })).status).toBe(404);
    expect((await reply(other, id, 'intruder')).status).toBe(404);
    expect(await texts(id)).toEqual(['hello']);
  });
});
