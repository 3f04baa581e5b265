const minute = 60_000;

/** The median of recent samples, or `fallbackMs` while there are fewer than `minSamples`. */
export function typicalMs(samples: readonly number[], fallbackMs: number, minSamples = 5): number {
  const clean = samples.filter((s) => Number.isFinite(s) && s >= 0).sort((a, b) => a - b);
  if (clean.length < minSamples) return fallbackMs;
  const mid = Math.floor(clean.length / 2);
  return clean.length % 2 ? clean[mid]! : Math.round((clean[mid - 1]! + clean[mid]!) / 2);
}

/**
 * How long the visitor at `position` (1 is next) is likely to wait: the chats ahead of them are
 * served `servingAgents` at a time, each taking a typical chat's length. With nobody serving,
 * the estimate assumes one agent (it only tells the visitor it may be a while).
 */
export function estimateWaitMs(position: number, servingAgents: number, typicalChatMs: number): number {
  const rounds = Math.ceil(position / Math.max(1, servingAgents));
  return rounds * typicalChatMs;
}

/** Whole minutes for display, at least 1. */
export function roundMinutes(ms: number): number {
  return Math.max(1, Math.round(ms / minute));
}
