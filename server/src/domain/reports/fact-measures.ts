import type { ReportFact } from '../../store/reports-port.js';

/**
 * What each report measures on one conversation, in one place so that the overview, the
 * heatmap and the tables count alike. Durations in milliseconds; `null`: not measured.
 */

/** Waiting before a person took it: the first `queued` to the first `assigned`. */
export function waitMs(f: ReportFact): number | null {
  return f.queuedAt !== null && f.assignedAt !== null && f.assignedAt >= f.queuedAt ? f.assignedAt - f.queuedAt : null;
}

/** Created to the first reply by an agent or a bot (offline messages have no live reply to wait for). */
export function firstResponseMs(f: ReportFact): number | null {
  return !f.offline && f.firstResponseAt !== null ? f.firstResponseAt - f.createdAt : null;
}

/** Resolved: closed at least once, neither missed nor left as an offline message. */
export function isResolved(f: ReportFact): boolean {
  return f.lastResolvedAt !== null && !f.missed && !f.offline;
}

/** Created to its latest close (after a reopen, the final one). */
export function resolutionMs(f: ReportFact): number | null {
  return isResolved(f) ? f.lastResolvedAt! - f.createdAt : null;
}

/** Resolved at the first contact: never reopened, and the visitor did not come back within 7 days. */
export function resolvedAtFirstContact(f: ReportFact): boolean {
  return isResolved(f) && !f.reopened && !f.returnedWithinWeek;
}

/** Satisfied: 4 or 5 out of 5 (a thumbs-up is 5). */
export const satisfiedScore = 4;

export const measured = (values: (number | null)[]): number[] => values.filter((v): v is number => v !== null);
