import type { LabelledQuestion } from '@parley/server';

/** Top-1, top-3 (shares, 0–100) and mean reciprocal rank over the top 10 of a set of questions. */
export interface Quality {
  n: number;
  top1: number;
  top3: number;
  mrr: number;
  /** Questions answered with no article at all. */
  none: number;
}

/** One engine's answer to one question: the rank (0-based) of the expected article, -1 if absent. */
export interface Graded {
  question: LabelledQuestion;
  rank: number;
  /** How many articles the engine returned. */
  returned: number;
}

const score = (rows: readonly Graded[]): Quality => {
  const n = rows.length;
  const share = (ok: (r: Graded) => boolean) => (n ? Math.round((1000 * rows.filter(ok).length) / n) / 10 : 0);
  const mrr = n ? rows.reduce((s, r) => s + (r.rank >= 0 ? 1 / (r.rank + 1) : 0), 0) / n : 0;
  return { n, top1: share((r) => r.rank === 0), top3: share((r) => r.rank >= 0 && r.rank < 3), mrr: Math.round(mrr * 1000) / 1000, none: rows.filter((r) => r.returned === 0).length };
};

/** Scores per language, per kind, and per language and kind, keyed `en`, `reworded`, `en/reworded`, `all`. */
export function qualityBreakdown(rows: readonly Graded[]): Map<string, Quality> {
  const groups = new Map<string, Graded[]>();
  const add = (key: string, row: Graded) => groups.set(key, [...(groups.get(key) ?? []), row]);
  for (const row of rows) {
    add('all', row);
    add(row.question.locale, row);
    add(row.question.kind, row);
    add(`${row.question.locale}/${row.question.kind}`, row);
  }
  return new Map([...groups].map(([key, list]) => [key, score(list)]));
}
