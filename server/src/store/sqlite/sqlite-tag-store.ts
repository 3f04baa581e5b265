import type { Database } from 'better-sqlite3';
import { ErrorCode, type Conversation, type Tag } from '@parley/shared';
import { AppError } from '../../app-error.js';
import type { TagStore } from '../tag-port.js';
import { toConversation, type ConversationRow } from './sqlite-rows.js';

interface TagRow {
  id: string;
  workspace_id: string;
  name: string;
  colour: string;
  created_at: number;
}
const toTag = (r: TagRow): Tag => ({ id: r.id, workspaceId: r.workspace_id, name: r.name, colour: r.colour, createdAt: r.created_at });
/** Names compare without case (`VIP` and `vip` are one tag); `toLowerCase` also folds non-ASCII, SQLite's lower() does not. */
const nameKey = (name: string) => name.toLowerCase();

const taken = (err: unknown): never => {
  if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new AppError(ErrorCode.conflict, 'a tag with this name already exists');
  throw err;
};

/**
 * Tags in SQLite. A conversation's tags live twice, written in one transaction: as JSON on its
 * row (read with every conversation) and in `conversation_tags` (the list's filter by tag).
 */
export class SqliteTagStore implements TagStore {
  private readonly s;
  private readonly inTransaction: <T>(work: () => T) => T;

  constructor(db: Database) {
    this.s = {
      insert: db.prepare('INSERT INTO tags (id, workspace_id, name, name_key, colour, created_at) VALUES (?, ?, ?, ?, ?, ?)'),
      update: db.prepare('UPDATE tags SET name = ?, name_key = ?, colour = ? WHERE id = ? RETURNING *'),
      remove: db.prepare('DELETE FROM tags WHERE id = ?'),
      get: db.prepare('SELECT * FROM tags WHERE id = ?'),
      list: db.prepare('SELECT * FROM tags WHERE workspace_id = ? ORDER BY name_key, id'),
      carriers: db.prepare('SELECT conversation_id FROM conversation_tags WHERE tag_id = ?'),
      untagAll: db.prepare('DELETE FROM conversation_tags WHERE tag_id = ?'),
      dropFromRow: db.prepare(
        `UPDATE conversations SET tag_ids = (SELECT CASE WHEN count(*) = 0 THEN NULL ELSE json_group_array(value) END
           FROM (SELECT value FROM json_each(conversations.tag_ids) WHERE value != ? ORDER BY key)) WHERE id = ?`,
      ),
      setRow: db.prepare('UPDATE conversations SET tag_ids = ? WHERE id = ? RETURNING *'),
      clearLinks: db.prepare('DELETE FROM conversation_tags WHERE conversation_id = ?'),
      link: db.prepare('INSERT INTO conversation_tags (tag_id, conversation_id) VALUES (?, ?)'),
    };
    this.inTransaction = <T>(work: () => T) => db.transaction(work).immediate();
  }

  async createTag(t: Tag): Promise<Tag> {
    try {
      this.s.insert.run(t.id, t.workspaceId, t.name, nameKey(t.name), t.colour, t.createdAt);
    } catch (err) {
      taken(err);
    }
    return t;
  }
  async updateTag(t: Tag): Promise<Tag | null> {
    try {
      const row = this.s.update.get(t.name, nameKey(t.name), t.colour, t.id) as TagRow | undefined;
      return row ? toTag(row) : null;
    } catch (err) {
      return taken(err);
    }
  }
  async deleteTag(id: string): Promise<boolean> {
    return this.inTransaction(() => {
      for (const { conversation_id } of this.s.carriers.all(id) as { conversation_id: string }[]) this.s.dropFromRow.run(id, conversation_id);
      this.s.untagAll.run(id);
      return this.s.remove.run(id).changes > 0;
    });
  }
  async getTag(id: string): Promise<Tag | null> {
    const row = this.s.get.get(id) as TagRow | undefined;
    return row ? toTag(row) : null;
  }
  async listTags(workspaceId: string): Promise<Tag[]> {
    return (this.s.list.all(workspaceId) as TagRow[]).map(toTag);
  }
  async setConversationTags(conversationId: string, tagIds: string[]): Promise<Conversation | null> {
    return this.inTransaction(() => {
      const row = this.s.setRow.get(tagIds.length ? JSON.stringify(tagIds) : null, conversationId) as ConversationRow | undefined;
      if (!row) return null;
      this.s.clearLinks.run(conversationId);
      for (const tagId of tagIds) this.s.link.run(tagId, conversationId);
      return toConversation(row);
    });
  }
}
