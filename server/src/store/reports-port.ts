import type { AgentStatus, ConversationRating } from '@parley/shared';

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

/**
 * One conversation as the reports see it: its row's facts and what its event log says, folded
 * by the store (SQL on SQLite, an aggregation pipeline on MongoDB) into one small record, never
 * the events themselves. Times are epoch milliseconds; `null` when it never happened.
 */
export interface ReportFact {
  id: string;
  siteId: string;
  departmentId: string | null;
  agentId: string | null;
  createdAt: number;
  /** The first `queued` event. */
  queuedAt: number | null;
  /** The first `assigned` event (a person took it). */
  assignedAt: number | null;
  firstResponseAt: number | null;
  /** Who gave the first response (the `first_response` event's `authorType`). */
  firstResponder: 'agent' | 'bot' | null;
  /** The first `resolved` event. */
  resolvedAt: number | null;
  /** The last `resolved` event (after a reopen, the final close). */
  lastResolvedAt: number | null;
  reopened: boolean;
  missed: boolean;
  offline: boolean;
  /** How many `sla_breached` events it has. */
  breaches: number;
  rating: ConversationRating | null;
  /** The same visitor started another conversation within 7 days after the last close. */
  returnedWithinWeek: boolean;
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
  /** Facts of the conversations the query selects, oldest first. */
  reportFacts(query: ReportFactQuery): Promise<ReportFact[]>;
  recordAgentStatus(change: AgentStatusChange): Promise<void>;
  /**
   * Status changes of a workspace's agents in `[from, to)`, oldest first, preceded for each
   * agent by their last change before `from` (the status they started the range in).
   */
  agentStatusChanges(workspaceId: string, from: number, to: number): Promise<AgentStatusChange[]>;
}

/** How long after its last close a conversation's visitor coming back still counts against first-contact resolution. */
export const returnWindowMs = 7 * 86_400_000;
