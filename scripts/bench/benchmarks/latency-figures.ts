import { summarize, type LatencySummary } from '../core/percentiles.js';
import type { Figure } from '../core/result.js';

/** `prefix_p50_ms`, `prefix_p99_ms`, `prefix_p999_ms` (and max) of a latency summary. */
export function latencyFigures(prefix: string, s: LatencySummary): Record<string, Figure> {
  return {
    [`${prefix}_p50_ms`]: s.p50,
    [`${prefix}_p99_ms`]: s.p99,
    [`${prefix}_p999_ms`]: s.p999,
    [`${prefix}_max_ms`]: s.max,
  };
}

/** Both directions' samples together. */
export function bothWays(outcome: { v2a: number[]; a2v: number[] }): LatencySummary {
  return summarize([...outcome.v2a, ...outcome.a2v]);
}
