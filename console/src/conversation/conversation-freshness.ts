import type { Conversation } from '@parley/shared';

/**
 * True when `held` is a later state of the conversation than `incoming`. Every change moves
 * `updatedAt`; a list answer or an ack can still arrive after a newer live event.
 */
export function isNewerThan(held: Conversation | null | undefined, incoming: Conversation): boolean {
  if (!held) return false;
  return held.updatedAt > incoming.updatedAt || (held.updatedAt === incoming.updatedAt && held.lastSeq > incoming.lastSeq);
}
