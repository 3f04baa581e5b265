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

// The range's conversations (conversations_by_created), each with its folded event row
// (conversation_report, kept by every append: sqlite-report-fold.ts) by primary key; a
// visitor's return is one probe of conversations_by_visitor.
const factsSql = `
  SELECT c.id, c.site_id, c.department_id, c.assignee_id, c.created_at, c.first_response_at, c.offline, c.missed, c.rating,
    r.queued_at, r.assigned_at, r.resolved_at, r.last_resolved_at, COALESCE(r.reopens, 0) AS reopens, COALESCE(r.breaches, 0) AS breaches, r.responder,
    CASE WHEN COALESCE(r.last_resolved_at, c.closed_at) IS NULL THEN 0 ELSE EXISTS (
      SELECT 1 FROM conversations n
      WHERE n.visitor_id = c.visitor_id AND n.id != c.id AND n.created_at > c.created_at
        AND n.created_at <= COALESCE(r.last_resolved_at, c.closed_at) + ${returnWindowMs}
    ) END AS returned
  FROM conversations c LEFT JOIN conversation_report r ON r.conversation_id = c.id
  WHERE c.workspace_id = @workspaceId AND c.created_at >= @from AND c.created_at < @to
    AND (@siteId IS NULL OR c.site_id = @siteId)
    AND (@departmentId IS NULL OR c.department_id = @departmentId)
    AND (@agentId IS NULL OR c.assignee_id = @agentId)
    AND (@tagId IS NULL OR c.id IN (SELECT conversation_id FROM conversation_tags WHERE tag_id = @tagId))
  ORDER BY c.created_at, c.id`;

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

/** `store.reports` on SQLite: the facts in one SQL statement over the folded rows, status changes in their own table. */
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
      tagId: q.tagId ?? null,
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
