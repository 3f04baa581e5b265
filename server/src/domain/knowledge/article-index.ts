import { markdownText, type Article } from '@parley/shared';
import { FuzzyVocabulary, type NearTerm } from './fuzzy-vocabulary.js';
import { planQuery, type Clause } from './query-plan.js';
import { rankingParameters as P, type Field } from './ranking-parameters.js';
import { ScratchScores } from './scratch-scores.js';
import type { SynonymTable } from './synonym-table.js';
import { prepareText, type PreparedText } from './highlight.js';
import { HomophoneVocabulary } from './homophones.js';
import { analyse } from './tokenize.js';
import { pickTranslations, translationKey } from './translation-groups.js';

const fields: readonly Field[] = ['title', 'keywords', 'body'];

interface Posting {
  doc: number;
  /** The BM25F weight of the term in this article (fields saturated and summed), before idf. */
  weight: number;
}

/** An article's terms per field (title, keywords, body): what analysis costs, kept across rebuilds. */
export interface AnalysedArticle {
  updatedAt: number;
  fields: [string[], string[], string[]];
  /** The body as plain text (Markdown read once), for snippets. */
  text: string;
  /** Title and body prepared for highlighting (folded once, not per search). */
  prepared: { title: PreparedText; body: PreparedText };
}

/** Analysed articles by id, reused by the next index of the same workspace when unchanged. */
export type AnalysisCache = Map<string, AnalysedArticle>;

export interface ScoredArticle {
  article: Article;
  score: number;
  /** How much of the question the article answers (0–1): the idf-weighted share of clauses it meets. */
  confidence: number;
}

export interface SearchOptions {
  locale?: string | null;
  limit: number;
  /** Synonym tables, the workspace's first. */
  synonyms?: readonly SynonymTable[];
  /** Results answering less of the question than this are left out. */
  minConfidence?: number;
}

const termsOf = (text: string) => {
  const { words, joins, chars } = analyse(text);
  return [...words, ...joins.map((j) => j.term), ...chars];
};

/**
 * A workspace's articles indexed for BM25F: per field (title, keywords, body) a term's
 * frequency is length-normalised and saturated on its own (a title repeating a word does not
 * outweigh a keyword match), then weighted and summed, times the term's idf. A question is
 * planned into clauses (query-plan.ts); an article's score is the sum of its best alternative
 * per clause, scaled by how much of the question it covers, then by the reader's locale.
 */
export class ArticleIndex {
  private readonly articles: Article[];
  /** Per article (by position): its analysis (plain body, prepared texts), its locale lower-cased, its translation key. */
  private readonly analysed: AnalysedArticle[];
  private readonly locales: string[];
  private readonly keys: string[];
  private readonly docOf = new Map<Article, number>();
  private readonly lengths: Array<[number, number, number]> = [];
  private readonly postings = new Map<string, Posting[]>();
  private readonly avg: [number, number, number];
  private readonly fuzzy: FuzzyVocabulary;
  private readonly homophones = new HomophoneVocabulary(() => this.postings.keys());
  private readonly nearCache = new Map<string, NearTerm[]>();
  /** Every article of a translation group, so a result is shown in the reader's locale even when only a translation matched. */
  private readonly translations = new Map<string, Article[]>();
  private readonly scratch: { best: ScratchScores; sum: ScratchScores; score: Float64Array; covered: Float64Array; wordMatched: Uint8Array };
  /** The last question's plan: `matchTerms` for highlighting follows `search` with the same question. */
  private lastPlan: { query: string; synonyms: readonly SynonymTable[]; clauses: Clause[] } | null = null;

