import type { Database, Statement } from 'better-sqlite3';
import type { Message } from '@parley/shared';
import type { IndexedMessage, MessageSearchOptions, MessageSearchPage, SearchStore } from '../search-port.js';
import { toMessage, type MessageRow } from './sqlite-rows.js';

/**
 * The search index in SQLite: an FTS5 table keyed by the message's rowid, holding the domain's
 * terms (space-separated; the tokenizer keeps `:`, `_` and `-` inside a term) and one `w:<id>`
 * term for the workspace. FTS5 answers the AND of the terms newest rowid first.
 */
export class SqliteSearchStore implements SearchStore {
  private readonly s;
  private readonly inTransaction: <T>(work: () => T) => T;
  /** One statement per set of conversation filters in use (at most 2⁵). */
  private readonly searches = new Map<string, Statement>();

  constructor(private readonly db: Database) {
    this.s = {
      index: db.prepare('INSERT OR REPLACE INTO message_fts (rowid, terms) SELECT rowid, ? FROM messages WHERE id = ?'),

      newest: db.prepare('SELECT coalesce(max(rowid), 0) AS at FROM message_fts'),
      // A window below the newest indexed rowid: indexing runs a little behind, and out of order.
      pending: db.prepare(
        `SELECT m.* FROM messages m WHERE m.rowid > ? AND m.author_type != 'system'
           AND NOT EXISTS (SELECT 1 FROM message_fts f WHERE f.rowid = m.rowid) ORDER BY m.rowid LIMIT ?`,
      ),
    };
    this.inTransaction = <T>(work: () => T) => db.transaction(work).immediate();
  }

  async indexMessages(messages: IndexedMessage[]): Promise<void> {
    if (!messages.length) return;
    this.inTransaction(() => {
      for (const m of messages) this.s.index.run([`w:${m.workspaceId}`, ...m.terms].join(' '), m.messageId);
    });
  }

  async searchMessages(workspaceId: string, terms: string[], o: MessageSearchOptions): Promise<MessageSearchPage> {
    if (!terms.length || o.limit <= 0) return { hits: [], next: null };
    const match = [`w:${workspaceId}`, ...terms].map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ');
    const before = o.before && /^\d+$/.test(o.before) ? Number(o.before) : Number.MAX_SAFE_INTEGER;
    const f = o.conversation ?? {};
    const filters = (
      [
        ['status', 'c.status = ?'],
        ['assigneeId', 'c.assignee_id = ?'],
        ['departmentId', 'c.department_id = ?'],
        ['rating', "json_extract(c.rating, '$.score') = ?"],
        ['tagId', 'EXISTS (SELECT 1 FROM conversation_tags t WHERE t.tag_id = ? AND t.conversation_id = c.id)'],
      ] as const
    ).filter(([key]) => f[key] !== undefined);
    const rows = this.statement(filters.map(([key, sql]) => ({ key, sql })))
      .all(match, before, o.from ?? 0, o.to ?? Number.MAX_SAFE_INTEGER, ...filters.map(([key]) => f[key]), o.limit + 1) as { at: number; id: string; conversation_id: string; created_at: number; text: string }[];
    const hits = rows.slice(0, o.limit).map((r) => ({ messageId: r.id, conversationId: r.conversation_id, createdAt: r.created_at, text: r.text, cursor: String(r.at) }));
    return { hits, next: rows.length > o.limit ? String(rows[o.limit - 1]!.at) : null };
  }

  private statement(filters: { key: string; sql: string }[]): Statement {
    const key = filters.map((x) => x.key).join(',');
    let statement = this.searches.get(key);
    if (!statement) {
      const conversation = filters.length ? `JOIN conversations c ON c.id = m.conversation_id` : '';
      statement = this.db.prepare(
        `SELECT f.rowid AS at, m.id, m.conversation_id, m.created_at, m.text FROM message_fts f JOIN messages m ON m.rowid = f.rowid ${conversation}
         WHERE message_fts MATCH ? AND f.rowid < ? AND m.created_at >= ? AND m.created_at <= ?${filters.map((x) => ` AND ${x.sql}`).join('')}
         ORDER BY f.rowid DESC LIMIT ?`,
      );
      this.searches.set(key, statement);
    }
    return statement;
  }

  async unindexedMessages(limit: number): Promise<Message[]> {
    const newest = (this.s.newest.get() as { at: number }).at;
    return (this.s.pending.all(Math.max(0, newest - 5000), limit) as MessageRow[]).map(toMessage);
  }
}
