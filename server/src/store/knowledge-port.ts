import type { Article } from '@parley/shared';

/** Knowledge-base articles. Search runs in the domain over `listArticles`. */
export interface KnowledgeStore {
  createArticle(article: Article): Promise<Article>;
  /** Replaces title, body, keywords, locale and updatedAt; `null` when missing. */
  updateArticle(article: Article): Promise<Article | null>;
  deleteArticle(id: string): Promise<boolean>;
  getArticle(id: string): Promise<Article | null>;
  /** Oldest first. */
  listArticles(workspaceId: string): Promise<Article[]>;
}
