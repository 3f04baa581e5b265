import { describe, expect, it } from 'vitest';
import { ArticleIndex } from './article-index.js';
import { builtInSynonyms } from './builtin-synonyms.js';
import { ANSWER_CONFIDENCE } from './knowledge-service.js';
import { labelledQuestions, unanswerableQuestions } from './labelled-questions.js';
import { readerLocale } from './reader-locale.js';
import { expectedArticleId, labelledCorpus } from './search-corpus.js';
import { SynonymTable } from './synonym-table.js';

/**
 * The project's labelled questions (the same the search-quality benchmark reports on), held to
 * floors so a change to analysis or ranking that loses answers fails here first.
 */
describe('search quality on the labelled booking and shop questions', () => {
  const articles = labelledCorpus();
  const index = new ArticleIndex(articles);
  const synonyms = [new SynonymTable(builtInSynonyms)];
  const ask = (question: string, locale: string, minConfidence = 0) =>
    index.search(question, { locale: readerLocale(question, locale), limit: 3, synonyms, minConfidence });

  it('finds the answer in the top 3 for at least 95% of each language and 90% of each kind', () => {
    const rows = new Map<string, { n: number; top3: number }>();
    const misses: string[] = [];
    for (const q of labelledQuestions) {
      const ranked = ask(q.question, q.locale).map((h) => h.article.id);
      const hit = ranked.includes(expectedArticleId(q, articles));
      if (!hit) misses.push(`${q.locale} ${q.kind}: ${q.question} → ${ranked.join(', ') || 'nothing'}`);
      for (const key of [q.locale, q.kind]) {
        const row = rows.get(key) ?? { n: 0, top3: 0 };
        row.n++;
        if (hit) row.top3++;
        rows.set(key, row);
      }
    }
    if (misses.length) console.info(`labelled questions missed in the top 3:\n  ${misses.join('\n  ')}`);
    for (const [key, r] of rows) expect(r.top3 / r.n, key).toBeGreaterThanOrEqual(['en', 'zh-CN', 'zh-TW'].includes(key) ? 0.95 : 0.9);
  });

  it('lets the bot answer most answerable questions and hand off most unanswerable ones', () => {
    const answered = labelledQuestions.filter((q) => ask(q.question, q.locale, ANSWER_CONFIDENCE)[0]?.article.id === expectedArticleId(q, articles));
    const guessed = unanswerableQuestions.filter((q) => ask(q.question, q.locale, ANSWER_CONFIDENCE).length > 0);
    console.info(`bot: answers ${answered.length}/${labelledQuestions.length} right; guesses on ${guessed.map((q) => q.question).join(' | ') || 'none'}`);
    expect(answered.length / labelledQuestions.length).toBeGreaterThanOrEqual(0.85);
    expect(guessed.length / unanswerableQuestions.length).toBeLessThanOrEqual(0.3);
  });
});
