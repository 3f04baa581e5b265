import type { AgentReportRow } from '@parley/shared';
import { emptyReportGroup, type ReportGroupFigures } from '../../store/reports-port.js';
import { type Interval, totalMs } from './online-time.js';
import { byKey, ratingOf, seconds } from './percentiles.js';

export interface ReportAgent {
  id: string;
  name: string;
  /** The agent's capacity, or the site default where theirs is 0. */
  capacity: number;
}

/**
 * One row per agent. A conversation counts for the agent who holds (or held last) it (the
 * store's `agent` groups). Time online comes from the recorded status changes, clipped to the
 * range and to now; utilisation is the chat time held while online (each conversation from its
 * first assignment to its latest close, or now: the store's `agentChatMs`) over capacity × time online.
 */
export function agentRows(
  agents: readonly ReportAgent[],
  groups: readonly ReportGroupFigures[],
  online: ReadonlyMap<string, readonly Interval[]>,
  chatMs: ReadonlyMap<string, number>,
): AgentReportRow[] {
  const found = byKey(groups);
  return agents.map((agent) => {
    const g = found.get(agent.id) ?? emptyReportGroup(agent.id);
    const onlineMs = totalMs(online.get(agent.id) ?? []);
    return {
      agentId: agent.id,
      name: agent.name,
      conversations: g.started,
      firstResponseSeconds: seconds(g.firstResponseMs),
      resolutionSeconds: seconds(g.resolutionMs),
      rating: ratingOf(g),
      onlineSeconds: onlineMs / 1000,
      utilisation: onlineMs === 0 ? null : (chatMs.get(agent.id) ?? 0) / (agent.capacity * onlineMs),
    };
  });
}