  /** `cache`: analyses of a previous index of the same articles; unchanged articles are not analysed again. */
  constructor(articles: readonly Article[], cache: AnalysisCache = new Map()) {
    this.articles = [...articles];
    this.keys = this.articles.map(translationKey);
    this.locales = this.articles.map((a) => a.locale.toLowerCase());
    this.articles.forEach((article, doc) => {
      this.docOf.set(article, doc);
      this.translations.set(this.keys[doc]!, [...(this.translations.get(this.keys[doc]!) ?? []), article]);
    });
    this.analysed = this.articles.map((article) => {
      const cached = cache.get(article.id);
      if (cached && cached.updatedAt === article.updatedAt) return cached;
      const text = markdownText(article.body);
      const entry: AnalysedArticle = {
        updatedAt: article.updatedAt,
        fields: [termsOf(article.title), article.keywords.flatMap((k) => termsOf(k)), termsOf(text)],
        text,
        prepared: { title: prepareText(article.title), body: prepareText(text.replace(/\s+/g, ' ').trim()) },
      };
      cache.set(article.id, entry);
      return entry;
    });
    const analysed = this.analysed.map((a) => a.fields);
    const ids = new Set(this.articles.map((a) => a.id));
    for (const id of cache.keys()) if (!ids.has(id)) cache.delete(id);
    for (const fields of analysed) this.lengths.push(fields.map((t) => t.length) as [number, number, number]);
    const count = Math.max(this.articles.length, 1);
    this.avg = [0, 1, 2].map((f) => this.lengths.reduce((s, l) => s + l[f]!, 0) / count || 1) as [number, number, number];
    analysed.forEach((fields, doc) => {
      const tf = new Map<string, [number, number, number]>();
      fields.forEach((terms, f) => {
        for (const term of terms) {
          const row = tf.get(term) ?? [0, 0, 0];
          row[f]!++;
          tf.set(term, row);
        }
      });
      for (const [term, row] of tf) {
        const list = this.postings.get(term) ?? [];
        list.push({ doc, weight: this.fieldScore(doc, row) });
        this.postings.set(term, list);
      }
    });
    this.fuzzy = new FuzzyVocabulary(this.postings.keys());
    const n = this.articles.length;
    this.scratch = { best: new ScratchScores(n), sum: new ScratchScores(n), score: new Float64Array(n), covered: new Float64Array(n), wordMatched: new Uint8Array(n) };
  }

  get size(): number {
    return this.articles.length;
  }

  /** Ranked articles for a question, each translation group once, in the reader's locale where it can. */
  search(query: string, options: SearchOptions): ScoredArticle[] {
    const clauses = this.plan(query, options.synonyms ?? []);
    if (clauses.length === 0 || this.articles.length === 0) return [];
    const { score, covered, wordMatched } = this.scratch;
    score.fill(0);
    covered.fill(0);
    wordMatched.fill(0);
    let coverable = 0;
    // wordMatched: 255 once a word clause is met, else the count of question characters met.
    for (const clause of clauses) coverable += this.addClause(clause, score, covered, wordMatched, clause.weight >= 1);
    let bestCoverage = 0;
    for (let doc = 0; doc < score.length; doc++) if (score[doc]! > 0) bestCoverage = Math.max(bestCoverage, covered[doc]!);
    // An article answering a small share of what the best one answers is noise (a shared
    // character), whatever the absolute floor.
    const floor = Math.max(options.minConfidence ?? 0, ((bestCoverage / (coverable || 1)) * P.relativeConfidence));
    const scored: ScoredArticle[] = [];
    const reader = options.locale?.toLowerCase() ?? null;
    const language = reader?.split('-')[0] ?? null;
    // An article met only through characters of the question (no word, bigram, synonym or typo
    // of one) shares characters, not words: it must answer more to count, relative to the best
    // result, and absolutely when it shares fewer than `charOnlyMinChars` of them.
    const charFloor = Math.max(floor, (bestCoverage / (coverable || 1)) * P.charOnlyRelative);
    const fewCharFloor = Math.max(charFloor, P.charOnlyConfidence);
    for (let doc = 0; doc < score.length; doc++) {
      if (score[doc]! <= 0) continue;
      const confidence = coverable > 0 ? covered[doc]! / coverable : 0;
      const met = wordMatched[doc]!;
      if (confidence < (met === 255 ? floor : met >= P.charOnlyMinChars ? charFloor : fewCharFloor)) continue;
      const locale = this.locales[doc]!;
      const boost = reader === null ? 1 : locale === reader ? P.sameLocale : locale.split('-')[0] === language ? P.sameLanguage : 1;
      const value = score[doc]! * (P.coordination + (1 - P.coordination) * confidence) * boost;
      scored.push({ article: this.articles[doc]!, score: value, confidence });
    }
    scored.sort((a, b) => b.score - a.score || a.article.createdAt - b.article.createdAt);
    return pickTranslations(scored, options.locale, (key) => this.translations.get(key), {
      limit: options.limit,
      keyOf: (article) => this.keys[this.docOf.get(article)!]!,
    });
  }

