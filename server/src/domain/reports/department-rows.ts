import type { DepartmentReportRow } from '@parley/shared';
import type { ReportFact } from '../../store/reports-port.js';
import { firstResponseMs, measured, resolutionMs, waitMs } from './fact-measures.js';
import { average, percentiles } from './percentiles.js';

/** One row per department of the workspace, then one for conversations in none (when there are any). */
export function departmentRows(departments: readonly { id: string; name: string }[], facts: readonly ReportFact[]): DepartmentReportRow[] {
  const row = (departmentId: string | null, name: string | null): DepartmentReportRow => {
    const mine = facts.filter((f) => f.departmentId === departmentId);
    const scores = mine.flatMap((f) => (f.rating ? [f.rating.score] : []));
    return {
      departmentId,
      name,
      conversations: mine.length,
      answered: mine.filter((f) => f.firstResponseAt !== null).length,
      missed: mine.filter((f) => f.missed).length,
      waitSeconds: percentiles(measured(mine.map(waitMs))),
      firstResponseSeconds: percentiles(measured(mine.map(firstResponseMs))),
      resolutionSeconds: percentiles(measured(mine.map(resolutionMs))),
      rating: { average: average(scores), responses: scores.length },
    };
  };
  const rows = departments.map((d) => row(d.id, d.name));
  const none = row(null, null);
  return none.conversations > 0 ? [...rows, none] : rows;
}
