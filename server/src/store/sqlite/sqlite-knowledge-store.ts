import type { Database } from 'better-sqlite3';
import type { Article } from '@parley/shared';
import type { KnowledgeStore } from '../knowledge-port.js';

interface ArticleRow {
  id: string;
  workspace_id: string;
  title: string;
  body: string;
  keywords: string;
  locale: string;
  translation_group: string | null;
  created_at: number;
  updated_at: number;
}
const toArticle = (r: ArticleRow): Article => ({
  id: r.id,
  workspaceId: r.workspace_id,
  title: r.title,
  body: r.body,
  keywords: JSON.parse(r.keywords) as string[],
  locale: r.locale,
  ...(r.translation_group === null ? {} : { group: r.translation_group }),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Knowledge-base articles and synonyms in SQLite, on the store's database handle. */
export class SqliteKnowledgeStore implements KnowledgeStore {
  private readonly s;
  private readonly inTransaction: <T>(work: () => T) => T;

  constructor(db: Database) {
    this.s = {
      insert: db.prepare(
        `INSERT INTO articles (id, workspace_id, title, body, keywords, locale, translation_group, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      update: db.prepare(
        'UPDATE articles SET title = ?, body = ?, keywords = ?, locale = ?, translation_group = ?, updated_at = ? WHERE id = ? RETURNING *',
      ),
      remove: db.prepare('DELETE FROM articles WHERE id = ? RETURNING workspace_id'),
      get: db.prepare('SELECT * FROM articles WHERE id = ?'),
      list: db.prepare('SELECT * FROM articles WHERE workspace_id = ? ORDER BY created_at, id'),
      bump: db.prepare(
        `INSERT INTO knowledge_settings (workspace_id, revision) VALUES (?, 1)
         ON CONFLICT (workspace_id) DO UPDATE SET revision = revision + 1`,
      ),
      setSynonyms: db.prepare(
        `INSERT INTO knowledge_settings (workspace_id, synonyms, revision) VALUES (?, ?, 1)
         ON CONFLICT (workspace_id) DO UPDATE SET synonyms = excluded.synonyms, revision = revision + 1`,
      ),
      settings: db.prepare('SELECT synonyms, revision FROM knowledge_settings WHERE workspace_id = ?'),
    };
    // IMMEDIATE: the write and its revision move together, even with other processes on the file.
    this.inTransaction = <T>(work: () => T) => db.transaction(work).immediate();
  }

  async createArticle(a: Article): Promise<Article> {
    this.inTransaction(() => {
      this.s.insert.run(a.id, a.workspaceId, a.title, a.body, JSON.stringify(a.keywords), a.locale, a.group ?? null, a.createdAt, a.updatedAt);
      this.s.bump.run(a.workspaceId);
    });
    return a;
  }
  async updateArticle(a: Article): Promise<Article | null> {
    return this.inTransaction(() => {
      const row = this.s.update.get(a.title, a.body, JSON.stringify(a.keywords), a.locale, a.group ?? null, a.updatedAt, a.id) as ArticleRow | undefined;
      if (row) this.s.bump.run(row.workspace_id);
      return row ? toArticle(row) : null;
    });
  }
  async deleteArticle(id: string): Promise<boolean> {
    return this.inTransaction(() => {
      const row = this.s.remove.get(id) as { workspace_id: string } | undefined;
      if (row) this.s.bump.run(row.workspace_id);
      return Boolean(row);
    });
  }
  async getArticle(id: string): Promise<Article | null> {
    const row = this.s.get.get(id) as ArticleRow | undefined;
    return row ? toArticle(row) : null;
  }
  async listArticles(workspaceId: string): Promise<Article[]> {
    return (this.s.list.all(workspaceId) as ArticleRow[]).map(toArticle);
  }
  async getSynonyms(workspaceId: string): Promise<string[][]> {
    const row = this.s.settings.get(workspaceId) as { synonyms: string } | undefined;
    return row ? (JSON.parse(row.synonyms) as string[][]) : [];
  }
  async setSynonyms(workspaceId: string, groups: string[][]): Promise<void> {
    this.s.setSynonyms.run(workspaceId, JSON.stringify(groups));
  }
  async knowledgeRevision(workspaceId: string): Promise<number> {
    return (this.s.settings.get(workspaceId) as { revision: number } | undefined)?.revision ?? 0;
  }
}
