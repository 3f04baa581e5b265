import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agentCommand, visitorCommand, type ConversationViewers, type ReadNotice, type TypingNotice } from '@parley/shared';
import { agentSays, collect, eventually, visitorSays } from './conversation-helpers.js';
import { chatPair, next, sessionOf } from './conversation-live-helpers.js';
import { patchSettings } from './routing-helpers.js';
import { startTestServer, type TestServer } from './test-server.js';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('typing, sneak peek and seen (real sockets)', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.close();
  });

  it('relays typing within 500 ms both ways, and false at once', async () => {
    const { visitor, agent, conversationId } = await chatPair(t);
    const atAgent = next<TypingNotice>(agent, 'typing');
    visitor.emit('typing', { conversationId, typing: true });
    const seen = await atAgent;
    expect(seen.afterMs).toBeLessThan(500);
    expect(seen.payload).toMatchObject({ conversationId, typing: true, who: { type: 'visitor' } });
    expect(seen.payload.draft).toBeUndefined();

    const atVisitor = next<TypingNotice>(visitor, 'typing');
    agent.emit('typing', { conversationId, typing: true });
    const heard = await atVisitor;
    expect(heard.afterMs).toBeLessThan(500);
    expect(heard.payload).toMatchObject({ conversationId, typing: true, who: { type: 'agent', name: 'Demo Agent' } });

    const stopped = next<TypingNotice>(visitor, 'typing');
    agent.emit('typing', { conversationId, typing: false });
    expect((await stopped).payload.typing).toBe(false);
  });

  it('relays one typing:true per person and conversation every 2 s and drops the flood', async () => {
    const { visitor, agent, conversationId } = await chatPair(t);
    const atAgent = collect<TypingNotice>(agent, 'typing');
    for (let i = 0; i < 40; i++) visitor.emit('typing', { conversationId, typing: true });
    await pause(600);
    expect(atAgent.filter((n) => n.typing)).toHaveLength(1);
    await pause(1600);
    visitor.emit('typing', { conversationId, typing: true });
    await eventually(() => atAgent.filter((n) => n.typing).length === 2);
    visitor.emit('typing', { conversationId, typing: false });
    await eventually(() => atAgent.some((n) => !n.typing));
  });

  it('drops the draft while sneak peek is off, and relays it to agents only when it is on', async () => {
    const { visitor, agent, conversationId } = await chatPair(t);
    const atAgent = collect<TypingNotice>(agent, 'typing');
    visitor.emit('typing', { conversationId, typing: true, draft: '我的订单号是' });
    await eventually(() => atAgent.length === 1);
    await pause(400);
    visitor.emit('typing', { conversationId, typing: true, draft: '我的订单号是 123' });
    await pause(300);
    expect(atAgent).toHaveLength(1);
    expect(atAgent.every((n) => n.draft === undefined)).toBe(true);

    await patchSettings(t, { sneakPeek: true });
    const other = await t.visitor();
    const session = await sessionOf(other);
    expect(session.live?.sneakPeek).toBe(true);
    const drafts = collect<TypingNotice>(visitor, 'typing');
    visitor.emit('typing', { conversationId, typing: true, draft: '我的订单号是 12345' });
    await eventually(() => atAgent.some((n) => n.draft === '我的订单号是 12345'));
    expect(drafts).toHaveLength(0);
    // Nothing of the draft is stored.
    const stored = await t.server.store.listMessages({ conversationId, afterSeq: 0, limit: 50, includeInternal: true });
    expect(stored.some((m) => m.text.includes('12345'))).toBe(false);
  });

  it('stores what each side has seen once per rise, tells the other side, and keeps it across a reconnect', async () => {
    const { visitor, agent, conversationId, token } = await chatPair(t);
    const reply = await agentSays(agent, conversationId, 'Hi! How can I help?');
    const atVisitor = next<ReadNotice>(visitor, 'conversation:read');
    agent.emit('conversation:read', { conversationId, seq: reply.seq });
    expect((await atVisitor).payload).toEqual({ conversationId, by: 'agent', seq: reply.seq });

    const atAgent = next<ReadNotice>(agent, 'conversation:read');
    visitor.emit('conversation:read', { conversationId, seq: 99 }); // more than exists: counted as the last
    expect((await atAgent).payload).toEqual({ conversationId, by: 'visitor', seq: reply.seq });
    const again = collect<ReadNotice>(agent, 'conversation:read');
    visitor.emit('conversation:read', { conversationId, seq: 1 });
    await pause(300);
    expect(again).toHaveLength(0);

    visitor.disconnect();
    const back = await t.visitor({ token });
    const current = await visitorCommand(back, 'conversation:current', {}, 5000);
    expect(current.ok && current.data?.conversation.agentReadSeq).toBe(reply.seq);
    const opened = await agentCommand(agent, 'conversation:join', { conversationId }, 5000);
    expect(opened.ok && opened.data.conversation.visitorReadSeq).toBe(reply.seq);
  });

  it('tells agents who else has the conversation open, and ignores typing for a stranger\'s conversation', async () => {
    const { agent, conversationId } = await chatPair(t);
    const colleague = await t.agent();
    const viewers = next<ConversationViewers>(agent, 'conversation:viewers');
    await agentCommand(colleague, 'conversation:join', { conversationId }, 5000);
    expect((await viewers).payload.conversationId).toBe(conversationId);

    const stranger = await t.visitor();
    await visitorSays(stranger, 'I am someone else');
    const atAgent = collect<TypingNotice>(agent, 'typing');
    stranger.emit('typing', { conversationId, typing: true });
    await pause(400);
    expect(atAgent).toHaveLength(0);
  });
});
