import type { Message } from '@parley/shared';

/**
 * Merges messages into a transcript: ordered by `seq`, each message once. A message is the
 * same one when its id or its clientId matches, which covers the echo of the visitor's own
 * message (it may come back through `message:new`, the ack and a catch-up, in any order).
 */
export function mergeMessages(current: readonly Message[], incoming: readonly Message[]): Message[] {
  const ids = new Set<string>();
  const clientIds = new Set<string>();
  const merged: Message[] = [];
  for (const message of [...current, ...incoming]) {
    if (ids.has(message.id) || clientIds.has(message.clientId)) continue;
    ids.add(message.id);
    clientIds.add(message.clientId);
    merged.push(message);
  }
  return merged.sort((a, b) => a.seq - b.seq);
}

/** Highest seq held: where a catch-up (`messages:sync`) starts. */
export function highestSeq(messages: readonly Message[]): number {
  return messages.reduce((max, message) => Math.max(max, message.seq), 0);
}
