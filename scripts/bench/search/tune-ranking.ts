// `npx tsx scripts/bench/search/tune-ranking.ts`: coordinate search over the ranking parameters
// (server/src/domain/knowledge/ranking-parameters.ts) on the labelled questions, in process.
// It prints the best values found; copying them into ranking-parameters.ts is a decision, not
// automatic: the labelled set is small, and a value that wins by one question is noise.
import { ArticleIndex, SynonymTable, builtInSynonyms, expectedArticleId, labelledCorpus, labelledQuestions, rankingParameters as P, readerLocale } from '@parley/server';

const articles = labelledCorpus();
const synonyms = [new SynonymTable(builtInSynonyms)];

/** MRR plus top-3 share over the labelled set: the objective. */
function evaluate(): { top1: number; top3: number; mrr: number; objective: number } {
  const index = new ArticleIndex(articles);
  let top1 = 0;
  let top3 = 0;
  let mrr = 0;
  for (const q of labelledQuestions) {
    const hits = index.search(q.question, { locale: readerLocale(q.question, q.locale), limit: 10, synonyms });
    const rank = hits.findIndex((h) => h.article.id === expectedArticleId(q, articles));
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 3) top3++;
    if (rank >= 0) mrr += 1 / (rank + 1);
  }
  const n = labelledQuestions.length;
  return { top1: top1 / n, top3: top3 / n, mrr: mrr / n, objective: (mrr + top3) / n };
}

type Knob = [name: string, get: () => number, set: (v: number) => void, values: number[]];
const field = (f: 'title' | 'keywords' | 'body', p: 'weight' | 'k1' | 'b', values: number[]): Knob => [
  `${f}.${p}`,
  () => P.fields[f][p],
  (v) => (P.fields[f][p] = v),
  values,
];
const knobs: Knob[] = [
  field('title', 'weight', [1.5, 2, 2.5, 3, 3.5, 4]),
  field('keywords', 'weight', [1.5, 2, 2.2, 3, 4]),
  field('title', 'k1', [0.5, 0.8, 1, 1.5]),
  field('keywords', 'k1', [0.5, 0.8, 1, 1.5]),
  field('body', 'k1', [0.8, 1.2, 1.6, 2]),
  field('title', 'b', [0.2, 0.4, 0.6]),
  field('body', 'b', [0.5, 0.75, 0.9]),
  ['coordination', () => P.coordination, (v) => (P.coordination = v), [0.1, 0.2, 0.3, 0.4, 0.6]],
  ['sameLocale', () => P.sameLocale, (v) => (P.sameLocale = v), [1.3, 1.6, 2, 2.5, 3]],
  ['sameLanguage', () => P.sameLanguage, (v) => (P.sameLanguage = v), [1.1, 1.3, 1.5, 2]],
];

let best = evaluate();
process.stdout.write(`start: ${JSON.stringify(best)}\n`);
for (let round = 0; round < 2; round++) {
  for (const [name, get, set, values] of knobs) {
    let bestValue = get();
    for (const v of values) {
      set(v);
      const r = evaluate();
      if (r.objective > best.objective + 1e-9) [best, bestValue] = [r, v];
    }
    set(bestValue);
    process.stdout.write(`${name} = ${bestValue}: ${JSON.stringify(best)}\n`);
  }
}
