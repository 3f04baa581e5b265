import { RoutingStrategy } from '@parley/shared';

/** What a strategy needs to know of a candidate agent. */
export interface Candidate {
  id: string;
  activeChats: number;
  /** When routing last gave this agent a conversation (0: never). */
  lastAssignedAt: number;
}

const byId = (a: Candidate, b: Candidate) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Fewest open chats first; among equals, whoever waited longest since their last assignment. */
export function leastBusy(candidates: readonly Candidate[]): Candidate | null {
  return [...candidates].sort((a, b) => a.activeChats - b.activeChats || a.lastAssignedAt - b.lastAssignedAt || byId(a, b))[0] ?? null;
}

/**
 * Turns in order: whoever was assigned longest ago goes next. Keeping the turn as a time on the
 * agent (set by the atomic claim) rather than a cursor in memory lets several processes share it.
 */
export function roundRobin(candidates: readonly Candidate[]): Candidate | null {
  return [...candidates].sort((a, b) => a.lastAssignedAt - b.lastAssignedAt || byId(a, b))[0] ?? null;
}

/** The agent a site's strategy picks among candidates that can all take the chat now. */
export function selectAgent(strategy: RoutingStrategy, candidates: readonly Candidate[]): Candidate | null {
  return strategy === RoutingStrategy.roundRobin ? roundRobin(candidates) : leastBusy(candidates);
}
