import { nanoid } from 'nanoid';
import { markdownText, type Article, type ArticleHit, type ArticleInput } from '@parley/shared';
import { notFound } from '../../app-error.js';
import type { Store } from '../../store/port.js';
import { ArticleIndex } from './article-index.js';
import { highlight, snippet } from './highlight.js';
import { readerLocale } from './reader-locale.js';
import { sampleArticles } from './sample-articles.js';

/** How long a workspace's index is trusted before it is rebuilt (other processes may have written). */
const INDEX_TTL_MS = 30_000;

/** Knowledge-base articles: admin writes, visitor and bot search. */
export class KnowledgeService {
  private readonly indexes = new Map<string, { index: ArticleIndex; builtAt: number }>();

  constructor(
    private readonly store: Store,
    private readonly now: () => number = Date.now,
  ) {}

  list(workspaceId: string): Promise<Article[]> {
    return this.store.knowledge.listArticles(workspaceId);
  }

  async get(workspaceId: string, id: string): Promise<Article> {
    const article = await this.store.knowledge.getArticle(id);
    if (!article || article.workspaceId !== workspaceId) throw notFound('article');
    return article;
  }

  async create(workspaceId: string, input: ArticleInput): Promise<Article> {
    const at = this.now();
    const article = await this.store.knowledge.createArticle({ id: `art_${nanoid(12)}`, workspaceId, ...input, createdAt: at, updatedAt: at });
    this.indexes.delete(workspaceId);
    return article;
  }

  async update(workspaceId: string, id: string, input: ArticleInput): Promise<Article> {
    const current = await this.get(workspaceId, id);
    const updated = await this.store.knowledge.updateArticle({ ...current, ...input, updatedAt: this.now() });
    if (!updated) throw notFound('article');
    this.indexes.delete(workspaceId);
    return updated;
  }

  async remove(workspaceId: string, id: string): Promise<void> {
    await this.get(workspaceId, id);
    await this.store.knowledge.deleteArticle(id);
    this.indexes.delete(workspaceId);
  }

  /**
   * Ranked articles for a query, each with its title and a passage of the body with the
   * matching parts marked. `locale` is the reader's; the question's own script wins over it.
   */
  async search(workspaceId: string, query: string, options: { locale?: string | null | undefined; limit: number }): Promise<ArticleHit[]> {
    const index = await this.index(workspaceId);
    return index.search(query, { locale: readerLocale(query, options.locale), limit: options.limit }).map(({ article, score }) => ({
      id: article.id,
      title: highlight(article.title, query),
      locale: article.locale,
      score: Math.round(score * 1000) / 1000,
      snippet: snippet(markdownText(article.body), query),
    }));
  }

  /** Seeds the sample help centre once (the demo workspace). */
  async seedSamples(workspaceId: string): Promise<number> {
    if ((await this.list(workspaceId)).length > 0) return 0;
    const samples = sampleArticles();
    for (const { topic: _topic, ...input } of samples) await this.create(workspaceId, input);
    return samples.length;
  }

  private async index(workspaceId: string): Promise<ArticleIndex> {
    const cached = this.indexes.get(workspaceId);
    if (cached && this.now() - cached.builtAt < INDEX_TTL_MS) return cached.index;
    const index = new ArticleIndex(await this.store.knowledge.listArticles(workspaceId));
    this.indexes.set(workspaceId, { index, builtAt: this.now() });
    return index;
  }
}
