import { ArticleIndex, SynonymTable, builtInSynonyms, expectedArticleId, freshCorpus, freshQuestions, heldOutCorpus, heldOutQuestions, labelledCorpus, labelledQuestions, rankingParameters as P, readerLocale } from '@parley/server';

const synonyms = [new SynonymTable(builtInSynonyms)];
const sets = [['tuning', labelledCorpus(), labelledQuestions], ['held-out', heldOutCorpus(), heldOutQuestions], ['fresh', freshCorpus(), freshQuestions]] as const;
const minConf = Number(process.env.MINC ?? 0.05);
if (process.env.REL) P.relativeConfidence = Number(process.env.REL);
if (process.env.CW) P.charWeight = Number(process.env.CW);
const out: string[] = [];
for (const [name, articles, questions] of sets) {
  const index = new ArticleIndex(articles);
  const agg = new Map<string, { n: number; t1: number; t3: number; none: number; few: number }>();
  for (const q of questions) {
    const hits = index.search(q.question, { locale: readerLocale(q.question, q.locale), limit: 10, synonyms, minConfidence: minConf });
    const rank = hits.findIndex((h) => h.article.id === expectedArticleId(q, articles));
    for (const k of ['all', q.locale]) {
      const r = agg.get(k) ?? { n: 0, t1: 0, t3: 0, none: 0, few: 0 };
      r.n++; if (rank === 0) r.t1++; if (rank >= 0 && rank < 3) r.t3++; if (!hits.length) r.none++; if (hits.length < 3) r.few++;
      agg.set(k, r);
    }
  }
  out.push(`${name}: ` + [...agg].map(([k, r]) => `${k} ${Math.round((100 * r.t1) / r.n)}/${Math.round((100 * r.t3) / r.n)} none${r.none} few${r.few}`).join(' | '));
}
console.log(out.join('\n'));
