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
    const spans = new Map<string, [number, number][]>();
    for (const i of online) spans.set(i.agentId, [...(spans.get(i.agentId) ?? []), [i.from, i.to]]);
    for (const list of spans.values()) list.sort((a, b) => a[0] - b[0]);
    const chat = new Map<string, number>();
    // Three numbers per held conversation, overlapped here: joining the intervals in SQL (from
    // JSON, which SQLite will not index) scanned every interval for every conversation (2 s at 100,000).
    for (const [agentId, start, lastResolved] of this.s.held.raw().iterate(reportParams(q)) as Iterable<[string, number, number | null]>) {
      const list = spans.get(agentId);
      if (list) chat.set(agentId, (chat.get(agentId) ?? 0) + overlapMs(list, start, lastResolved ?? until));
    }
    return [...chat].map(([agentId, chatMs]) => ({ agentId, chatMs }));
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
    // Each held conversation's first assignment and last close.
    held: db.prepare(`
      SELECT c.assignee_id, r.assigned_at, r.last_resolved_at
      FROM conversations c JOIN conversation_report r ON r.conversation_id = c.id
      WHERE ${reportWhere} AND r.assigned_at IS NOT NULL AND c.assignee_id IS NOT NULL`),
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

/** How long `[start, end)` overlaps intervals sorted by start and disjoint: from the first that may overlap (found by halving). */
function overlapMs(spans: readonly [number, number][], start: number, end: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![1] <= start) lo = mid + 1;
    else hi = mid;
  }
  let n = 0;
  for (let i = lo; i < spans.length && spans[i]![0] < end; i++) n += Math.max(0, Math.min(spans[i]![1], end) - Math.max(spans[i]![0], start));
  return n;
}
