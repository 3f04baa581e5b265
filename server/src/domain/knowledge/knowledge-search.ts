import { markdownText, type ArticleHit } from '@parley/shared';
import type { KnowledgeStore } from '../../store/knowledge-port.js';
import { ArticleIndex, type AnalysisCache } from './article-index.js';
import { builtInSynonyms } from './builtin-synonyms.js';
import { highlight, snippet } from './highlight.js';
import { readerLocale } from './reader-locale.js';
import { SynonymTable } from './synonym-table.js';

/** A workspace's index as of one knowledge revision. */
interface Snapshot {
  revision: number;
  ready: Promise<{ index: ArticleIndex; synonyms: SynonymTable[] }>;
}

const builtIn = new SynonymTable(builtInSynonyms);

/**
 * Search over each workspace's articles and synonyms. An index is kept per workspace and
 * rebuilt when the store's knowledge revision moved: every article or synonym write moves it,
 * from this process or any other sharing the store, so no process answers from a stale index.
 * Checking costs one small read per search.
 */
export class KnowledgeSearch {
  private readonly snapshots = new Map<string, Snapshot>();
  /** Per workspace: articles already analysed, so a rebuild after one edit analyses one article. */
  private readonly analyses = new Map<string, AnalysisCache>();

  constructor(private readonly store: KnowledgeStore) {}

  /**
   * Ranked articles for a question, each with its title and a passage of the body, the
   * matching parts marked. `locale` is the reader's; the question's own script wins over it.
   * Articles answering less than `minConfidence` of the question are left out.
   */
  async search(workspaceId: string, query: string, options: { locale?: string | null | undefined; limit: number; minConfidence: number }): Promise<ArticleHit[]> {
    const { index, synonyms } = await this.snapshot(workspaceId);
    const locale = readerLocale(query, options.locale);
    const ranked = index.search(query, { locale, limit: options.limit, synonyms, minConfidence: options.minConfidence });
    if (ranked.length === 0) return [];
    const terms = index.matchTerms(query, synonyms);
    return ranked.map(({ article, score }) => {
      // The index keeps each article's plain body and highlighting preparation: a search reads no Markdown.
      const prepared = index.preparedOf(article)?.prepared;
      return {
        id: article.id,
        title: highlight(prepared?.title ?? article.title, query, terms),
        locale: article.locale,
        score: Math.round(score * 1000) / 1000,
        snippet: snippet(prepared?.body ?? markdownText(article.body), query, 120, terms),
      };
    });
  }

  private async snapshot(workspaceId: string): Promise<{ index: ArticleIndex; synonyms: SynonymTable[] }> {
    // The revision is read before the articles: a write landing in between makes the next
    // search rebuild again, never keeps an index older than its revision.
    const revision = await this.store.knowledgeRevision(workspaceId);
    const current = this.snapshots.get(workspaceId);
    if (current && current.revision >= revision) return current.ready;
    const ready = (async () => {
      const [articles, groups] = await Promise.all([this.store.listArticles(workspaceId), this.store.getSynonyms(workspaceId)]);
      const own = new SynonymTable(groups);
      const cache = this.analyses.get(workspaceId) ?? new Map();
      this.analyses.set(workspaceId, cache);
      return { index: new ArticleIndex(articles, cache), synonyms: own.groups.length > 0 ? [own, builtIn] : [builtIn] };
    })();
    const snapshot = { revision, ready };
    this.snapshots.set(workspaceId, snapshot);
    ready.catch(() => {
      if (this.snapshots.get(workspaceId) === snapshot) this.snapshots.delete(workspaceId);
    });
    return ready;
  }
}
