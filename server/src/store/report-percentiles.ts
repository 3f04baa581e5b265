import { distributionEdgesSeconds, type MsPercentiles } from './reports-port.js';

/**
 * Median (the middle value, or the mean of the two middle ones) and p90 by nearest rank (the
 * value at rank ⌈0.9·n⌉, so always a time that happened) of durations in ms, sorted in place,
 * and how many fall in each bucket of `distributionEdgesSeconds`. The rank is worked out in
 * integers: ⌈0.9·n⌉ = ⌊(9n + 9) / 10⌋, where `Math.ceil(0.9 * 70)` would give 64.
 */
export function durationFigures(values: Float64Array): MsPercentiles & { buckets: number[] } {
  const n = values.length;
  const buckets = [...distributionEdgesSeconds, null].map(() => 0);
  if (n === 0) return { median: null, p90: null, buckets };
  const sorted = values.sort();
  let b = 0;
  for (const v of sorted) {
    while (b < distributionEdgesSeconds.length && v > distributionEdgesSeconds[b]! * 1000) b++;
    buckets[b]!++;
  }
  const median = (sorted[Math.floor((n - 1) / 2)]! + sorted[Math.floor(n / 2)]!) / 2;
  return { median, p90: sorted[Math.floor((9 * n + 9) / 10) - 1]!, buckets };
}
