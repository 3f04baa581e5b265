import type { Database } from 'better-sqlite3';
import type { AgentStatus, ConversationRating } from '@parley/shared';
import { returnWindowMs, type AgentStatusChange, type ReportFact, type ReportFactQuery, type ReportsStore } from '../reports-port.js';

interface FactRow {
  id: string;
  site_id: string;
  department_id: string | null;
  assignee_id: string | null;
  created_at: number;
  first_response_at: number | null;
  offline: number;
  missed: number;
  rating: string | null;
  queued_at: number | null;
  assigned_at: number | null;
  resolved_at: number | null;
  last_resolved_at: number | null;
  reopens: number;
  breaches: number;
  responder: string | null;
  returned: number;
}

// One pass: the range's conversations (conversations_by_created), each joined to its own
// events (conversation_events_by_conversation) and folded by GROUP BY; a visitor's return is
// one probe of conversations_by_visitor.
const factsSql = `
  WITH picked AS (
    SELECT id, site_id, department_id, assignee_id, visitor_id, created_at, closed_at, first_response_at, offline, missed, rating
    FROM conversations
    WHERE workspace_id = @workspaceId AND created_at >= @from AND created_at < @to
      AND (@siteId IS NULL OR site_id = @siteId)
      AND (@departmentId IS NULL OR department_id = @departmentId)
      AND (@agentId IS NULL OR assignee_id = @agentId)
  ), folded AS (
    SELECT p.*,
      MIN(CASE WHEN e.kind = 'queued' THEN e.at END) AS queued_at,
      MIN(CASE WHEN e.kind = 'assigned' THEN e.at END) AS assigned_at,
      MIN(CASE WHEN e.kind = 'resolved' THEN e.at END) AS resolved_at,
      MAX(CASE WHEN e.kind = 'resolved' THEN e.at END) AS last_resolved_at,
      COALESCE(SUM(e.kind = 'reopened'), 0) AS reopens,
      COALESCE(SUM(e.kind = 'sla_breached'), 0) AS breaches,
      MAX(CASE WHEN e.kind = 'first_response' THEN json_extract(e.data, '$.authorType') END) AS responder
    FROM picked p LEFT JOIN conversation_events e ON e.conversation_id = p.id
    GROUP BY p.id
  )
  SELECT f.*,
    CASE WHEN COALESCE(f.last_resolved_at, f.closed_at) IS NULL THEN 0 ELSE EXISTS (
      SELECT 1 FROM conversations n
      WHERE n.visitor_id = f.visitor_id AND n.id != f.id AND n.created_at > f.created_at
        AND n.created_at <= COALESCE(f.last_resolved_at, f.closed_at) + ${returnWindowMs}
    ) END AS returned
  FROM folded f
  ORDER BY f.created_at, f.id`;

const toFact = (r: FactRow): ReportFact => ({
  id: r.id,
  siteId: r.site_id,
  departmentId: r.department_id,
  agentId: r.assignee_id,
  createdAt: r.created_at,
  queuedAt: r.queued_at,
  assignedAt: r.assigned_at,
  firstResponseAt: r.first_response_at,
  firstResponder: r.responder === 'agent' || r.responder === 'bot' ? r.responder : null,
  resolvedAt: r.resolved_at,
  lastResolvedAt: r.last_resolved_at,
  reopened: r.reopens > 0,
  missed: r.missed === 1,
  offline: r.offline === 1,
  breaches: r.breaches,
  rating: r.rating ? (JSON.parse(r.rating) as ConversationRating) : null,
  returnedWithinWeek: r.returned === 1,
});

interface StatusRow {
  agent_id: string;
  workspace_id: string;
  status: string;
  at: number;
}
const toChange = (r: StatusRow): AgentStatusChange => ({ agentId: r.agent_id, workspaceId: r.workspace_id, status: r.status as AgentStatus, at: r.at });

/** `store.reports` on SQLite: the facts in one SQL statement, status changes in their own table. */
export class SqliteReportsStore implements ReportsStore {
  private readonly s: ReturnType<typeof prepare>;

  constructor(db: Database) {
    this.s = prepare(db);
  }

  async reportFacts(q: ReportFactQuery): Promise<ReportFact[]> {
    const rows = this.s.facts.all({
      workspaceId: q.workspaceId,
      from: q.from,
      to: q.to,
      siteId: q.siteId ?? null,
      departmentId: q.departmentId ?? null,
      agentId: q.agentId ?? null,
    }) as FactRow[];
    return rows.map(toFact);
  }

  async recordAgentStatus(c: AgentStatusChange): Promise<void> {
    this.s.insertStatus.run(c.agentId, c.workspaceId, c.status, c.at);
  }

  async agentStatusChanges(workspaceId: string, from: number, to: number): Promise<AgentStatusChange[]> {
    return (this.s.statusChanges.all({ workspaceId, from, to }) as StatusRow[]).map(toChange);
  }
}

function prepare(db: Database) {
  return {
    facts: db.prepare(factsSql),
    insertStatus: db.prepare('INSERT INTO agent_status_changes (agent_id, workspace_id, status, at) VALUES (?, ?, ?, ?)'),
    // Each agent's last change before `from` (the status they start the range in), then the range's.
    statusChanges: db.prepare(`
      SELECT agent_id, workspace_id, status, at FROM (
        SELECT agent_id, workspace_id, status, at, seq FROM (
          SELECT *, ROW_NUMBER() OVER (PARTITION BY agent_id ORDER BY at DESC, seq DESC) AS rn FROM agent_status_changes
          WHERE workspace_id = @workspaceId AND at < @from
        ) WHERE rn = 1
        UNION ALL
        SELECT agent_id, workspace_id, status, at, seq FROM agent_status_changes
        WHERE workspace_id = @workspaceId AND at >= @from AND at < @to
      ) ORDER BY at, seq`),
  };
}
