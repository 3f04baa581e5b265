import type { OverviewFigures, RatingComment, ReportDay, ReportRange } from '@parley/shared';
import { emptyReportGroup, type DayCounts, type ProactiveCounts, type ReportGroupFigures } from '../../store/reports-port.js';
import { distribution, ratingOf, seconds, share } from './percentiles.js';
import { addDays, daysBetween } from './zoned-time.js';

/** The calendar days a report covers, `from` and `to` included. */
export interface DayRange {
  from: string;
  to: string;
  timeZone: string;
}

/** What the store answered for one period of the overview. */
export interface OverviewParts {
  /** The period's one group (`groupBy: 'all'`), absent when nothing started. */
  all: ReportGroupFigures | undefined;
  byDay: readonly DayCounts[];
  comments: RatingComment[];
  proactive: ProactiveCounts;
}

/** The overview's figures for one period. */
export function overviewFigures(parts: OverviewParts, range: ReportRange, days: DayRange): OverviewFigures {
  const g = parts.all ?? emptyReportGroup(null);
  const rating = ratingOf(g);
  return {
    range,
    conversations: { started: g.started, answered: g.answered, missed: g.missed, offline: g.offline },
    waitSeconds: seconds(g.waitMs),
    firstResponseSeconds: seconds(g.firstResponseMs),
    resolutionSeconds: seconds(g.resolutionMs),
    firstContactResolution: share(g.resolvedAtFirstContact, g.resolved),
    sla: {
      firstResponseMet: share(g.sla.firstResponseMet, g.sla.firstResponseWhole),
      resolutionMet: share(g.sla.resolutionMet, g.sla.resolutionWhole),
      breaches: g.breaches,
    },
    rating: { ...rating, satisfiedShare: share(g.ratings.satisfied, g.ratings.count), latestComments: parts.comments },
    bots: g.bots,
    proactive: parts.proactive,
    distributions: { waitSeconds: distribution(g.waitBuckets), firstResponseSeconds: distribution(g.firstResponseBuckets) },
    days: dailyCounts(parts.byDay, days),
  };
}

/** Every day of the range, with the store's counts for the days that had conversations. */
function dailyCounts(byDay: readonly DayCounts[], days: DayRange): ReportDay[] {
  const groups = new Map(byDay.map((d) => [d.day, d]));
  const first = Date.parse(days.from) / 86_400_000;
  return Array.from({ length: daysBetween(days.from, days.to) + 1 }, (_, i) => {
    const g = groups.get(first + i);
    return { date: addDays(days.from, i), started: g?.started ?? 0, answered: g?.answered ?? 0, missed: g?.missed ?? 0 };
  });
}
