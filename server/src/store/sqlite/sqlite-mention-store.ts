import type { Database } from 'better-sqlite3';
import type { Mention } from '@parley/shared';
import type { MentionStore } from '../mention-port.js';

interface MentionRow {
  id: string;
  workspace_id: string;
  conversation_id: string;
  message_id: string;
  agent_id: string;
  by_id: string;
  by_name: string;
  text: string;
  created_at: number;
  read_at: number | null;
}
const toMention = (r: MentionRow): Mention => ({
  id: r.id,
  workspaceId: r.workspace_id,
  conversationId: r.conversation_id,
  messageId: r.message_id,
  agentId: r.agent_id,
  byId: r.by_id,
  byName: r.by_name,
  text: r.text,
  createdAt: r.created_at,
  readAt: r.read_at,
});

/** Mentions in SQLite; (message_id, agent_id) is unique, so a repeated note stores nothing twice. */
export class SqliteMentionStore implements MentionStore {
  private readonly s;

  constructor(db: Database) {
    this.s = {
      insert: db.prepare(
        `INSERT INTO mentions (id, workspace_id, conversation_id, message_id, agent_id, by_id, by_name, text, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_id, agent_id) DO NOTHING`,
      ),
      all: db.prepare('SELECT * FROM mentions WHERE agent_id = ? ORDER BY created_at DESC, id DESC LIMIT ?'),
      unread: db.prepare('SELECT * FROM mentions WHERE agent_id = ? AND read_at IS NULL ORDER BY created_at DESC, id DESC LIMIT ?'),
      read: db.prepare('UPDATE mentions SET read_at = coalesce(read_at, ?) WHERE id = ? AND agent_id = ? RETURNING *'),
    };
  }

  async createMentions(mentions: Mention[]): Promise<Mention[]> {
    return mentions.filter(
      (m) => this.s.insert.run(m.id, m.workspaceId, m.conversationId, m.messageId, m.agentId, m.byId, m.byName, m.text, m.createdAt).changes > 0,
    );
  }
  async listMentions(agentId: string, o: { unreadOnly: boolean; limit: number }): Promise<Mention[]> {
    return ((o.unreadOnly ? this.s.unread : this.s.all).all(agentId, o.limit) as MentionRow[]).map(toMention);
  }
  async markMentionRead(id: string, agentId: string, at: number): Promise<Mention | null> {
    const row = this.s.read.get(at, id, agentId) as MentionRow | undefined;
    return row ? toMention(row) : null;
  }
}
