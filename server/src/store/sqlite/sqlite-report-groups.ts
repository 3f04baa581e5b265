import type { Database, Statement } from 'better-sqlite3';
import {
  distributionEdgesSeconds,
  returnWindowMs,
  satisfiedScore,
  type DayCounts,
  type MsPercentiles,
  type ReportFactQuery,
  type ReportGroupFigures,
  type ReportGroupQuery,
  type ZoneOffset,
} from '../reports-port.js';
import { durationFigures } from '../report-percentiles.js';

/**
 * The reports' figures in one SQL statement per grouping: the range's conversations
 * (conversations_by_created) joined by primary key to their folded event row
 * (conversation_report, kept by every append: sqlite-report-fold.ts), summed, counted and
 * bucketed by SQLite, with the percentiles and distribution buckets by `report_durations`, an
 * aggregate function this module registers on the connection. SQLite's own `percentile_disc` rounds its rank down
 * (⌊p·(n−1)⌋), not to the nearest rank the reports promise, and ranking with window functions
 * sorts each measure again: eight times the CPU of one pass with this aggregate.
 */

/** Registers `report_durations(ms)`: `[median, p90, ...bucket counts]` (report-percentiles.ts) as JSON text, or NULL with no values. */
export function registerReportDurations(db: Database): void {
  db.aggregate('report_durations', {
    start: () => [] as number[],
    step: (values: number[], v: unknown) => {
      if (typeof v === 'number' || typeof v === 'bigint') values.push(Number(v));
    },
    result: (values: number[]) => {
      if (values.length === 0) return null;
      const d = durationFigures(Float64Array.from(values));
      return JSON.stringify([d.median, d.p90, ...d.buckets]);
    },
  });
}

/** Keeps instants and offsets out of the SQL text unless they are plain integers (they are inlined). */
function int(n: number): number {
  if (!Number.isSafeInteger(n)) throw new Error(`not an integer: ${n}`);
  return n;
}

/** Local time of `c.created_at` in epoch ms: its UTC time plus the zone's offset then. */
function localExpr(zone: readonly ZoneOffset[]): string {
  if (zone.length === 0) return 'c.created_at';
  const branches = zone
    .slice(1)
    .reverse()
    .map((z) => `WHEN c.created_at >= ${int(z.from)} THEN ${int(z.offsetMs)}`)
    .join(' ');
  const first = int(zone[0]!.offsetMs);
  return branches ? `(c.created_at + CASE ${branches} ELSE ${first} END)` : `(c.created_at + ${first})`;
}

/** Days since 1970-01-01 in local time. */
export const localDayExpr = (zone: readonly ZoneOffset[]) => `${localExpr(zone)} / 86400000`;

function keyExpr(q: ReportGroupQuery): string {
  const local = localExpr(q.zone);
  switch (q.groupBy) {
    case 'all':
      return 'NULL';
    case 'hourOfWeek':
      // 1970-01-01 was a Thursday: Monday-based weekday = (day + 3) mod 7.
      return `((${local} / 86400000 + 3) % 7) * 24 + (${local} % 86400000) / 3600000`;
    case 'agent':
      return 'c.assignee_id';
    case 'department':
      return 'c.department_id';
  }
}

/** The range, workspace and filters: shared by every report statement (parameters of `reportParams`). */
export const reportWhere = `c.workspace_id = @workspaceId AND c.created_at >= @from AND c.created_at < @to
    AND (@siteId IS NULL OR c.site_id = @siteId)
    AND (@departmentId IS NULL OR c.department_id = @departmentId)
    AND (@agentId IS NULL OR c.assignee_id = @agentId)
    AND (@tagId IS NULL OR c.id IN (SELECT conversation_id FROM conversation_tags WHERE tag_id = @tagId))`;

export function reportParams(q: ReportFactQuery) {
  return {
    workspaceId: q.workspaceId,
    from: q.from,
    to: q.to,
    siteId: q.siteId ?? null,
    departmentId: q.departmentId ?? null,
    agentId: q.agentId ?? null,
    tagId: q.tagId ?? null,
  };
}

