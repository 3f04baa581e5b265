import type { AgentReportRow } from '@parley/shared';
import type { AgentStatusChange, ReportFact } from '../../store/reports-port.js';
import { firstResponseMs, measured, resolutionMs } from './fact-measures.js';
import { onlineIntervals, overlapMs, totalMs } from './online-time.js';
import { average, percentiles } from './percentiles.js';

export interface ReportAgent {
  id: string;
  name: string;
  /** The agent's capacity, or the site default where theirs is 0. */
  capacity: number;
}

/**
 * One row per agent. A conversation counts for the agent who holds (or held last) it. Time
 * online comes from the recorded status changes, clipped to the range and to now; utilisation
 * is the chat time held while online (each conversation from its first assignment to its
 * latest close, or now) over capacity × time online.
 */
export function agentRows(
  agents: readonly ReportAgent[],
  facts: readonly ReportFact[],
  changes: readonly AgentStatusChange[],
  from: number,
  until: number,
): AgentReportRow[] {
  return agents.map((agent) => {
    const mine = facts.filter((f) => f.agentId === agent.id);
    const online = onlineIntervals(
      changes.filter((c) => c.agentId === agent.id),
      from,
      until,
    );
    const onlineMs = totalMs(online);
    const chatMs = mine.reduce((n, f) => (f.assignedAt === null ? n : n + overlapMs(f.assignedAt, f.lastResolvedAt ?? until, online)), 0);
    const scores = mine.flatMap((f) => (f.rating ? [f.rating.score] : []));
    return {
      agentId: agent.id,
      name: agent.name,
      conversations: mine.length,
      firstResponseSeconds: percentiles(measured(mine.map(firstResponseMs))),
      resolutionSeconds: percentiles(measured(mine.map(resolutionMs))),
      rating: { average: average(scores), responses: scores.length },
      onlineSeconds: onlineMs / 1000,
      utilisation: onlineMs === 0 ? null : chatMs / (agent.capacity * onlineMs),
    };
  });
}
