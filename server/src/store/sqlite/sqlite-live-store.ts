import type { Database } from 'better-sqlite3';
import type { Conversation, ConversationRating, PrechatAnswers, Visitor } from '@parley/shared';
import type { AttachmentRecord, LiveStore } from '../live-port.js';
import { toConversation, toVisitor, type ConversationRow, type VisitorRow } from './sqlite-rows.js';

interface AttachmentRow {
  id: string;
  conversation_id: string;
  workspace_id: string;
  site_id: string;
  name: string;
  size: number;
  type: string;
  uploader_type: string;
  uploader_id: string;
  message_id: string | null;
  thumbnail: number;
  created_at: number;
}

const toAttachment = (r: AttachmentRow): AttachmentRecord => ({
  id: r.id,
  conversationId: r.conversation_id,
  workspaceId: r.workspace_id,
  siteId: r.site_id,
  name: r.name,
  size: r.size,
  type: r.type as AttachmentRecord['type'],
  uploader: { type: r.uploader_type as AttachmentRecord['uploader']['type'], id: r.uploader_id },
  messageId: r.message_id,
  thumbnail: r.thumbnail === 1,
  createdAt: r.created_at,
});

/** `store.live` on SQLite: conditional UPDATEs, so each operation is atomic across processes. */
export class SqliteLiveStore implements LiveStore {
  private readonly s: ReturnType<typeof prepare>;

  constructor(private readonly db: Database) {
    this.s = prepare(db);
  }

  async markRead(conversationId: string, by: 'visitor' | 'agent', seq: number): Promise<Conversation | null> {
    const stmt = by === 'visitor' ? this.s.readByVisitor : this.s.readByAgent;
    const row = (by === 'visitor' ? stmt.get(seq, conversationId, seq) : stmt.get(seq, conversationId, seq, conversationId, seq)) as
      | ConversationRow
      | undefined;
    return row ? toConversation(row) : null;
  }

  async seqOfVisitorSeq(conversationId: string, visitorSeq: number): Promise<number> {
    const row = this.s.seqOfVisitorSeq.get(conversationId, visitorSeq) as { seq: number } | undefined;
    return row?.seq ?? 0;
  }

  async rate(conversationId: string, rating: ConversationRating, maxWrites: number): Promise<Conversation | null> {
    const row = this.s.rate.get(JSON.stringify(rating), conversationId, maxWrites) as ConversationRow | undefined;
    return row ? toConversation(row) : null;
  }

  async createAttachment(a: AttachmentRecord): Promise<void> {
    this.s.insertAttachment.run(
      a.id, a.conversationId, a.workspaceId, a.siteId, a.name, a.size, a.type,
      a.uploader.type, a.uploader.id, a.messageId, a.thumbnail ? 1 : 0, a.createdAt,
    );
  }

  async getAttachment(id: string): Promise<AttachmentRecord | null> {
    const row = this.s.getAttachment.get(id) as AttachmentRow | undefined;
    return row ? toAttachment(row) : null;
  }

  async bindAttachments(ids: string[], messageId: string): Promise<string[]> {
    return this.db
      .transaction(() => ids.filter((id) => this.s.bind.run(messageId, id).changes === 1))
      .immediate();
  }

  async listAttachments(conversationId: string): Promise<AttachmentRecord[]> {
    return (this.s.listAttachments.all(conversationId) as AttachmentRow[]).map(toAttachment);
  }

  async deleteAttachments(ids: string[]): Promise<void> {
    this.db.transaction(() => ids.forEach((id) => this.s.deleteAttachment.run(id)))();
  }

  async deleteConversation(conversationId: string): Promise<boolean> {
    return this.db.transaction(() => {
      // Messages first: they reference the conversation (foreign keys are on). The search index
      // is keyed by the messages' rowids: its entries go first (the list's first statement), or a
      // later message given a freed rowid would carry a deleted message's terms.
      for (const statement of this.s.deleteConversationParts) statement.run(conversationId);
      return this.s.deleteConversation.run(conversationId).changes > 0;
    })();
  }

  async mergeVisitorPrechat(visitorId: string, answers: PrechatAnswers): Promise<Visitor | null> {
    return this.db
      .transaction(() => {
        const row = this.s.getVisitor.get(visitorId) as (VisitorRow & { prechat?: string | null }) | undefined;
        if (!row) return null;
        const merged = { ...(row.prechat ? (JSON.parse(row.prechat) as PrechatAnswers) : {}), ...answers };
        return toVisitor(this.s.setPrechat.get(JSON.stringify(merged), visitorId) as VisitorRow);
      })
      .immediate();
  }
}

function prepare(db: Database) {
  return {
    deleteConversationParts: [
      // The search index first: it is keyed by the messages' rowids.
      db.prepare('DELETE FROM message_fts WHERE rowid IN (SELECT rowid FROM messages WHERE conversation_id = ?)'),
      ...['messages', 'conversation_events', 'conversation_context', 'conversation_resolutions', 'attachments',
        'conversation_tags', 'mentions', 'conversation_report'].map((table) => db.prepare(`DELETE FROM ${table} WHERE conversation_id = ?`)),
    ],
    deleteConversation: db.prepare('DELETE FROM conversations WHERE id = ?'),
    readByVisitor: db.prepare('UPDATE conversations SET visitor_read_seq = ? WHERE id = ? AND visitor_read_seq < ? RETURNING *'),
    readByAgent: db.prepare(
      `UPDATE conversations SET agent_read_seq = ?,
         agent_read_visitor_seq = (SELECT COALESCE(MAX(visitor_seq), 0) FROM messages WHERE conversation_id = ? AND seq <= ?)
       WHERE id = ? AND agent_read_seq < ? RETURNING *`,
    ),
    seqOfVisitorSeq: db.prepare('SELECT seq FROM messages WHERE conversation_id = ? AND visitor_seq = ?'),
    rate: db.prepare(
      `UPDATE conversations SET rating = ?, rating_writes = rating_writes + 1
       WHERE id = ? AND status = 'closed' AND rating_writes < ? RETURNING *`,
    ),
    insertAttachment: db.prepare(
      `INSERT INTO attachments (id, conversation_id, workspace_id, site_id, name, size, type, uploader_type, uploader_id, message_id, thumbnail, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    getAttachment: db.prepare('SELECT * FROM attachments WHERE id = ?'),
    bind: db.prepare('UPDATE attachments SET message_id = ? WHERE id = ? AND message_id IS NULL'),
    listAttachments: db.prepare('SELECT * FROM attachments WHERE conversation_id = ? ORDER BY created_at, id'),
    deleteAttachment: db.prepare('DELETE FROM attachments WHERE id = ?'),
    getVisitor: db.prepare('SELECT * FROM visitors WHERE id = ?'),
    setPrechat: db.prepare('UPDATE visitors SET prechat = ? WHERE id = ? RETURNING *'),
  };
}