function groupsSql(q: ReportGroupQuery): string {
  return `
  WITH t AS MATERIALIZED (SELECT json_extract(value, '$[0]') AS site_id, json_extract(value, '$[1]') AS fr, json_extract(value, '$[2]') AS res FROM json_each(@targets)),
  f AS MATERIALIZED (
    SELECT c.id, c.visitor_id, c.created_at, c.first_response_at IS NOT NULL AS answered, c.missed, c.offline,
      CASE WHEN r.queued_at IS NOT NULL AND r.assigned_at >= r.queued_at THEN r.assigned_at - r.queued_at END AS wait_ms,
      CASE WHEN c.offline = 0 AND c.first_response_at IS NOT NULL THEN c.first_response_at - c.created_at END AS first_ms,
      CASE WHEN r.last_resolved_at IS NOT NULL AND c.missed = 0 AND c.offline = 0 THEN r.last_resolved_at - c.created_at END AS res_ms,
      r.last_resolved_at, COALESCE(r.reopens, 0) AS reopens, COALESCE(r.breaches, 0) AS breaches, r.responder, r.assigned_at,
      json_extract(c.rating, '$.score') AS score, COALESCE(t.fr, 0) AS fr, COALESCE(t.res, 0) AS res,
      ${keyExpr(q)} AS k
    FROM conversations c LEFT JOIN conversation_report r ON r.conversation_id = c.id LEFT JOIN t ON t.site_id = c.site_id
    WHERE ${reportWhere}
  )
  SELECT k, COUNT(*) AS started, SUM(answered) AS answered, SUM(missed) AS missed, SUM(offline) AS offline, COUNT(res_ms) AS resolved,
    SUM(CASE WHEN res_ms IS NOT NULL AND reopens = 0 THEN NOT EXISTS (
      SELECT 1 FROM conversations n
      WHERE n.visitor_id = f.visitor_id AND n.id != f.id AND n.created_at > f.created_at AND n.created_at <= f.last_resolved_at + ${returnWindowMs}
    ) ELSE 0 END) AS first_contact,
    SUM(breaches) AS breaches, COUNT(score) AS ratings, COALESCE(SUM(score), 0) AS rating_sum, COALESCE(SUM(score >= ${satisfiedScore}), 0) AS satisfied,
    SUM(responder = 'bot' AND assigned_at IS NULL AND res_ms IS NOT NULL) AS bot_resolved,
    SUM(responder = 'bot' AND assigned_at IS NOT NULL) AS bot_handed_off,
    SUM(offline = 0 AND fr > 0 AND (answered OR last_resolved_at IS NOT NULL)) AS fr_whole,
    SUM(offline = 0 AND fr > 0 AND first_ms IS NOT NULL AND first_ms <= fr) AS fr_met,
    SUM(res > 0 AND res_ms IS NOT NULL) AS res_whole,
    SUM(res > 0 AND res_ms IS NOT NULL AND res_ms <= res) AS res_met,
    report_durations(wait_ms) AS wait_d, report_durations(first_ms) AS first_d, report_durations(res_ms) AS res_d
  FROM f GROUP BY k`;
}

type GroupRow = Record<string, number | string | null>;

/** A `report_durations` answer: its percentiles and buckets (all zero with no values). */
function durations(json: unknown): { p: MsPercentiles; buckets: number[] } {
  if (typeof json !== 'string') return { p: { median: null, p90: null }, buckets: [...distributionEdgesSeconds, null].map(() => 0) };
  const [median, p90, ...buckets] = JSON.parse(json) as number[];
  return { p: { median: median!, p90: p90! }, buckets };
}
const num = (v: unknown) => Number(v ?? 0);

function toFigures(row: GroupRow): ReportGroupFigures {
  const [wait, first, res] = [durations(row.wait_d), durations(row.first_d), durations(row.res_d)];
  return {
    key: row.k ?? null,
    started: num(row.started),
    answered: num(row.answered),
    missed: num(row.missed),
    offline: num(row.offline),
    resolved: num(row.resolved),
    resolvedAtFirstContact: num(row.first_contact),
    breaches: num(row.breaches),
    ratings: { count: num(row.ratings), sum: num(row.rating_sum), satisfied: num(row.satisfied) },
    bots: { resolved: num(row.bot_resolved), handedOff: num(row.bot_handed_off) },
    sla: { firstResponseWhole: num(row.fr_whole), firstResponseMet: num(row.fr_met), resolutionWhole: num(row.res_whole), resolutionMet: num(row.res_met) },
    waitMs: wait.p,
    firstResponseMs: first.p,
    resolutionMs: res.p,
    waitBuckets: wait.buckets,
    firstResponseBuckets: first.buckets,
  };
}

const daysSql = (zone: readonly ZoneOffset[]) => `
  SELECT ${localDayExpr(zone)} AS day, COUNT(*) AS started, SUM(c.first_response_at IS NOT NULL) AS answered, SUM(c.missed) AS missed
  FROM conversations c WHERE ${reportWhere}
  GROUP BY day ORDER BY day`;

/** Prepared statements by their SQL (a grouping and a zone's offsets make one); a handful in use at a time. */
export class ReportGroupStatements {
  private readonly cache = new Map<string, Statement>();

  constructor(private readonly db: Database) {}

  groups(q: ReportGroupQuery): ReportGroupFigures[] {
    const targets = JSON.stringify(q.targets.map((t) => [t.siteId, t.firstResponseMs, t.resolutionMs]));
    return (this.statement(groupsSql(q)).all({ ...reportParams(q), targets }) as GroupRow[]).map(toFigures);
  }

  days(q: ReportFactQuery, zone: readonly ZoneOffset[]): DayCounts[] {
    return this.statement(daysSql(zone)).all(reportParams(q)) as DayCounts[];
  }

  private statement(sql: string): Statement {
    let st = this.cache.get(sql);
    if (!st) {
      if (this.cache.size >= 32) this.cache.delete(this.cache.keys().next().value!);
      st = this.db.prepare(sql);
      this.cache.set(sql, st);
    }
    return st;
  }
}
