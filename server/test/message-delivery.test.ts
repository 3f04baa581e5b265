import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { agentCommand, visitorCommand, type Message } from '@parley/shared';
import { agentSays, collect, eventually, visitorSays } from './conversation-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

describe('message delivery guarantees', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.close();
  });

  it('answers a repeated client id with the stored message and delivers it once', async () => {
    const visitor = await t.visitor();
    const first = await visitorSays(visitor, 'only once');
    const agent = await t.agent();
    await agentCommand(agent, 'conversation:join', { conversationId: first.conversationId }, 5000);
    const heard = collect<Message>(agent, 'message:new');

    const clientId = nanoid();
    const a = await visitorSays(visitor, '重复发送', clientId);
    const b = await visitorSays(visitor, '重复发送', clientId);
    expect(b).toEqual(a);
    await visitorSays(visitor, 'marker');
    await eventually(() => heard.some((m) => m.text === 'marker'));
    expect(heard.filter((m) => m.clientId === clientId)).toHaveLength(1);
    const stored = await t.server.store.listMessages({ conversationId: a.conversationId, afterSeq: 0, limit: 50, includeInternal: true });
    expect(stored.map((m) => m.text)).toEqual(['only once', '重复发送', 'marker']);
  });

  it('lets a reconnecting visitor catch up on everything missed, in order', async () => {
    const visitor = await t.visitor();
    const token = await new Promise<string>((resolve) => {
      visitor.once('session', (s) => resolve(s.token));
      visitor.disconnect().connect();
    });
    const first = await visitorSays(visitor, 'hello');
    const agent = await t.agent();
    visitor.disconnect();

    for (const text of ['one', 'two', 'three']) await agentSays(agent, first.conversationId, text);

    const again = await t.visitor({ token });
    const current = await visitorCommand(again, 'conversation:current', {}, 5000);
    expect(current.ok && current.data?.conversation.id).toBe(first.conversationId);
    const sync = await visitorCommand(again, 'messages:sync', { conversationId: first.conversationId, afterSeq: first.seq }, 5000);
    expect(sync.ok && sync.data.messages.map((m) => [m.seq, m.text])).toEqual([
      [2, 'one'],
      [3, 'two'],
      [4, 'three'],
    ]);
  });

  it('keeps internal notes from the visitor, live and in catch-up', async () => {
    const visitor = await t.visitor();
    const first = await visitorSays(visitor, 'hi');
    const agent = await t.agent();
    const visitorHeard = collect<Message>(visitor, 'message:new');
    await agentSays(agent, first.conversationId, 'VIP customer, be nice', { internal: true });
    await agentSays(agent, first.conversationId, 'Hello there');
    await eventually(() => visitorHeard.some((m) => m.text === 'Hello there'));
    expect(visitorHeard.map((m) => m.text)).toEqual(['Hello there']);
    const sync = await visitorCommand(visitor, 'messages:sync', { conversationId: first.conversationId, afterSeq: 0 }, 5000);
    expect(sync.ok && sync.data.messages.map((m) => m.text)).toEqual(['hi', 'Hello there']);
    const agentView = await agentCommand(agent, 'messages:sync', { conversationId: first.conversationId, afterSeq: 0 }, 5000);
    expect(agentView.ok && agentView.data.messages.map((m) => m.text)).toEqual(['hi', 'VIP customer, be nice', 'Hello there']);
  });

  it('shows every tab of a visitor the same conversation, including its own messages', async () => {
    const tab1 = await t.visitor();
    const token = await new Promise<string>((resolve) => {
      tab1.once('session', (s) => resolve(s.token));
      tab1.disconnect().connect();
    });
    const tab2 = await t.visitor({ token });
    const tab1Heard = collect<Message>(tab1, 'message:new');
    const tab2Heard = collect<Message>(tab2, 'message:new');
    const sent = await visitorSays(tab1, 'from tab one');
    await eventually(() => tab2Heard.length === 1);
    expect(tab2Heard[0]).toEqual(sent);
    // The sending tab has it from its ack: no second copy is written to it.
    await visitorSays(tab2, 'from tab two');
    await eventually(() => tab1Heard.length === 1);
    expect(tab1Heard.map((m) => m.text)).toEqual(['from tab two']);
  });

  it('lets exactly one of several agents claim a waiting conversation, and a reply claims it', async () => {
    const visitor = await t.visitor();
    const first = await visitorSays(visitor, 'anyone?');
    const agents = await Promise.all([t.agent(), t.agent(), t.agent()]);
    const claims = await Promise.all(agents.map((a) => agentCommand(a, 'conversation:claim', { conversationId: first.conversationId }, 5000)));
    expect(claims.filter((c) => c.ok)).toHaveLength(1);
    expect(claims.filter((c) => !c.ok).map((c) => !c.ok && c.error.code)).toEqual(['conflict', 'conflict']);

    const second = await t.visitor();
    const other = await visitorSays(second, 'me too');
    await agentSays(agents[0]!, other.conversationId, 'on it');
    expect((await t.server.store.getConversation(other.conversationId))?.status).toBe('open');
  });

  it('closes a conversation: the visitor hears it, and writing again starts a new one', async () => {
    const visitor = await t.visitor();
    const first = await visitorSays(visitor, 'bye soon');
    const agent = await t.agent();
    const updates = collect<{ id: string; status: string }>(visitor, 'conversation:updated');
    const closed = await agentCommand(agent, 'conversation:close', { conversationId: first.conversationId }, 5000);
    expect(closed.ok && closed.data.status).toBe('closed');
    await eventually(() => updates.some((u) => u.status === 'closed'));
    const reply = await agentCommand(agent, 'message:send', { conversationId: first.conversationId, clientId: nanoid(), text: 'late' }, 5000);
    expect(!reply.ok && reply.error.code).toBe('conflict');
    const next = await visitorSays(visitor, 'one more thing');
    expect(next.conversationId).not.toBe(first.conversationId);
    expect(next.seq).toBe(1);
  });

  it('does not create a second conversation when a visitor retries a message sent into a closed one', async () => {
    const visitor = await t.visitor();
    const clientId = nanoid();
    const first = await visitorSays(visitor, 'sent before close', clientId);
    const agent = await t.agent();
    await agentCommand(agent, 'conversation:close', { conversationId: first.conversationId }, 5000);
    const retry = await visitorCommand(visitor, 'message:send', { clientId, text: 'sent before close', conversationId: first.conversationId }, 5000);
    expect(retry.ok && retry.data).toEqual(first);
    const list = await agentCommand(agent, 'conversation:list', {}, 5000);
    expect(list.ok && list.data).toHaveLength(1);
  });
});
