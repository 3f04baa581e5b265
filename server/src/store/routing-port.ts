import type {
  AgentPresence,
  AgentRole,
  AgentStatus,
  Conversation,
  ConversationEvent,
  ConversationEventKind,
  Department,
  Site,
  SiteSettings,
} from '@parley/shared';

/** An agent as routing sees it: presence, load and the round-robin clock. */
export interface AgentRoutingState extends AgentPresence {
  /** When routing last gave this agent a conversation (0: never); round robin serves the oldest first. */
  lastAssignedAt: number;
}

export interface QueueRoute {
  departmentId: string | null;
  priority: number;
}

export interface ClaimOptions {
  /**
   * The most open conversations the agent may hold for the claim to succeed, counted inside
   * the same atomic operation; `null` skips the check (a manual pick, a supervisor's assignment).
   * An agent's own capacity wins when it is above 0; this is the site default otherwise.
   */
  defaultCapacity: number | null;
}

export interface Timings {
  /** Created to first response, most recent first. */
  firstResponseMs: number[];
  /** Assigned to closed, most recent first. */
  handleMs: number[];
}

export type DepartmentPatch = Partial<Pick<Department, 'name' | 'escalatesToId' | 'hours' | 'memberIds'>>;

/**
 * Storage for routing, a property of the store (`store.routing`). Operations marked atomic stay
 * correct when several server processes share one database: the capacity check and the claim
 * are one store operation, never a read in the service followed by a write.
 */
export interface RoutingStore {
  setAgentStatus(agentId: string, status: AgentStatus): Promise<void>;
  /** Connected: has a console socket somewhere (or lost it less than the grace period ago). */
  setAgentConnected(agentId: string, connected: boolean): Promise<void>;
  updateAgent(agentId: string, patch: { capacity?: number; role?: AgentRole }): Promise<void>;
  /** Every agent of the workspace with presence, load (open conversations) and departments. */
  listAgentStates(workspaceId: string): Promise<AgentRoutingState[]>;
  getAgentState(agentId: string): Promise<AgentRoutingState | null>;

  createDepartment(department: Department): Promise<Department>;
  updateDepartment(id: string, patch: DepartmentPatch): Promise<Department | null>;
  getDepartment(id: string): Promise<Department | null>;
  listDepartments(workspaceId: string): Promise<Department[]>;

  updateSiteSettings(siteId: string, settings: SiteSettings): Promise<Site | null>;
  setVisitorContact(visitorId: string, name: string, email: string): Promise<void>;

  /**
   * Atomic: a conversation that is not closed becomes waiting with no assignee, in `route`'s
   * queue from `at` (the agent it leaves, if any, gets a slot back). `null` when it is closed.
   */
  enqueue(conversationId: string, route: QueueRoute, at: number): Promise<Conversation | null>;
  /**
   * Waiting, unassigned, queued conversations of a workspace that no bot holds: highest
   * priority, then oldest first.
   */
  listQueue(workspaceId: string, limit: number): Promise<Conversation[]>;
  /**
   * Atomic: assigns a waiting, unassigned conversation no bot holds to `agentId` and opens it, only while
   * the agent holds fewer open conversations than their capacity (unless `defaultCapacity` is
   * `null`). Returns `null` when the conversation is taken or the agent is full; exactly one of
   * racing claims wins, and racing claims for one agent never exceed the capacity.
   */
  claim(conversationId: string, agentId: string, at: number, options: ClaimOptions): Promise<Conversation | null>;
  /** Atomic: gives a conversation that is not closed to `agentId`, whoever had it. */
  reassign(conversationId: string, agentId: string, at: number): Promise<Conversation | null>;
  /** Sets the first response time once; `null` when it was already set. */
  markFirstResponse(conversationId: string, at: number): Promise<Conversation | null>;
  /** Sets a service-level breach bit once; `true` only for the caller that set it. */
  markBreach(conversationId: string, bit: number): Promise<boolean>;
  /**
   * Atomic: a closed conversation (not missed, not offline) becomes waiting again with no
   * assignee; `null` when it is not closed, or the visitor already has another active one.
   */
  reopen(conversationId: string, at: number): Promise<Conversation | null>;
  /** Atomic: closes a conversation nobody has answered as missed; `null` when it is closed or answered. */
  closeAsMissed(conversationId: string, at: number): Promise<Conversation | null>;
  /** Waiting and open conversations of every workspace, for the service-level and idle sweeps. */
  listActive(limit: number): Promise<Conversation[]>;
  /** Recent timings of a site, for the wait estimate and the typical reply time. */
  recentTimings(siteId: string, limit: number): Promise<Timings>;

  appendEvent(event: ConversationEvent): Promise<void>;
  /** A conversation's history, oldest first. */
  listEvents(conversationId: string): Promise<ConversationEvent[]>;
  countEvents(workspaceId: string, kind: ConversationEventKind, since?: number): Promise<number>;
}
