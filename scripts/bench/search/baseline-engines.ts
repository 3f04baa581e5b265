import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import type { Article } from '@parley/shared';
import { foldText, pickTranslations } from '@parley/server';

/** A search engine under test: article ids for a question, best first. */
export interface SearchEngine {
  name: string;
  search(question: string, locale: string, limit: number): Promise<string[]>;
}

/**
 * The baselines' tokenizer, as a careful integrator would write it for a Chinese and English
 * help centre: NFKC, lower case, Traditional folded to Simplified (Parley's own table, so the
 * comparison is about ranking, not about the fold), Latin words, and each run of Han
 * characters as its characters and bigrams.
 */
export function baselineTokens(text: string): string[] {
  const out: string[] = [];
  for (const [run] of foldText(text).matchAll(/\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu)) {
    if (!/\p{Script=Han}/u.test(run)) {
      out.push(run);
      continue;
    }
    const chars = Array.from(run);
    out.push(...chars);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}

// Function words a careful integrator drops from both baselines (MiniSearch's docs show the same).
const stopWords = new Set('a an the is are am was do does did i me my you your we our it to of and or in on at for with can could how what when where which who will would be have has please'.split(' '));
const keep = (term: string) => (stopWords.has(term) ? null : term);

const localeBoost = (reader: string, article: string) => (reader === article ? 2 : reader.split('-')[0] === article.split('-')[0] ? 1.5 : 1);

/** Both baselines get what Parley gets after ranking: each translation group once, in the reader's locale. */
function finish(articles: Map<string, Article>, ranked: Array<{ id: string; score: number }>, locale: string, limit: number): string[] {
  const hits = ranked.flatMap(({ id, score }) => (articles.has(id) ? [{ article: articles.get(id)!, score }] : []));
  return pickTranslations(hits, locale)
    .slice(0, limit)
    .map((h) => h.article.id);
}

/** MiniSearch (BM25) with field boosts, prefix and fuzzy matching, OR, and a boost for the reader's locale. */
export function miniSearchEngine(articles: readonly Article[]): SearchEngine {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const index = new MiniSearch<{ id: string; title: string; keywords: string; body: string; locale: string }>({
    fields: ['title', 'keywords', 'body'],
    storeFields: ['locale'],
    tokenize: baselineTokens,
    processTerm: keep,
  });
  index.addAll(articles.map((a) => ({ id: a.id, title: a.title, keywords: a.keywords.join(' '), body: a.body, locale: a.locale })));
  return {
    name: 'minisearch',
    async search(question, locale, limit) {
      const results = index.search(question, {
        boost: { title: 3, keywords: 2 },
        prefix: (term) => term.length > 3,
        fuzzy: (term) => (/^[a-z]+$/.test(term) && term.length > 4 ? 0.2 : false),
        combineWith: 'OR',
        boostDocument: (id) => localeBoost(locale, byId.get(String(id))?.locale ?? ''),
      });
      return finish(byId, results.map((r) => ({ id: String(r.id), score: r.score })), locale, limit);
    },
  };
}

/** FlexSearch's Document index over the three fields, with suggestions (partial matches) on. */
export function flexSearchEngine(articles: readonly Article[]): SearchEngine {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const index = new FlexSearch.Document({
    document: { id: 'id', index: ['title', 'keywords', 'body'] },
    tokenize: 'strict',
    encode: (text: string) => baselineTokens(text).filter((t) => !stopWords.has(t)),
  });
  for (const a of articles) index.add({ id: a.id, title: a.title, keywords: a.keywords.join(' '), body: a.body });
  const fieldWeight: Record<string, number> = { title: 3, keywords: 2, body: 1 };
  return {
    name: 'flexsearch',
    async search(question, locale, limit) {
      const perField = index.search(question, { limit: 30, suggest: true }) as Array<{ field: string; result: Array<string | number> }>;
      // FlexSearch ranks each field on its own: a field's rank counts by the field's weight.
      const score = new Map<string, number>();
      for (const { field, result } of perField) {
        result.forEach((id, rank) => score.set(String(id), (score.get(String(id)) ?? 0) + (fieldWeight[field] ?? 1) / (rank + 1)));
      }
      const ranked = [...score].map(([id, s]) => ({ id, score: s * localeBoost(locale, byId.get(id)?.locale ?? '') }));
      ranked.sort((a, b) => b.score - a.score);
      return finish(byId, ranked, locale, limit);
    },
  };
}
