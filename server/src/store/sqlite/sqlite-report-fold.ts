import type { Database } from 'better-sqlite3';
import type { ConversationEvent } from '@parley/shared';

/**
 * What the reports read of a conversation's event log, kept folded in `conversation_report`
 * (one row per conversation) as each event is appended, in the same transaction: the reports
 * then read one row per conversation instead of grouping a million events. Appends are state
 * changes (never plain messages), so the extra write stays off the message path.
 */
export function prepareReportFold(db: Database): (e: ConversationEvent) => void {
  const upsert = db.prepare(`
    INSERT INTO conversation_report (conversation_id, queued_at, assigned_at, resolved_at, last_resolved_at, reopens, breaches, responder)
    VALUES (@id, @queued, @assigned, @resolved, @resolved, @reopen, @breach, @responder)
    ON CONFLICT (conversation_id) DO UPDATE SET
      queued_at = MIN(COALESCE(queued_at, excluded.queued_at), COALESCE(excluded.queued_at, queued_at)),
      assigned_at = MIN(COALESCE(assigned_at, excluded.assigned_at), COALESCE(excluded.assigned_at, assigned_at)),
      resolved_at = MIN(COALESCE(resolved_at, excluded.resolved_at), COALESCE(excluded.resolved_at, resolved_at)),
      last_resolved_at = MAX(COALESCE(last_resolved_at, excluded.last_resolved_at), COALESCE(excluded.last_resolved_at, last_resolved_at)),
      reopens = reopens + excluded.reopens,
      breaches = breaches + excluded.breaches,
      responder = COALESCE(responder, excluded.responder)`);
  return (e) => {
    const at = (kind: string) => (e.kind === kind ? e.at : null);
    const author = e.kind === 'first_response' ? e.data.authorType : null;
    upsert.run({
      id: e.conversationId,
      queued: at('queued'),
      assigned: at('assigned'),
      resolved: at('resolved'),
      reopen: e.kind === 'reopened' ? 1 : 0,
      breach: e.kind === 'sla_breached' ? 1 : 0,
      responder: typeof author === 'string' ? author : null,
    });
  };
}

/** Folds every stored event into `conversation_report` (an empty one): the migration's backfill, and bulk loads. */
export const reportFoldBackfill = `
  INSERT INTO conversation_report
    SELECT conversation_id,
      MIN(CASE WHEN kind = 'queued' THEN at END),
      MIN(CASE WHEN kind = 'assigned' THEN at END),
      MIN(CASE WHEN kind = 'resolved' THEN at END),
      MAX(CASE WHEN kind = 'resolved' THEN at END),
      SUM(kind = 'reopened'),
      SUM(kind = 'sla_breached'),
      MAX(CASE WHEN kind = 'first_response' THEN json_extract(data, '$.authorType') END)
    FROM conversation_events GROUP BY conversation_id;
`;

/** The table and its backfill from the events already stored (the reports' migration). */
export const reportFoldMigration = `
  CREATE TABLE conversation_report (
    conversation_id TEXT PRIMARY KEY,
    queued_at INTEGER,
    assigned_at INTEGER,
    resolved_at INTEGER,
    last_resolved_at INTEGER,
    reopens INTEGER NOT NULL DEFAULT 0,
    breaches INTEGER NOT NULL DEFAULT 0,
    responder TEXT
  ) WITHOUT ROWID;
  ${reportFoldBackfill}
`;
