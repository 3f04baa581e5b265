import type { Database } from 'better-sqlite3';
import type {
  AgentRole,
  AgentStatus,
  Conversation,
  ConversationEvent,
  ConversationEventKind,
  Department,
  Site,
  SiteSettings,
} from '@parley/shared';
import type { AgentRoutingState, ClaimOptions, DepartmentPatch, QueueRoute, RoutingStore, Timings } from '../routing-port.js';
import { toConversation, toSite, type ConversationRow, type SiteRow } from './sqlite-rows.js';
import {
  toAgentState,
  toDepartment,
  toEvent,
  type AgentStateRow,
  type DepartmentRow,
  type EventRow,
} from './sqlite-routing-rows.js';
import { prepareReportFold } from './sqlite-report-fold.js';

/**
 * Routing on the SQLite file, sharing the store's Database handle. better-sqlite3 runs each
 * statement to completion, and every write that checks before it changes runs as one
 * conditional UPDATE inside a `BEGIN IMMEDIATE` transaction: SQLite takes the write lock before
 * the check, so processes sharing the file see each other's claims and never oversubscribe.
 */
export class SqliteRoutingStore implements RoutingStore {
  private readonly s: ReturnType<typeof prepare>;

  private readonly appendFolded: (e: ConversationEvent) => void;

  constructor(private readonly db: Database) {
    this.s = prepare(db);
    const fold = prepareReportFold(db);
    // The event and the reports' folded row change together or not at all.
    this.appendFolded = db.transaction((e: ConversationEvent) => {
      this.s.insertEvent.run(e.conversationId, e.workspaceId, e.siteId, e.kind, e.at, e.agentId, e.departmentId, JSON.stringify(e.data));
      fold(e);
    });
  }

  async setAgentStatus(agentId: string, status: AgentStatus): Promise<void> {
    this.s.setStatus.run(status, agentId);
  }
  async setAgentConnected(agentId: string, connected: boolean): Promise<void> {
    this.s.setConnected.run(connected ? 1 : 0, agentId);
  }
  async updateAgent(agentId: string, patch: { capacity?: number; role?: AgentRole }): Promise<void> {
    if (patch.capacity !== undefined) this.s.setCapacity.run(patch.capacity, agentId);
    if (patch.role !== undefined) this.s.setRole.run(patch.role, agentId);
  }
  async listAgentStates(workspaceId: string): Promise<AgentRoutingState[]> {
    const departments = await this.listDepartments(workspaceId);
    return (this.s.agentStates.all(workspaceId) as AgentStateRow[]).map((r) => toAgentState(r, departments));
  }
  async getAgentState(agentId: string): Promise<AgentRoutingState | null> {
    const row = this.s.agentState.get(agentId) as AgentStateRow | undefined;
    if (!row) return null;
    return toAgentState(row, await this.listDepartments(row.workspace_id));
  }

  async createDepartment(d: Department): Promise<Department> {
    this.s.insertDepartment.run(
      d.id,
      d.workspaceId,
      d.name,
      d.escalatesToId,
      d.hours ? JSON.stringify(d.hours) : null,
      JSON.stringify(d.memberIds),
      d.createdAt,
    );
    return d;
  }
  async updateDepartment(id: string, patch: DepartmentPatch): Promise<Department | null> {
    return this.db
      .transaction(() => {
        const row = this.s.getDepartment.get(id) as DepartmentRow | undefined;
        if (!row) return null;
        const next = { ...toDepartment(row), ...patch };
        this.s.updateDepartment.run(
          next.name,
          next.escalatesToId,
          next.hours ? JSON.stringify(next.hours) : null,
          JSON.stringify(next.memberIds),
          id,
        );
        return next;
      })
      .immediate();
  }
  async getDepartment(id: string): Promise<Department | null> {
    const row = this.s.getDepartment.get(id) as DepartmentRow | undefined;
    return row ? toDepartment(row) : null;
  }
  async listDepartments(workspaceId: string): Promise<Department[]> {
    return (this.s.listDepartments.all(workspaceId) as DepartmentRow[]).map(toDepartment);
  }

