export type Field = 'title' | 'keywords' | 'body';

/**
 * BM25F parameters, tuned on the labelled questions (labelled-questions.ts) with
 * `npx tsx scripts/bench/search/tune-ranking.ts`. Each field saturates on its own (`k1`), so one
 * word repeated in a long body cannot outweigh a title and keyword match; `b` is how much a
 * field's length dilutes its matches.
 */
export const rankingParameters = {
  fields: {
    title: { weight: 3.5, k1: 1.0, b: 0.4 },
    keywords: { weight: 2.2, k1: 1.0, b: 0.3 },
    body: { weight: 1, k1: 1.2, b: 0.75 },
  } satisfies Record<Field, { weight: number; k1: number; b: number }>,
  /** Single characters of a Chinese question: a fallback below bigram matches (a clause counts this much of one). */
  charWeight: 0.22,
  /** The share of an article's score that does not depend on how much of the question it covers. */
  coordination: 0.4,
  /** Results covering less than this share of what the best result covers are left out. */
  relativeConfidence: 0.05,
  /**
   * An article that shares only characters with the question (no word, bigram, synonym or typo of
   * one) is left out below this share of the best result's coverage, and below
   * `charOnlyConfidence` of the question when it shares fewer than `charOnlyMinChars` characters:
   * 行李寄存 must not list every article with a 行 or a 存.
   */
  charOnlyRelative: 0.2,
  charOnlyConfidence: 0.05,
  charOnlyMinChars: 2,
  /** The reader's own locale, and the same language in another script or region. */
  sameLocale: 2.5,
  sameLanguage: 1.5,
};
