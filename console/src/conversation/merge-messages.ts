import type { Message } from '@parley/shared';

/**
 * Adds `incoming` to a transcript ordered by seq, without duplicates. A snapshot, live
 * `message:new` events and a catch-up page may overlap in any order; seq is the identity.
 * Returns `held` itself when nothing is new, so unchanged state does not re-render.
 */
export function mergeMessages(held: readonly Message[], incoming: readonly Message[]): readonly Message[] {
  const known = new Set(held.map((m) => m.seq));
  const fresh = incoming.filter((m) => {
    if (known.has(m.seq)) return false;
    known.add(m.seq);
    return true;
  });
  if (fresh.length === 0) return held;
  return [...held, ...fresh].sort((a, b) => a.seq - b.seq);
}

/**
 * Where a catch-up starts: the highest seq up to which nothing is missing (0 for none). Agents
 * see every seq (internal notes included), so a hole means messages we never received, e.g. a
 * live one that arrived while a long transcript was still being fetched page by page.
 * @example contiguousSeq([m(1), m(2), m(5)]) // 2
 */
export function contiguousSeq(messages: readonly Message[]): number {
  let seq = 0;
  for (const m of messages) {
    if (m.seq === seq + 1) seq = m.seq;
    else if (m.seq > seq + 1) break;
  }
  return seq;
}
