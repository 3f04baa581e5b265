import type { Database } from 'better-sqlite3';
import { ErrorCode, type CannedReply, type CannedReplyScope } from '@parley/shared';
import { AppError } from '../../app-error.js';
import type { CannedReplyStore } from '../canned-reply-port.js';

interface CannedReplyRow {
  id: string;
  workspace_id: string;
  owner_key: string;
  shortcut: string;
  texts: string;
  scope: string;
  created_at: number;
  updated_at: number;
}
const toReply = (r: CannedReplyRow): CannedReply => ({
  id: r.id,
  workspaceId: r.workspace_id,
  shortcut: r.shortcut,
  texts: JSON.parse(r.texts) as Record<string, string>,
  scope: r.scope as CannedReplyScope,
  ownerId: r.owner_key === '' ? null : r.owner_key,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
/** The unique index's owner column: '' for shared replies, so one index covers both scopes. */
const ownerKey = (reply: CannedReply) => (reply.scope === 'workspace' ? '' : (reply.ownerId ?? ''));

const taken = (err: unknown): never => {
  if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
    throw new AppError(ErrorCode.conflict, 'a canned reply with this shortcut already exists');
  }
  throw err;
};

/** Canned replies in SQLite, on the store's database handle. */
export class SqliteCannedReplyStore implements CannedReplyStore {
  private readonly s;

  constructor(db: Database) {
    this.s = {
      insert: db.prepare(
        'INSERT INTO canned_replies (id, workspace_id, owner_key, shortcut, texts, scope, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      update: db.prepare('UPDATE canned_replies SET owner_key = ?, shortcut = ?, texts = ?, scope = ?, updated_at = ? WHERE id = ? RETURNING *'),
      remove: db.prepare('DELETE FROM canned_replies WHERE id = ?'),
      get: db.prepare('SELECT * FROM canned_replies WHERE id = ?'),
      list: db.prepare("SELECT * FROM canned_replies WHERE workspace_id = ? AND owner_key IN ('', ?) ORDER BY shortcut, scope DESC, id"),
    };
  }

  async createCannedReply(r: CannedReply): Promise<CannedReply> {
    try {
      this.s.insert.run(r.id, r.workspaceId, ownerKey(r), r.shortcut, JSON.stringify(r.texts), r.scope, r.createdAt, r.updatedAt);
    } catch (err) {
      taken(err);
    }
    return r;
  }
  async updateCannedReply(r: CannedReply): Promise<CannedReply | null> {
    try {
      const row = this.s.update.get(ownerKey(r), r.shortcut, JSON.stringify(r.texts), r.scope, r.updatedAt, r.id) as CannedReplyRow | undefined;
      return row ? toReply(row) : null;
    } catch (err) {
      return taken(err);
    }
  }
  async deleteCannedReply(id: string): Promise<boolean> {
    return this.s.remove.run(id).changes > 0;
  }
  async getCannedReply(id: string): Promise<CannedReply | null> {
    const row = this.s.get.get(id) as CannedReplyRow | undefined;
    return row ? toReply(row) : null;
  }
  async listCannedReplies(workspaceId: string, agentId: string): Promise<CannedReply[]> {
    return (this.s.list.all(workspaceId, agentId) as CannedReplyRow[]).map(toReply);
  }
}
