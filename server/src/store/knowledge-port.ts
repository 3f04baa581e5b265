import type { Article } from '@parley/shared';

/**
 * Knowledge-base articles and each workspace's synonym groups. Search runs in the domain over
 * `listArticles`; every write here moves the workspace's `knowledgeRevision`, atomically with
 * the write, so each server process can tell that its search index is stale.
 */
export interface KnowledgeStore {
  createArticle(article: Article): Promise<Article>;
  /** Replaces title, body, keywords, locale, group and updatedAt; `null` when missing. */
  updateArticle(article: Article): Promise<Article | null>;
  deleteArticle(id: string): Promise<boolean>;
  getArticle(id: string): Promise<Article | null>;
  /** Oldest first. */
  listArticles(workspaceId: string): Promise<Article[]>;
  /** The workspace's own synonym groups, as saved; `[]` when none were. */
  getSynonyms(workspaceId: string): Promise<string[][]>;
  /** Replaces the workspace's synonym groups. */
  setSynonyms(workspaceId: string, groups: string[][]): Promise<void>;
  /** A number that grows with every write to the workspace's articles or synonyms (0 before any). */
  knowledgeRevision(workspaceId: string): Promise<number>;
}
