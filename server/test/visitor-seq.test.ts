import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentCommand, visitorCommand, type Message } from '@parley/shared';
import type { ReadNotice } from '@parley/shared';
import { agentSays, collect, eventually, visitorSays } from './conversation-helpers.js';
import { startTestServer, type TestServer, type VisitorClient } from './test-server.js';

/**
 * Issue 16, part 5: internal notes move the agents' seq, but a visitor's numbering (live, in
 * catch-up and in read marks) is gap-free, so nothing in it reveals that a note was written.
 */
describe('the visitor\'s gap-free seq', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => {
    await t.close();
  });

  const tokenOf = (visitor: VisitorClient) =>
    new Promise<string>((resolve) => {
      visitor.once('session', (s) => resolve(s.token));
      visitor.disconnect().connect();
    });

  it('gives a visitor who reconnects mid-conversation every visible message once, numbered 1..n', async () => {
    const visitor = await t.visitor();
    const token = await tokenOf(visitor);
    const first = await visitorSays(visitor, 'hello');
    const conversationId = first.conversationId;
    const agent = await t.agent();
    const heard = collect<Message>(visitor, 'message:new');
    await agentSays(agent, conversationId, 'note one', { internal: true });
    await agentSays(agent, conversationId, 'reply one');
    await eventually(() => heard.length === 1);
    visitor.disconnect();

    // While the visitor is away: notes between replies.
    await agentSays(agent, conversationId, 'note two', { internal: true });
    await agentSays(agent, conversationId, 'reply two');
    await agentSays(agent, conversationId, 'note three', { internal: true });
    await agentSays(agent, conversationId, 'note four', { internal: true });
    await agentSays(agent, conversationId, 'reply three');

    const again = await t.visitor({ token });
    const held = [first, ...heard];
    const after = Math.max(...held.map((m) => m.seq));
    const sync = await visitorCommand(again, 'messages:sync', { conversationId, afterSeq: after }, 5000);
    if (!sync.ok) throw new Error(sync.error.message);
    const all = [...held, ...sync.data.messages];
    expect(all.map((m) => [m.seq, m.text])).toEqual([
      [1, 'hello'],
      [2, 'reply one'],
      [3, 'reply two'],
      [4, 'reply three'],
    ]);
    expect(all.every((m) => !('visitorSeq' in m))).toBe(true);

    // A later reply comes live with the next number; the snapshot agrees with catch-up.
    const live = collect<Message>(again, 'message:new');
    await agentSays(agent, conversationId, 'note five', { internal: true });
    await agentSays(agent, conversationId, 'reply four');
    await eventually(() => live.length === 1);
    expect(live.map((m) => m.seq)).toEqual([5]);
    const current = await visitorCommand(again, 'conversation:current', {}, 5000);
    if (!current.ok || !current.data) throw new Error('no current conversation');
    expect(current.data.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(current.data.conversation.lastSeq).toBe(5);

    // The agents' numbering is unchanged: ten messages, notes included.
    const agentView = await agentCommand(agent, 'messages:sync', { conversationId, afterSeq: 0 }, 5000);
    expect(agentView.ok && agentView.data.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('counts read marks in the visitor\'s numbering both ways', async () => {
    const visitor = await t.visitor();
    const first = await visitorSays(visitor, '你好');
    const conversationId = first.conversationId;
    const agent = await t.agent();
    await agentCommand(agent, 'conversation:join', { conversationId }, 5000);
    await agentSays(agent, conversationId, '内部备注', { internal: true }); // agents' seq 2
    const reply = await agentSays(agent, conversationId, '您好'); // agents' seq 3, the visitor's 2
    expect(reply.seq).toBe(3);

    // The visitor saw up to their 2: the agents hear seq 3.
    const agentsHeard = collect<ReadNotice>(agent, 'conversation:read');
    visitor.emit('conversation:read', { conversationId, seq: 2 });
    await eventually(() => agentsHeard.length === 1);
    expect(agentsHeard[0]).toEqual({ conversationId, by: 'visitor', seq: 3 });

    // An agent read up to the note (seq 2): the visitor hears their 1.
    const visitorHeard = collect<ReadNotice>(visitor, 'conversation:read');
    const other = await t.agent();
    other.emit('conversation:read', { conversationId, seq: 2 });
    await eventually(() => visitorHeard.length === 1);
    expect(visitorHeard[0]).toEqual({ conversationId, by: 'agent', seq: 1 });
    other.emit('conversation:read', { conversationId, seq: 3 });
    await eventually(() => visitorHeard.length === 2);
    expect(visitorHeard[1]?.seq).toBe(2);
    const current = await visitorCommand(visitor, 'conversation:current', {}, 5000);
    expect(current.ok && current.data && [current.data.conversation.lastSeq, current.data.conversation.agentReadSeq]).toEqual([2, 2]);
  });
});