  async updateSiteSettings(siteId: string, settings: SiteSettings): Promise<Site | null> {
    const row = this.s.setSiteSettings.get(JSON.stringify(settings), siteId) as SiteRow | undefined;
    return row ? toSite(row) : null;
  }
  async setVisitorContact(visitorId: string, name: string, email: string): Promise<void> {
    this.s.setVisitorContact.run(name, email, visitorId);
  }

  async enqueue(conversationId: string, route: QueueRoute, at: number): Promise<Conversation | null> {
    return this.row(this.s.enqueue.get(route.departmentId, route.priority, at, at, conversationId));
  }
  async listQueue(workspaceId: string, limit: number): Promise<Conversation[]> {
    return (this.s.queue.all(workspaceId, limit) as ConversationRow[]).map(toConversation);
  }

  async claim(conversationId: string, agentId: string, at: number, options: ClaimOptions): Promise<Conversation | null> {
    return this.db
      .transaction(() => {
        const row =
          options.defaultCapacity === null
            ? this.s.claimAny.get(agentId, at, at, conversationId)
            : this.s.claimWithinCapacity.get(agentId, at, at, conversationId, agentId, options.defaultCapacity, agentId);
        if (row) this.s.touchAssigned.run(at, agentId);
        return this.row(row);
      })
      .immediate();
  }
  async reassign(conversationId: string, agentId: string, at: number): Promise<Conversation | null> {
    return this.db
      .transaction(() => {
        const row = this.s.reassign.get(agentId, at, at, conversationId);
        if (row) this.s.touchAssigned.run(at, agentId);
        return this.row(row);
      })
      .immediate();
  }
  async markFirstResponse(conversationId: string, at: number): Promise<Conversation | null> {
    return this.row(this.s.firstResponse.get(at, conversationId));
  }
  async markBreach(conversationId: string, bit: number): Promise<boolean> {
    return this.s.breach.run(bit, conversationId, bit).changes === 1;
  }
  async reopen(conversationId: string, at: number): Promise<Conversation | null> {
    try {
      return this.row(this.s.reopen.get(at, at, conversationId));
    } catch (err) {
      // The visitor already has another conversation that is not closed: the unique index says no.
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') return null;
      throw err;
    }
  }
  async closeAsMissed(conversationId: string, at: number): Promise<Conversation | null> {
    return this.row(this.s.closeMissed.get(at, at, conversationId));
  }
  async listActive(limit: number): Promise<Conversation[]> {
    return (this.s.active.all(limit) as ConversationRow[]).map(toConversation);
  }
  async recentTimings(siteId: string, limit: number): Promise<Timings> {
    const first = this.s.firstResponseTimes.all(siteId, limit) as { ms: number }[];
    const handle = this.s.handleTimes.all(siteId, limit) as { ms: number }[];
    return { firstResponseMs: first.map((r) => r.ms), handleMs: handle.map((r) => r.ms) };
  }

  async appendEvent(e: ConversationEvent): Promise<void> {
    this.appendFolded(e);
  }
  async listEvents(conversationId: string): Promise<ConversationEvent[]> {
    return (this.s.listEvents.all(conversationId) as EventRow[]).map(toEvent);
  }
  async countEvents(workspaceId: string, kind: ConversationEventKind, since = 0): Promise<number> {
    return (this.s.countEvents.get(workspaceId, kind, since) as { n: number }).n;
  }

  private row(row: unknown): Conversation | null {
    return row ? toConversation(row as ConversationRow) : null;
  }
}

const agentStateSelect = `
  SELECT a.*, (SELECT COUNT(*) FROM conversations c WHERE c.assignee_id = a.id AND c.status = 'open') AS active_chats
  FROM agents a`;

