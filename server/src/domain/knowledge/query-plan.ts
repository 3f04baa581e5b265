import type { NearTerm } from './fuzzy-vocabulary.js';
import type { SynonymTable } from './synonym-table.js';
import { rankingParameters as P } from './ranking-parameters.js';
import { analyse } from './tokenize.js';

/** One way a clause can be met: all of `terms` (their mean score), worth `weight` of a full match. */
export interface Alternative {
  terms: string[];
  weight: number;
}

/** One thing the question asks about; a document meets it by its best alternative. */
export interface Clause {
  alternatives: Alternative[];
  /** Below 1 for the single-character fallback, so it ranks below bigram matches. */
  weight: number;
}

/** What the planner may ask of the index. */
export interface Vocabulary {
  has(term: string): boolean;
  near(term: string): NearTerm[];
}

/** A synonym of the question's own phrase counts a little less than the phrase itself. */
export const SYNONYM_WEIGHT = 0.85;

/**
 * The clauses of a question: each word with its typo and stem neighbours, each synonym phrase
 * with the rest of its group (the workspace's groups first), two words with their joined form
 * and a compound with its halves, then the Chinese characters as a weak fallback.
 */
export function planQuery(query: string, vocabulary: Vocabulary, synonyms: readonly SynonymTable[]): Clause[] {
  const { words, joins, chars } = analyse(query);
  const clauses: Clause[] = [];
  for (let i = 0; i < words.length; ) {
    const phrase = synonyms.map((table) => table.match(words, i)).find((p) => p !== null) ?? null;
    if (phrase) {
      const table = synonyms.find((t) => t.match(words, i) === phrase)!;
      const own = phrase.terms.join(' ');
      const alternatives = table.groups[phrase.group]!.map((terms) => ({ terms, weight: terms.join(' ') === own ? 1 : SYNONYM_WEIGHT }));
      clauses.push({ alternatives, weight: 1 });
      i += phrase.terms.length;
      continue;
    }
    const word = words[i]!;
    const join = joins.find((j) => j.at === i);
    if (join && i + 1 < words.length && vocabulary.has(join.term)) {
      clauses.push({ alternatives: [{ terms: [word, words[i + 1]!], weight: 1 }, { terms: [join.term], weight: 1 }], weight: 1 });
      i += 2;
      continue;
    }
    const alternatives: Alternative[] = [{ terms: [word], weight: 1 }];
    for (const near of vocabulary.near(word)) alternatives.push({ terms: [near.term], weight: near.weight });
    const halves = vocabulary.has(word) ? null : split(word, vocabulary);
    if (halves) alternatives.push({ terms: halves, weight: 1 });
    clauses.push({ alternatives, weight: 1 });
    i++;
  }
  for (const c of new Set(chars)) clauses.push({ alternatives: [{ terms: [c], weight: 1 }], weight: P.charWeight });
  return onePathPerTerm(dedupe(clauses));
}

/**
 * A word of an article answers one word of the question: when two clauses could both be met by
 * the same term through a synonym or a typo ("book" → appointment, "apointment" → appointment),
 * the term stays with the clause that reaches it best and leaves the other's borrowed
 * alternatives, so one title word is not counted twice. A clause's own word always stays.
 */
function onePathPerTerm(clauses: Clause[]): Clause[] {
  const best = new Map<string, { clause: number; weight: number }>();
  clauses.forEach((clause, c) =>
    clause.alternatives.forEach((alt) => {
      if (alt.terms.length !== 1) return;
      const term = alt.terms[0]!;
      const seen = best.get(term);
      if (!seen || alt.weight > seen.weight) best.set(term, { clause: c, weight: alt.weight });
    }),
  );
  return clauses.map((clause, c) => ({
    ...clause,
    alternatives: clause.alternatives.filter((alt) => alt.weight >= 1 || alt.terms.length !== 1 || best.get(alt.terms[0]!)!.clause === c),
  }));
}

/** "giftcard" → gift + card when the index knows both halves and not the whole. */
function split(word: string, vocabulary: Vocabulary): string[] | null {
  if (word.length < 6 || !/^[a-z]+$/.test(word)) return null;
  for (let k = 3; k <= word.length - 3; k++) {
    const [left, right] = [word.slice(0, k), word.slice(k)];
    if (vocabulary.has(left) && vocabulary.has(right)) return [left, right];
  }
  return null;
}

/** A question that repeats a word asks about it once. */
function dedupe(clauses: Clause[]): Clause[] {
  const seen = new Set<string>();
  return clauses.filter((c) => {
    const key = `${c.weight}|${c.alternatives.map((a) => a.terms.join(' ')).join('|')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
