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
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Knowledge-base articles in SQLite, on the store's database handle. */
export class SqliteKnowledgeStore implements KnowledgeStore {
  private readonly s;

  constructor(db: Database) {
    this.s = {
      insert: db.prepare(
        `INSERT INTO articles (id, workspace_id, title, body, keywords, locale, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      update: db.prepare(
        'UPDATE articles SET title = ?, body = ?, keywords = ?, locale = ?, updated_at = ? WHERE id = ? RETURNING *',
      ),
      remove: db.prepare('DELETE FROM articles WHERE id = ?'),
      get: db.prepare('SELECT * FROM articles WHERE id = ?'),
      list: db.prepare('SELECT * FROM articles WHERE workspace_id = ? ORDER BY created_at, id'),
    };
  }

  async createArticle(a: Article): Promise<Article> {
    this.s.insert.run(a.id, a.workspaceId, a.title, a.body, JSON.stringify(a.keywords), a.locale, a.createdAt, a.updatedAt);
    return a;
  }
  async updateArticle(a: Article): Promise<Article | null> {
    const row = this.s.update.get(a.title, a.body, JSON.stringify(a.keywords), a.locale, a.updatedAt, a.id) as ArticleRow | undefined;
    return row ? toArticle(row) : null;
  }
  async deleteArticle(id: string): Promise<boolean> {
    return this.s.remove.run(id).changes > 0;
  }
  async getArticle(id: string): Promise<Article | null> {
    const row = this.s.get.get(id) as ArticleRow | undefined;
    return row ? toArticle(row) : null;
  }
  async listArticles(workspaceId: string): Promise<Article[]> {
    return (this.s.list.all(workspaceId) as ArticleRow[]).map(toArticle);
  }
}
