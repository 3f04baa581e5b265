import { agentCommand, type ReadNotice, type TypingNotice, type VisitorSession } from '@parley/shared';
import { visitorSays } from './conversation-helpers.js';
import type { AgentClient, TestServer, VisitorClient } from './test-server.js';

/** A visitor who wrote once (a waiting conversation) and the demo agent who opened it. */
export async function chatPair(t: TestServer): Promise<{ visitor: VisitorClient; agent: AgentClient; conversationId: string; token: string }> {
  const visitor = await t.visitor();
  const token = await sessionOf(visitor).then((s) => s.token);
  const first = await visitorSays(visitor, 'hello 你好');
  const agent = await t.agent();
  const joined = await agentCommand(agent, 'conversation:join', { conversationId: first.conversationId }, 5000);
  if (!joined.ok) throw new Error(`join failed: ${joined.error.code}`);
  return { visitor, agent, conversationId: first.conversationId, token };
}

/** The session of a connected visitor (reconnects once to hear it again: it comes right after the handshake). */
export function sessionOf(visitor: VisitorClient): Promise<VisitorSession> {
  return new Promise((resolve) => {
    visitor.once('session', resolve);
    visitor.disconnect().connect();
  });
}

/** The next event of `name` on `socket`, with how long it took; rejects after `ms`. */
export function next<T>(socket: { once(event: string, fn: (payload: T) => void): unknown }, name: string, ms = 2000): Promise<{ payload: T; afterMs: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} within ${ms} ms`)), ms);
    socket.once(name, (payload: T) => {
      clearTimeout(timer);
      resolve({ payload, afterMs: Date.now() - started });
    });
  });
}

export type { ReadNotice, TypingNotice };
