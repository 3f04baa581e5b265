import { markdownText, type Article } from '@parley/shared';
import { tokenize } from './tokenize.js';

type Field = 'title' | 'keywords' | 'body';
// BM25F: a match in the title counts most, then keywords, then the body.
const fieldWeight: Record<Field, number> = { title: 3, keywords: 2.5, body: 1 };
const fieldB: Record<Field, number> = { title: 0.5, keywords: 0.3, body: 0.75 };
const k1 = 1.2;

interface Entry {
  article: Article;
  terms: Record<Field, Map<string, number>>;
  lengths: Record<Field, number>;
}

export interface ScoredArticle {
  article: Article;
  score: number;
}

const count = (tokens: string[]) => {
  const map = new Map<string, number>();
  for (const t of tokens) map.set(t, (map.get(t) ?? 0) + 1);
  return map;
};

/**
 * Ranks a workspace's articles for a query with BM25F over title, keywords and body, then
 * favours the reader's locale: the exact locale first, then the same language.
 */
export class ArticleIndex {
  private readonly entries: Entry[];
  private readonly avg: Record<Field, number>;
  private readonly df = new Map<string, number>();

  constructor(articles: readonly Article[]) {
    this.entries = articles.map((article) => {
      const title = tokenize(article.title, 'document');
      const keywords = tokenize(article.keywords.join(' \n '), 'document');
      const body = tokenize(markdownText(article.body), 'document');
      return {
        article,
        terms: { title: count(title), keywords: count(keywords), body: count(body) },
        lengths: { title: title.length, keywords: keywords.length, body: body.length },
      };
    });
    const n = Math.max(this.entries.length, 1);
    const total = (f: Field) => this.entries.reduce((sum, e) => sum + e.lengths[f], 0) / n || 1;
    this.avg = { title: total('title'), keywords: total('keywords'), body: total('body') };
    for (const entry of this.entries) {
      const seen = new Set([...entry.terms.title.keys(), ...entry.terms.keywords.keys(), ...entry.terms.body.keys()]);
      for (const term of seen) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    }
  }

  get size(): number {
    return this.entries.length;
  }

  search(query: string, options: { locale?: string | null; limit: number }): ScoredArticle[] {
    const terms = new Set(tokenize(query, 'query'));
    if (terms.size === 0) return [];
    const n = this.entries.length;
    const scored: ScoredArticle[] = [];
    for (const entry of this.entries) {
      let score = 0;
      for (const term of terms) {
        const df = this.df.get(term);
        if (!df) continue;
        let tf = 0;
        for (const field of ['title', 'keywords', 'body'] as const) {
          const raw = entry.terms[field].get(term);
          if (!raw) continue;
          const norm = 1 - fieldB[field] + (fieldB[field] * entry.lengths[field]) / this.avg[field];
          tf += (fieldWeight[field] * raw) / norm;
        }
        if (tf === 0) continue;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        score += (idf * tf) / (k1 + tf);
      }
      if (score > 0) scored.push({ article: entry.article, score: score * localeFactor(options.locale, entry.article.locale) });
    }
    return scored.sort((a, b) => b.score - a.score || a.article.createdAt - b.article.createdAt).slice(0, options.limit);
  }
}

function localeFactor(reader: string | null | undefined, article: string): number {
  if (!reader) return 1;
  const r = reader.toLowerCase();
  const a = article.toLowerCase();
  if (r === a) return 1.3;
  if (r.split('-')[0] === a.split('-')[0]) return 1.15;
  return 1;
}
