import type { DepartmentReportRow } from '@parley/shared';
import { emptyReportGroup, type ReportGroupFigures } from '../../store/reports-port.js';
import { byKey, ratingOf, seconds } from './percentiles.js';

/** One row per department of the workspace, then one for conversations in none (when there are any), from the store's `department` groups. */
export function departmentRows(departments: readonly { id: string; name: string }[], groups: readonly ReportGroupFigures[]): DepartmentReportRow[] {
  const found = byKey(groups);
  const row = (departmentId: string | null, name: string | null): DepartmentReportRow => {
    const g = found.get(departmentId) ?? emptyReportGroup(departmentId);
    return {
      departmentId,
      name,
      conversations: g.started,
      answered: g.answered,
      missed: g.missed,
      waitSeconds: seconds(g.waitMs),
      firstResponseSeconds: seconds(g.firstResponseMs),
      resolutionSeconds: seconds(g.resolutionMs),
      rating: ratingOf(g),
    };
  };
  const rows = departments.map((d) => row(d.id, d.name));
  const none = row(null, null);
  return none.conversations > 0 ? [...rows, none] : rows;
}
