import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { agentCommand, visitorCommand, type Message } from '@parley/shared';
import { startTestServer, type TestServer } from './test-server.js';

describe('one conversation, visitor and agent over real sockets', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.close();
  });

  it('carries a message both ways, each stored before its ack', async () => {
    const visitor = await t.visitor();
    const agent = await t.agent();
    const created = new Promise<string>((resolve) =>
      agent.on('conversation:updated', (c) => {
        if (c.status === 'waiting') resolve(c.id);
      }),
    );
    const sent = await visitorCommand(visitor, 'message:send', { clientId: nanoid(), text: '你好，我想问一下运费' }, 5000);
    expect(sent.ok).toBe(true);
    if (!sent.ok) return;
    expect(sent.data.seq).toBe(1);
    const conversationId = await created;
    expect(conversationId).toBe(sent.data.conversationId);
    // Stored before the ack: the store has it now.
    const stored = await t.server.store.listMessages({ conversationId, afterSeq: 0, limit: 10, includeInternal: true });
    expect(stored.map((m) => m.text)).toEqual(['你好，我想问一下运费']);

    const joined = await agentCommand(agent, 'conversation:join', { conversationId }, 5000);
    expect(joined.ok && joined.data.messages.map((m) => m.text)).toEqual(['你好，我想问一下运费']);

    const heard = new Promise<Message>((resolve) => visitor.on('message:new', (m) => m.author.type === 'agent' && resolve(m)));
    const reply = await agentCommand(agent, 'message:send', { conversationId, clientId: nanoid(), text: 'Hello! 运费全免。' }, 5000);
    expect(reply.ok).toBe(true);
    const got = await heard;
    expect(got).toMatchObject({ text: 'Hello! 运费全免。', seq: 2, author: { type: 'agent', name: 'Demo Agent' } });
  });
});
