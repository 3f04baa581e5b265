import { nanoid } from 'nanoid';
import { agentCommand, visitorCommand, type Message } from '@parley/shared';
import type { AgentClient, VisitorClient } from './test-server.js';

/** Sends a visitor message and returns the stored message, failing the test on an error ack. */
export async function visitorSays(visitor: VisitorClient, text: string, clientId: string = nanoid()): Promise<Message> {
  const ack = await visitorCommand(visitor, 'message:send', { clientId, text }, 5000);
  if (!ack.ok) throw new Error(`visitor send failed: ${ack.error.code} ${ack.error.message}`);
  return ack.data;
}

export async function agentSays(
  agent: AgentClient,
  conversationId: string,
  text: string,
  options: { internal?: boolean; clientId?: string } = {},
): Promise<Message> {
  const ack = await agentCommand(
    agent,
    'message:send',
    { conversationId, clientId: options.clientId ?? nanoid(), text, internal: options.internal ?? false },
    5000,
  );
  if (!ack.ok) throw new Error(`agent send failed: ${ack.error.code} ${ack.error.message}`);
  return ack.data;
}

/** Collects every event of one name a socket receives, for asserting what arrived (and what did not). */
export function collect<T>(socket: { on(event: string, fn: (payload: T) => void): unknown }, event: string): T[] {
  const seen: T[] = [];
  socket.on(event, (payload: T) => seen.push(payload));
  return seen;
}

/** Resolves once `predicate` holds, polling briefly; rejects after `ms`. */
export async function eventually(predicate: () => boolean, ms = 3000): Promise<void> {
  const until = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The handshake error code of a refused connection. */
export function errorCode(err: unknown): string | undefined {
  return (err as { data?: { code?: string } }).data?.code;
}
