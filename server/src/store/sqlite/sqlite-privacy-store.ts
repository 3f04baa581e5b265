import type { Database } from 'better-sqlite3';
import type { Conversation, Site } from '@parley/shared';
import type { PrivacyStore, RetentionRun } from '../privacy-port.js';
import { toConversation, toSite, type ConversationRow, type SiteRow } from './sqlite-rows.js';

interface RetentionRunRow {
  id: string;
  workspace_id: string;
  site_id: string;
  started_at: number;
  finished_at: number;
  retention_days: number;
  cutoff: number;
  conversations: number;
  messages: number;
  files: number;
  visitors: number;
}
const toRun = (r: RetentionRunRow): RetentionRun => ({
  id: r.id,
  workspaceId: r.workspace_id,
  siteId: r.site_id,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  retentionDays: r.retention_days,
  cutoff: r.cutoff,
  conversations: r.conversations,
  messages: r.messages,
  files: r.files,
  visitors: r.visitors,
});

/** `store.privacy` on SQLite: each call one statement or one transaction. */
export class SqlitePrivacyStore implements PrivacyStore {
  private readonly s;

  constructor(private readonly db: Database) {
    this.s = {
      allSites: db.prepare('SELECT * FROM sites WHERE deleted_at IS NULL ORDER BY created_at, id'),
      conversationsDue: db.prepare(
        "SELECT * FROM conversations WHERE site_id = ? AND status = 'closed' AND updated_at < ? ORDER BY updated_at, id LIMIT ?",
      ),
      visitorsDue: db.prepare(
        `SELECT v.id FROM visitors v WHERE v.site_id = ? AND v.last_seen_at < ?
           AND NOT EXISTS (SELECT 1 FROM conversations c WHERE c.visitor_id = v.id)
           AND NOT EXISTS (SELECT 1 FROM contact_visitors l WHERE l.visitor_id = v.id)
         ORDER BY v.last_seen_at, v.id LIMIT ?`,
      ),
      visitorConversations: db.prepare('SELECT * FROM conversations WHERE visitor_id = ? ORDER BY created_at DESC, rowid DESC'),
      deleteVisitorParts: ['trigger_events', 'contact_visitors'].map((table) => db.prepare(`DELETE FROM ${table} WHERE visitor_id = ?`)),
      deleteVisitor: db.prepare('DELETE FROM visitors WHERE id = ?'),
      takeLease: db.prepare(
        `INSERT INTO leases (name, holder, until) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, until = excluded.until
         WHERE leases.until <= ? OR leases.holder = excluded.holder`,
      ),
      insertRun: db.prepare(
        `INSERT INTO retention_runs (id, workspace_id, site_id, started_at, finished_at, retention_days, cutoff, conversations, messages, files, visitors)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      listRuns: db.prepare('SELECT * FROM retention_runs WHERE site_id = ? ORDER BY started_at DESC, rowid DESC LIMIT ?'),
    };
  }

  async allSites(): Promise<Site[]> {
    return (this.s.allSites.all() as SiteRow[]).map(toSite);
  }

  async conversationsDue(siteId: string, before: number, limit: number): Promise<Conversation[]> {
    return (this.s.conversationsDue.all(siteId, before, limit) as ConversationRow[]).map(toConversation);
  }

  async visitorsDue(siteId: string, before: number, limit: number): Promise<string[]> {
    return (this.s.visitorsDue.all(siteId, before, limit) as { id: string }[]).map((r) => r.id);
  }

  async visitorConversations(visitorId: string): Promise<Conversation[]> {
    return (this.s.visitorConversations.all(visitorId) as ConversationRow[]).map(toConversation);
  }

  async deleteVisitor(visitorId: string): Promise<boolean> {
    return this.db.transaction(() => {
      for (const statement of this.s.deleteVisitorParts) statement.run(visitorId);
      return this.s.deleteVisitor.run(visitorId).changes > 0;
    })();
  }

  async takeLease(name: string, holder: string, now: number, ms: number): Promise<boolean> {
    return this.s.takeLease.run(name, holder, now + ms, now).changes > 0;
  }

  async recordRetentionRun(r: RetentionRun): Promise<void> {
    this.s.insertRun.run(r.id, r.workspaceId, r.siteId, r.startedAt, r.finishedAt, r.retentionDays, r.cutoff, r.conversations, r.messages, r.files, r.visitors);
  }

  async listRetentionRuns(siteId: string, limit: number): Promise<RetentionRun[]> {
    return (this.s.listRuns.all(siteId, limit) as RetentionRunRow[]).map(toRun);
  }
}