  /** An article's plain body and its title and body prepared for highlighting, as analysed for this index. */
  preparedOf(article: Article): AnalysedArticle | null {
    const doc = this.docOf.get(article);
    return doc === undefined ? null : this.analysed[doc]!;
  }

  /**
   * The terms a question is matched by (its words, their typo and synonym alternatives), for
   * highlighting; the single-character fallback is left out so it does not mark every 车.
   */
  matchTerms(query: string, synonyms: readonly SynonymTable[]): Set<string> {
    const clauses = this.plan(query, synonyms);
    return new Set(clauses.filter((c) => c.weight === 1).flatMap((c) => c.alternatives.flatMap((a) => a.terms)));
  }

  /** Adds one clause's scores and coverage; returns what the clause could cover at most. */
  private addClause(clause: Clause, score: Float64Array, covered: Float64Array, matched: Uint8Array, isWord: boolean): number {
    // Per article, the clause's best alternative (score, share matched), in scratch arrays
    // stamped per clause: a search allocates nothing per posting.
    const { best, sum } = this.scratch;
    best.reset();
    let clauseIdf = 0;
    for (const alt of clause.alternatives) {
      const single = alt.terms.length === 1;
      if (!single) sum.reset();
      for (const term of alt.terms) {
        const list = this.postings.get(term);
        if (!list) continue;
        const idf = this.idf(list.length);
        clauseIdf = Math.max(clauseIdf, idf);
        for (const p of list) {
          if (single) best.offer(p.doc, alt.weight * idf * p.weight, alt.weight);
          else sum.add(p.doc, idf * p.weight);
        }
      }
      if (!single) {
        for (let i = 0; i < sum.count; i++) {
          const doc = sum.docs[i]!;
          best.offer(doc, (alt.weight * sum.value[doc]!) / alt.terms.length, (alt.weight * sum.hits[doc]!) / alt.terms.length);
        }
      }
    }
    // A clause nothing in the index has: the question asks about something no article covers.
    if (clauseIdf === 0) clauseIdf = this.idf(1);
    for (let i = 0; i < best.count; i++) {
      const doc = best.docs[i]!;
      score[doc]! += clause.weight * best.value[doc]!;
      covered[doc]! += clause.weight * clauseIdf * best.share[doc]!;
      matched[doc] = isWord ? 255 : Math.min(254, matched[doc]! + 1);
    }
    return clause.weight * clauseIdf;
  }

  private fieldScore(doc: number, tfs: [number, number, number]): number {
    let total = 0;
    const lengths = this.lengths[doc]!;
    fields.forEach((field, f) => {
      const tf = tfs[f]!;
      if (tf === 0) return;
      const { weight, k1, b } = P.fields[field];
      const norm = tf / (1 - b + (b * lengths[f]!) / this.avg[f]!);
      total += (weight * norm * (k1 + 1)) / (k1 + norm);
    });
    return total;
  }

  private idf(df: number): number {
    const n = this.articles.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  private plan(query: string, synonyms: readonly SynonymTable[]): Clause[] {
    const last = this.lastPlan;
    if (last && last.query === query && last.synonyms === synonyms) return last.clauses;
    // Nothing a visitor asks needs more than this; longer input is cut, not refused.
    const clauses = planQuery(query.slice(0, 2000), { has: (t) => this.postings.has(t), near: (t) => this.near(t) }, synonyms);
    this.lastPlan = { query, synonyms, clauses };
    return clauses;
  }

  private near(term: string): NearTerm[] {
    let found = this.nearCache.get(term);
    if (!found) {
      // A Chinese bigram no article has is most likely a homophone typo; one that exists is meant.
      found = this.postings.has(term) ? this.fuzzy.near(term) : [...this.fuzzy.near(term), ...this.homophones.near(term)];
      if (this.nearCache.size > 5000) this.nearCache.clear();
      this.nearCache.set(term, found);
    }
    return found;
  }
}
