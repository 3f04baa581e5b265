import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Article } from '@parley/shared';
import { KnowledgeSearch, SEARCH_CONFIDENCE, SqliteStore, labelledCorpus, labelledQuestions } from '@parley/server';

/** A small deterministic generator: the same corpus on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/**
 * `count` articles built from the labelled corpus: the originals, then variants that mix a
 * base article's title and keywords with sentences of two others, so the vocabulary and
 * lengths stay those of a real help centre.
 */
export function syntheticCorpus(count: number, workspaceId: string): Article[] {
  const base = labelledCorpus(workspaceId);
  const next = random(17);
  const sentences = base.map((a) => a.body.split(/(?<=[.。!！?？])\s*/).filter(Boolean));
  const out: Article[] = base.slice(0, count);
  for (let i = out.length; i < count; i++) {
    const k = Math.floor(next() * base.length);
    const a = base[k]!;
    const extra = [0, 1].map(() => {
      const from = sentences[Math.floor(next() * base.length)]!;
      return from[Math.floor(next() * from.length)] ?? '';
    });
    out.push({ ...a, id: `syn_${i}`, group: `syn_${i}`, title: `${a.title} ${i}`, body: `${a.body} ${extra.join(' ')}`, createdAt: i, updatedAt: i });
  }
  return out;
}

export interface LatencyFigures {
  articles: number;
  searches: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** CPU time (user + system) of this process per search: the work itself, without waiting for a core. */
  cpuP50: number;
  cpuP95: number;
  /** The first search after an article changed: the index is rebuilt. */
  rebuildMs: number;
}

/**
 * Search latency as the server answers `kb:search`: `KnowledgeSearch` over the embedded store
 * (the revision check, ranking, highlighting and snippets), every labelled question `rounds`
 * times against `count` articles, measured one call at a time.
 */
export async function measureSearchLatency(count: number, rounds: number): Promise<LatencyFigures> {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-search-bench-'));
  const store = new SqliteStore(path.join(dir, 'search.db'));
  try {
    const workspace = await store.createWorkspace({ id: 'ws_search', name: 'Search', createdAt: 0 });
    for (const article of syntheticCorpus(count, workspace.id)) await store.knowledge.createArticle(article);
    const search = new KnowledgeSearch(store.knowledge);
    const ask = (q: string, locale: string) => search.search(workspace.id, q, { locale, limit: 5, minConfidence: SEARCH_CONFIDENCE });
    await ask('warm up', 'en');
    const times: number[] = [];
    const cpu: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const q of labelledQuestions) {
        const cpuBefore = process.cpuUsage();
        const started = performance.now();
        await ask(q.question, q.locale);
        times.push(performance.now() - started);
        const used = process.cpuUsage(cpuBefore);
        cpu.push((used.user + used.system) / 1000);
      }
    }
    const [first] = await store.knowledge.listArticles(workspace.id);
    await store.knowledge.updateArticle({ ...first!, title: `${first!.title}!`, updatedAt: 1 });
    const started = performance.now();
    await ask('gift card', 'en');
    const rebuildMs = performance.now() - started;
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const round = (x: number) => Math.round(x * 1000) / 1000;
    // Nearest rank, as core/percentiles.ts (whose summary has no p95).
    const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((q / 100) * sorted.length) - 1))]!;
    return {
      articles: count,
      searches: times.length,
      p50: round(percentile(times, 50)),
      p95: round(percentile(times, 95)),
      p99: round(percentile(times, 99)),
      max: round(times.at(-1)!),
      cpuP50: round(percentile(cpu, 50)),
      cpuP95: round(percentile(cpu, 95)),
      rebuildMs: Math.round(rebuildMs),
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
