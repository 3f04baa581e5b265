// `npx tsx scripts/bench/search/quality-misses.ts [tuning|held-out|fresh]`: Parley's ranking
// (in process, as kb:search ranks) and the two baselines on a labelled set, per language and
// kind, then every question Parley does not rank first, with what it returned (not for the
// fresh set: it is read as totals only, see fresh-questions.ts). For reading losses; the
// benchmark (benchmarks/search-quality.ts) is the measurement of record.
import {
  ArticleIndex,
  SEARCH_CONFIDENCE,
  SynonymTable,
  builtInSynonyms,
  expectedArticleId,
  freshCorpus,
  freshQuestions,
  heldOutCorpus,
  heldOutQuestions,
  labelledCorpus,
  labelledQuestions,
  readerLocale,
} from '@parley/server';
import { flexSearchEngine, miniSearchEngine, type SearchEngine } from './baseline-engines.js';
import { qualityBreakdown, type Graded } from './quality-scores.js';

const which = process.argv[2] ?? 'held-out';
const articles = which === 'tuning' ? labelledCorpus() : which === 'fresh' ? freshCorpus() : heldOutCorpus();
const questions = which === 'tuning' ? labelledQuestions : which === 'fresh' ? freshQuestions : heldOutQuestions;
const index = new ArticleIndex(articles);
const synonyms = [new SynonymTable(builtInSynonyms)];
const parley: SearchEngine = {
  name: 'parley',
  search: async (question, locale, limit) =>
    index.search(question, { locale: readerLocale(question, locale), limit, synonyms, minConfidence: SEARCH_CONFIDENCE }).map((h) => h.article.id),
};

const tables = new Map<string, ReturnType<typeof qualityBreakdown>>();
const misses: string[] = [];
for (const engine of [parley, miniSearchEngine(articles), flexSearchEngine(articles)]) {
  const graded: Graded[] = [];
  for (const q of questions) {
    const ids = await engine.search(q.question, q.locale, 10);
    const rank = ids.indexOf(expectedArticleId(q, articles));
    graded.push({ question: q, rank, returned: ids.length });
    if (engine === parley && rank !== 0) misses.push(`${rank < 0 || rank > 2 ? "TOP3 " : "top1 "}${q.locale} ${q.kind.padEnd(12)} ${q.question}  [${q.topic}] → ${ids.slice(0, 3).join(', ') || 'nothing'}`);
  }
  tables.set(engine.name, qualityBreakdown(graded));
}
const keys = [...tables.get('parley')!.keys()].sort();
console.log(`${which}: ${questions.length} questions, ${articles.length} articles      parley t1/t3     minisearch t1/t3  flexsearch t1/t3`);
for (const key of keys) {
  const cells = [...tables.values()].map((t) => `${t.get(key)!.top1.toFixed(0).padStart(3)}/${t.get(key)!.top3.toFixed(0).padStart(3)}`.padEnd(18));
  console.log(`  ${key.padEnd(22)} ${String(tables.get('parley')!.get(key)!.n).padStart(3)}  ${cells.join('')}`);
}
if (which === 'fresh') console.log(`\nnot first: ${misses.length} (not listed: the fresh set is read as totals only)`);
else console.log(`\nnot first (${misses.length}):\n  ${misses.join('\n  ')}`);
