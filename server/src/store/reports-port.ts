import type { AgentStatus, RatingComment } from '@parley/shared';

/** Which conversations a report counts: created in `[from, to)` in one workspace, narrowed by the filters. */
export interface ReportFactQuery {
  workspaceId: string;
  from: number;
  to: number;
  siteId?: string;
  departmentId?: string;
  /** The agent who holds (or held last) the conversation. */
  agentId?: string;
  /** Conversations carrying this tag (issue 14's tags). */
  tagId?: string;
}

/** From `from` on (epoch ms), the report's time zone is `offsetMs` ahead of UTC. */
export interface ZoneOffset {
  from: number;
  offsetMs: number;
}

/** One site's service-level targets in milliseconds (0: off). */
export interface SiteTargets {
  siteId: string;
  firstResponseMs: number;
  resolutionMs: number;
}

/**
 * How a report groups its conversations: all in one, by local weekday × hour (`key`: 0 = Monday 00:00 … 167 = Sunday
 * 23:00), by the agent who holds (or held last) it, or by department (`null`: none).
 */
export type ReportGrouping = 'all' | 'hourOfWeek' | 'agent' | 'department';

export interface ReportGroupQuery extends ReportFactQuery {
  groupBy: ReportGrouping;
  /** The zone's offsets over the range, oldest first; the first applies before its `from` too. */
  zone: readonly ZoneOffset[];
  targets: readonly SiteTargets[];
}

/** Conversations started on one local day (`day`: days since 1970-01-01 in local time), answered and missed. */
export interface DayCounts {
  day: number;
  started: number;
  answered: number;
  missed: number;
}

/** Median (the middle value, or the mean of the two middle ones) and p90 (nearest rank: the value at rank ⌈0.9·n⌉), in ms. */
export interface MsPercentiles {
  median: number | null;
  p90: number | null;
}

/**
 * What a report knows of one group of conversations, worked out by the store (SQL on SQLite,
 * an aggregation pipeline on MongoDB) over each conversation's row and its event log:
 * counts, sums, percentiles and distribution buckets, never the conversations themselves.
 * What each measure means (fact-measures, in the store's own words):
 * - wait: the first `queued` event to the first `assigned` one;
 * - first response: created to the first reply, for conversations that are not offline messages;
 * - resolved: closed (a `resolved` event) and neither missed nor offline; resolution: created to the last close;
 * - resolved at first contact: resolved, never reopened, and the visitor started no other
 *   conversation within `returnWindowMs` after its last close;
 * - satisfied: a rating of `satisfiedScore` or more.
 */
export interface ReportGroupFigures {
  key: string | number | null;
  started: number;
  answered: number;
  missed: number;
  offline: number;
  resolved: number;
  resolvedAtFirstContact: number;
  /** `sla_breached` events. */
  breaches: number;
  ratings: { count: number; sum: number; satisfied: number };
  /** First response by a bot: closed with no person assigned, or handed to a person. */
  bots: { resolved: number; handedOff: number };
  /**
   * Service levels, for live conversations of sites whose target is on: answered (or closed
   * unanswered) and answered within the target; resolved and resolved within it.
   */
  sla: { firstResponseWhole: number; firstResponseMet: number; resolutionWhole: number; resolutionMet: number };
  waitMs: MsPercentiles;
  firstResponseMs: MsPercentiles;
  resolutionMs: MsPercentiles;
  /** Counts per bucket of `distributionEdgesSeconds` (at or under each edge, above the one before), then the rest. */
  waitBuckets: number[];
  firstResponseBuckets: number[];
}

/** An agent's time online in the range, as intervals `[from, to)`: their chat time is measured within them. */
export interface OnlineInterval {
  agentId: string;
  from: number;
  to: number;
}

/** Proactive messages of the workspace's sites in the range: shown, replied to, goals reached. */
export interface ProactiveCounts {
  shown: number;
  replied: number;
  goals: number;
}

/** An agent's status change, with its time: the reports' time online and utilisation. */
export interface AgentStatusChange {
  agentId: string;
  workspaceId: string;
  status: AgentStatus;
  at: number;
}

/** Storage the reports read (`store.reports`); both adapters pass `reports-store-contract.ts`. */
export interface ReportsStore {
  /** The figures of the conversations the query selects, one entry per group that has any (none when none matched). */
  reportGroups(query: ReportGroupQuery): Promise<ReportGroupFigures[]>;
  /** Counts per local day that had conversations, oldest first: a lighter statement than a grouping (no event rows, no percentiles). */
  dayCounts(query: ReportFactQuery, zone: readonly ZoneOffset[]): Promise<DayCounts[]>;
  /** The latest rating comments (non-empty) of the conversations the query selects, newest first. */
  latestRatingComments(query: ReportFactQuery, limit: number): Promise<RatingComment[]>;
  /**
   * Per agent, the chat time held while online: for each conversation they hold, from its first
   * assignment to its last close (or `until`), overlapped with that agent's online intervals.
   * Agents with none are left out.
   */
  agentChatMs(query: ReportFactQuery, online: readonly OnlineInterval[], until: number): Promise<{ agentId: string; chatMs: number }[]>;
  /** Trigger events of these sites in `[from, to)` (a report's site filter narrows the list). */
  proactiveCounts(siteIds: readonly string[], from: number, to: number): Promise<ProactiveCounts>;
  recordAgentStatus(change: AgentStatusChange): Promise<void>;
  /**
   * Status changes of a workspace's agents in `[from, to)`, oldest first, preceded for each
   * agent by their last change before `from` (the status they started the range in).
   */
  agentStatusChanges(workspaceId: string, from: number, to: number): Promise<AgentStatusChange[]>;
}

/** How long after its last close a conversation's visitor coming back still counts against first-contact resolution. */
export const returnWindowMs = 7 * 86_400_000;

/** Upper edges of the wait and first-response distributions' buckets, in seconds; a last bucket takes the rest. */
export const distributionEdgesSeconds = [30, 60, 120, 300, 600, 1800, 3600] as const;

/** Satisfied: 4 or 5 out of 5 (a thumbs-up is 5). */
export const satisfiedScore = 4;

/** The figures of a group with no conversations (a store leaves such groups out). */
export function emptyReportGroup(key: ReportGroupFigures['key']): ReportGroupFigures {
  const none = (): MsPercentiles => ({ median: null, p90: null });
  const buckets = () => [...distributionEdgesSeconds, null].map(() => 0);
  return {
    key,
    started: 0,
    answered: 0,
    missed: 0,
    offline: 0,
    resolved: 0,
    resolvedAtFirstContact: 0,
    breaches: 0,
    ratings: { count: 0, sum: 0, satisfied: 0 },
    bots: { resolved: 0, handedOff: 0 },
    sla: { firstResponseWhole: 0, firstResponseMet: 0, resolutionWhole: 0, resolutionMet: 0 },
    waitMs: none(),
    firstResponseMs: none(),
    resolutionMs: none(),
    waitBuckets: buckets(),
    firstResponseBuckets: buckets(),
  };
}
