import type { OverviewFigures, RatingComment, ReportDay, ReportRange } from '@parley/shared';
import type { ReportFact } from '../../store/reports-port.js';
import { firstResponseMs, isResolved, measured, resolutionMs, resolvedAtFirstContact, satisfiedScore, waitMs } from './fact-measures.js';
import { average, distribution, percentiles, share } from './percentiles.js';
import { addDays, daysBetween, SlotCache } from './zoned-time.js';

/** Each site's service-level targets in seconds (0: off). */
export type TargetsBySite = ReadonlyMap<string, { firstResponseTargetSeconds: number; resolutionTargetSeconds: number }>;

/** The calendar days a report covers, `from` and `to` included. */
export interface DayRange {
  from: string;
  to: string;
  timeZone: string;
}

const latestComments = 5;

/** The overview's figures for one period, from its conversations' facts. */
export function overviewFigures(facts: readonly ReportFact[], range: ReportRange, days: DayRange, targets: TargetsBySite): OverviewFigures {
  const answered = facts.filter((f) => f.firstResponseAt !== null);
  const resolved = facts.filter(isResolved);
  const rated = facts.filter((f) => f.rating !== null).map((f) => ({ conversationId: f.id, ...f.rating! }));
  const waits = measured(facts.map(waitMs));
  const firsts = measured(facts.map(firstResponseMs));
  return {
    range,
    conversations: {
      started: facts.length,
      answered: answered.length,
      missed: facts.filter((f) => f.missed).length,
      offline: facts.filter((f) => f.offline).length,
    },
    waitSeconds: percentiles(waits),
    firstResponseSeconds: percentiles(firsts),
    resolutionSeconds: percentiles(measured(facts.map(resolutionMs))),
    firstContactResolution: share(resolved.filter(resolvedAtFirstContact).length, resolved.length),
    sla: serviceLevels(facts, targets),
    rating: {
      average: average(rated.map((r) => r.score)),
      satisfiedShare: share(rated.filter((r) => r.score >= satisfiedScore).length, rated.length),
      responses: rated.length,
      latestComments: rated
        .filter((r): r is RatingComment => typeof r.comment === 'string' && r.comment.length > 0)
        .sort((a, b) => b.ratedAt - a.ratedAt)
        .slice(0, latestComments),
    },
    bots: {
      resolved: facts.filter((f) => f.firstResponder === 'bot' && f.assignedAt === null && isResolved(f)).length,
      handedOff: facts.filter((f) => f.firstResponder === 'bot' && f.assignedAt !== null).length,
    },
    distributions: { waitSeconds: distribution(waits), firstResponseSeconds: distribution(firsts) },
    days: dailyCounts(facts, days),
  };
}

/**
 * First response met: among live conversations with an outcome (answered, or closed without
 * an answer), the share answered within their site's target. Resolution met: among resolved
 * ones, the share closed within it. Sites with a target turned off are left out of that share.
 */
function serviceLevels(facts: readonly ReportFact[], targets: TargetsBySite): OverviewFigures['sla'] {
  let frWhole = 0;
  let frMet = 0;
  let resWhole = 0;
  let resMet = 0;
  for (const f of facts) {
    const t = targets.get(f.siteId);
    if (!t || f.offline) continue;
    if (t.firstResponseTargetSeconds > 0 && (f.firstResponseAt !== null || f.lastResolvedAt !== null)) {
      frWhole++;
      const ms = firstResponseMs(f);
      if (ms !== null && ms <= t.firstResponseTargetSeconds * 1000) frMet++;
    }
    const res = resolutionMs(f);
    if (t.resolutionTargetSeconds > 0 && res !== null) {
      resWhole++;
      if (res <= t.resolutionTargetSeconds * 1000) resMet++;
    }
  }
  return { firstResponseMet: share(frMet, frWhole), resolutionMet: share(resMet, resWhole), breaches: facts.reduce((n, f) => n + f.breaches, 0) };
}

function dailyCounts(facts: readonly ReportFact[], days: DayRange): ReportDay[] {
  const count = daysBetween(days.from, days.to) + 1;
  const rows = new Map<string, ReportDay>();
  for (let i = 0; i < count; i++) {
    const date = addDays(days.from, i);
    rows.set(date, { date, started: 0, answered: 0, missed: 0 });
  }
  const slots = new SlotCache(days.timeZone);
  for (const f of facts) {
    const row = rows.get(slots.slot(f.createdAt).date);
    if (!row) continue;
    row.started++;
    if (f.firstResponseAt !== null) row.answered++;
    if (f.missed) row.missed++;
  }
  return [...rows.values()];
}
