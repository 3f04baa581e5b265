import type { Database } from 'better-sqlite3';
import type { AgentStatus, ConversationRating, RatingComment } from '@parley/shared';
import type { AgentStatusChange, DayCounts, OnlineInterval, ProactiveCounts, ReportFactQuery, ReportGroupFigures, ReportGroupQuery, ReportsStore, ZoneOffset } from '../reports-port.js';
import { ReportGroupStatements, registerReportDurations, reportParams, reportWhere } from './sqlite-report-groups.js';

interface CommentRow {
  id: string;
  rating: string;
}

interface StatusRow {
  agent_id: string;
  workspace_id: string;
  status: string;
  at: number;
}
const toChange = (r: StatusRow): AgentStatusChange => ({ agentId: r.agent_id, workspaceId: r.workspace_id, status: r.status as AgentStatus, at: r.at });

/** `store.reports` on SQLite: the figures by SQL over the folded rows (sqlite-report-groups.ts), status changes in their own table. */
export class SqliteReportsStore implements ReportsStore {
  private readonly s: ReturnType<typeof prepare>;
  private readonly groups: ReportGroupStatements;

  constructor(db: Database) {
    registerReportDurations(db);
    this.s = prepare(db);
    this.groups = new ReportGroupStatements(db);
  }

  async reportGroups(q: ReportGroupQuery): Promise<ReportGroupFigures[]> {
    return this.groups.groups(q);
  }

  async dayCounts(q: ReportFactQuery, zone: readonly ZoneOffset[]): Promise<DayCounts[]> {
    return this.groups.days(q, zone);
  }

  async latestRatingComments(q: ReportFactQuery, limit: number): Promise<RatingComment[]> {
    return (this.s.comments.all({ ...reportParams(q), limit }) as CommentRow[]).map((r) => {
      const rating = JSON.parse(r.rating) as ConversationRating;
      return { conversationId: r.id, score: rating.score, comment: rating.comment ?? '', ratedAt: rating.ratedAt };
    });
  }

  async agentChatMs(q: ReportFactQuery, online: readonly OnlineInterval[], until: number): Promise<{ agentId: string; chatMs: number }[]> {
    const intervals = JSON.stringify(online.map((i) => [i.agentId, i.from, i.to]));
    return (this.s.chat.all({ ...reportParams(q), online: intervals, until }) as { agent_id: string; chat_ms: number }[]).map((r) => ({
      agentId: r.agent_id,
      chatMs: r.chat_ms,
    }));
  }

  async proactiveCounts(siteIds: readonly string[], from: number, to: number): Promise<ProactiveCounts> {
    const counts: ProactiveCounts = { shown: 0, replied: 0, goals: 0 };
    for (const r of this.s.proactive.all({ sites: JSON.stringify(siteIds), from, to }) as { kind: string; n: number }[]) {
      if (r.kind === 'shown') counts.shown = r.n;
      if (r.kind === 'replied') counts.replied = r.n;
      if (r.kind === 'goal') counts.goals = r.n;
    }
    return counts;
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
    comments: db.prepare(`
      SELECT c.id, c.rating FROM conversations c
      WHERE ${reportWhere} AND json_extract(c.rating, '$.comment') <> ''
      ORDER BY json_extract(c.rating, '$.ratedAt') DESC, c.created_at, c.id LIMIT @limit`),
    // Each held conversation's [first assignment, last close or now) overlapped with its agent's online intervals.
    chat: db.prepare(`
      WITH iv AS (SELECT json_extract(value, '$[0]') AS agent_id, json_extract(value, '$[1]') AS a, json_extract(value, '$[2]') AS b FROM json_each(@online))
      SELECT c.assignee_id AS agent_id, SUM(MAX(0, MIN(iv.b, COALESCE(r.last_resolved_at, @until)) - MAX(iv.a, r.assigned_at))) AS chat_ms
      FROM conversations c JOIN conversation_report r ON r.conversation_id = c.id JOIN iv ON iv.agent_id = c.assignee_id
      WHERE ${reportWhere} AND r.assigned_at IS NOT NULL
      GROUP BY c.assignee_id`),
    proactive: db.prepare(`
      SELECT kind, COUNT(*) AS n FROM trigger_events
      WHERE site_id IN (SELECT value FROM json_each(@sites)) AND at >= @from AND at < @to AND kind IN ('shown', 'replied', 'goal')
      GROUP BY kind`),
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
