/** The page's choices, as the reports' query string. */
export interface ReportChoice {
  from: string;
  to: string;
  timeZone: string;
  site: string;
  department: string;
  agent: string;
  tag: string;
}

export function reportQuery(c: ReportChoice): string {
  const q = new URLSearchParams({ from: c.from, to: c.to, timeZone: c.timeZone });
  if (c.site) q.set('site', c.site);
  if (c.department) q.set('department', c.department);
  if (c.agent) q.set('agent', c.agent);
  if (c.tag) q.set('tag', c.tag);
  return q.toString();
}

/** A range the server takes: real dates, first not after last, at most 366 days. */
export function validRange(from: string, to: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to)) return false;
  const a = Date.parse(from);
  const b = Date.parse(to);
  return Number.isFinite(a) && Number.isFinite(b) && a <= b && (b - a) / 86_400_000 < 366;
}
