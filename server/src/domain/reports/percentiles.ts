import type { DistributionBucket, Percentiles } from '@parley/shared';
import { distributionEdgesSeconds, type MsPercentiles, type ReportGroupFigures } from '../../store/reports-port.js';

/** A store's percentiles in milliseconds, answered in seconds. */
export function seconds(p: MsPercentiles): Percentiles {
  return { median: p.median === null ? null : p.median / 1000, p90: p.p90 === null ? null : p.p90 / 1000 };
}

/** Bucket counts (one per edge of `distributionEdgesSeconds`, then the rest) as the API's buckets. */
export function distribution(counts: readonly number[]): DistributionBucket[] {
  return [...distributionEdgesSeconds, null].map((upToSeconds, i) => ({ upToSeconds, count: counts[i] ?? 0 }));
}

/** `part / whole`, or `null` when there was nothing to measure. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** A group's mean rating and how many gave one. */
export function ratingOf(g: ReportGroupFigures | undefined): { average: number | null; responses: number } {
  const count = g?.ratings.count ?? 0;
  return { average: count === 0 ? null : g!.ratings.sum / count, responses: count };
}

/** Groups by key, for looking up. */
export const byKey = (groups: readonly ReportGroupFigures[]) => new Map(groups.map((g) => [g.key, g]));
