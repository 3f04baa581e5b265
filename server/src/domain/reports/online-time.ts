import type { AgentStatusChange } from '../../store/reports-port.js';

export type Interval = readonly [number, number];

/**
 * The intervals an agent was online within `[from, until)`, from their status changes (the
 * store gives the last change before `from` first, which is the status they started in).
 */
export function onlineIntervals(changes: readonly AgentStatusChange[], from: number, until: number): Interval[] {
  const out: Interval[] = [];
  let since: number | null = null;
  for (const c of changes) {
    const at = Math.max(c.at, from);
    if (at >= until) break;
    if (c.status === 'online' && since === null) since = at;
    if (c.status !== 'online' && since !== null) {
      if (at > since) out.push([since, at]);
      since = null;
    }
  }
  if (since !== null && until > since) out.push([since, until]);
  return out;
}

export const totalMs = (intervals: readonly Interval[]): number => intervals.reduce((n, [a, b]) => n + (b - a), 0);