function prepare(db: Database) {
  return {
    setStatus: db.prepare('UPDATE agents SET status = ? WHERE id = ?'),
    setConnected: db.prepare('UPDATE agents SET connected = ? WHERE id = ?'),
    setCapacity: db.prepare('UPDATE agents SET capacity = ? WHERE id = ?'),
    setRole: db.prepare('UPDATE agents SET role = ? WHERE id = ?'),
    agentStates: db.prepare(`${agentStateSelect} WHERE a.workspace_id = ? ORDER BY a.created_at, a.id`),
    agentState: db.prepare(`${agentStateSelect} WHERE a.id = ?`),
    insertDepartment: db.prepare(
      'INSERT INTO departments (id, workspace_id, name, escalates_to_id, hours, member_ids, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    updateDepartment: db.prepare('UPDATE departments SET name = ?, escalates_to_id = ?, hours = ?, member_ids = ? WHERE id = ?'),
    getDepartment: db.prepare('SELECT * FROM departments WHERE id = ?'),
    listDepartments: db.prepare('SELECT * FROM departments WHERE workspace_id = ? ORDER BY created_at, id'),
    setSiteSettings: db.prepare('UPDATE sites SET settings = ? WHERE id = ? RETURNING *'),
    setVisitorContact: db.prepare('UPDATE visitors SET name = ?, email = ? WHERE id = ?'),
    enqueue: db.prepare(
      `UPDATE conversations SET status = 'waiting', assignee_id = NULL, department_id = ?, priority = ?, queued_at = ?, updated_at = ?
       WHERE id = ? AND status != 'closed' RETURNING *`,
    ),
    queue: db.prepare(
      `SELECT * FROM conversations
       WHERE workspace_id = ? AND status = 'waiting' AND assignee_id IS NULL AND queued_at IS NOT NULL AND bot_id IS NULL
       ORDER BY priority DESC, queued_at, id LIMIT ?`,
    ),
    claimAny: db.prepare(
      `UPDATE conversations SET assignee_id = ?, status = 'open', updated_at = ?, assigned_at = ?
       WHERE id = ? AND status = 'waiting' AND assignee_id IS NULL AND bot_id IS NULL RETURNING *`,
    ),
    // The capacity check and the claim in one statement: counted under the write lock.
    claimWithinCapacity: db.prepare(
      `UPDATE conversations SET assignee_id = ?, status = 'open', updated_at = ?, assigned_at = ?
       WHERE id = ? AND status = 'waiting' AND assignee_id IS NULL AND bot_id IS NULL
         AND (SELECT COUNT(*) FROM conversations WHERE assignee_id = ? AND status = 'open')
           < (SELECT CASE WHEN capacity > 0 THEN capacity ELSE ? END FROM agents WHERE id = ?)
       RETURNING *`,
    ),
    touchAssigned: db.prepare('UPDATE agents SET last_assigned_at = ? WHERE id = ?'),
    reassign: db.prepare(
      `UPDATE conversations SET assignee_id = ?, status = 'open', updated_at = ?, assigned_at = ?
       WHERE id = ? AND status != 'closed' RETURNING *`,
    ),
    firstResponse: db.prepare(
      'UPDATE conversations SET first_response_at = ? WHERE id = ? AND first_response_at IS NULL RETURNING *',
    ),
    breach: db.prepare('UPDATE conversations SET sla_breaches = sla_breaches | ? WHERE id = ? AND (sla_breaches & ?) = 0'),
    reopen: db.prepare(
      `UPDATE conversations SET status = 'waiting', assignee_id = NULL, closed_at = NULL, queued_at = ?, updated_at = ?
       WHERE id = ? AND status = 'closed' AND missed = 0 AND offline = 0 RETURNING *`,
    ),
    closeMissed: db.prepare(
      `UPDATE conversations SET status = 'closed', missed = 1, closed_at = ?, updated_at = ?
       WHERE id = ? AND status != 'closed' AND first_response_at IS NULL RETURNING *`,
    ),
    active: db.prepare("SELECT * FROM conversations WHERE status != 'closed' ORDER BY created_at LIMIT ?"),
    firstResponseTimes: db.prepare(
      `SELECT first_response_at - created_at AS ms FROM conversations
       WHERE site_id = ? AND first_response_at IS NOT NULL ORDER BY first_response_at DESC LIMIT ?`,
    ),
    handleTimes: db.prepare(
      `SELECT closed_at - assigned_at AS ms FROM conversations
       WHERE site_id = ? AND status = 'closed' AND assigned_at IS NOT NULL AND missed = 0 ORDER BY closed_at DESC LIMIT ?`,
    ),
    insertEvent: db.prepare(
      `INSERT INTO conversation_events (conversation_id, workspace_id, site_id, kind, at, agent_id, department_id, data)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    listEvents: db.prepare('SELECT * FROM conversation_events WHERE conversation_id = ? ORDER BY seq'),
    countEvents: db.prepare('SELECT COUNT(*) AS n FROM conversation_events WHERE workspace_id = ? AND kind = ? AND at >= ?'),
  };
}
