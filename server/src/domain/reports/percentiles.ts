import type { DistributionBucket, Percentiles } from '@parley/shared';

/**
 * Median and p90 of durations in milliseconds, answered in seconds. The median is the middle
 * value (the mean of the two middle ones for an even count); p90 is the nearest rank
 * (the value at rank ⌈0.9·n⌉), so it is always a time that happened.
 */
export function percentiles(durationsMs: readonly number[]): Percentiles {
  const n = durationsMs.length;
  if (n === 0) return { median: null, p90: null };
  const sorted = Float64Array.from(durationsMs).sort();
  const median = n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  const p90 = sorted[Math.ceil(0.9 * n) - 1]!;
  return { median: median / 1000, p90: p90 / 1000 };
}

/** Upper edges of the distributions' buckets, in seconds; the last bucket (`null`) takes the rest. */
export const distributionEdges = [30, 60, 120, 300, 600, 1800, 3600] as const;

/** How many durations fall in each bucket of `distributionEdges`. */
export function distribution(durationsMs: readonly number[]): DistributionBucket[] {
  const buckets: DistributionBucket[] = [...distributionEdges.map((upToSeconds) => ({ upToSeconds, count: 0 })), { upToSeconds: null, count: 0 }];
  for (const ms of durationsMs) {
    const i = distributionEdges.findIndex((edge) => ms <= edge * 1000);
    buckets[i === -1 ? distributionEdges.length : i]!.count++;
  }
  return buckets;
}

/** `part / whole`, or `null` when there was nothing to measure. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function average(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}
