/**
 * What the merge needs of a transcript entry. A stored message has all three; a message still
 * waiting in an outbox has only its clientId (the server gives it an id and a seq when it stores it).
 */
export interface TranscriptEntry {
  clientId: string;
  id?: string;
  seq?: number;
}

/**
 * Merges `incoming` into `held`, the one rule of the widget and the console: each message once
 * (the same id, clientId or seq is the same message: the server keeps one message per
 * conversation and clientId), stored messages ordered by seq, messages still pending (no seq) at
 * the end in the order they were written, and a stored copy replaces its pending one. A message
 * may arrive through its ack, its live echo and a catch-up, in any order; the first copy held wins.
 * Returns `held` itself when nothing changed, so unchanged state does not re-render.
 * @example mergeTranscript([pending('a')], [stored('a', 1)]) // [stored('a', 1)]
 */
export function mergeTranscript<T extends TranscriptEntry>(held: readonly T[], incoming: readonly T[]): readonly T[] {
  const merged = [...held];
  let changed = false;
  for (const entry of incoming) {
    const at = merged.findIndex((m) => sameMessage(m, entry));
    if (at < 0) {
      merged.push(entry);
      changed = true;
    } else if (merged[at]!.seq === undefined && entry.seq !== undefined) {
      merged[at] = entry;
      changed = true;
    }
  }
  if (!changed) return held;
  return orderBySeq(merged);
}

/**
 * The pending entries that have no stored copy yet: what a view still shows as "Sending…".
 * @example unsent(outbox, messages)
 */
export function unsent<P extends TranscriptEntry>(pending: readonly P[], stored: readonly TranscriptEntry[]): readonly P[] {
  if (pending.length === 0) return pending;
  const held = new Set(stored.map((m) => m.clientId));
  const left = pending.filter((item) => !held.has(item.clientId));
  return left.length === pending.length ? pending : left;
}

function sameMessage(a: TranscriptEntry, b: TranscriptEntry): boolean {
  if (a.clientId === b.clientId) return true;
  if (a.id !== undefined && a.id === b.id) return true;
  return a.seq !== undefined && a.seq === b.seq;
}

/** Stored entries by seq; pending ones after them, in the order they came (sort is stable). */
function orderBySeq<T extends TranscriptEntry>(entries: T[]): T[] {
  return entries.sort((a, b) => (a.seq ?? Infinity) - (b.seq ?? Infinity) || 0);
}

/**
 * Highest seq held: where the widget's catch-up (`messages:sync`) starts. A visitor's seqs are
 * their own gap-free numbering (`visitorSeq`: internal notes are not counted); the highest is
 * used rather than the contiguous one so a message heard live ahead of a catch-up page is kept.
 */
export function highestSeq(messages: readonly TranscriptEntry[]): number {
  return messages.reduce((max, message) => Math.max(max, message.seq ?? 0), 0);
}

/**
 * Where the console's catch-up starts: the highest seq up to which nothing is missing (0 for
 * none). Unlike a visitor, an agent sees every seq (internal notes included), so a hole means
 * messages never received, e.g. a live one that arrived while a long transcript was still being
 * fetched page by page.
 * @example contiguousSeq([m(1), m(2), m(5)]) // 2
 */
export function contiguousSeq(messages: readonly TranscriptEntry[]): number {
  let seq = 0;
  for (const m of messages) {
    if (m.seq === undefined) continue;
    if (m.seq === seq + 1) seq = m.seq;
    else if (m.seq > seq + 1) break;
  }
  return seq;
}
