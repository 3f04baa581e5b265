/** How many edits a word of this length may carry and still be the same word: none for short words. */
export function allowedEdits(length: number): number {
  if (length < 5) return 0;
  return length < 9 ? 1 : 2;
}

/** Optimal string alignment distance (an adjacent swap is one edit), or `max + 1` once it is over `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** A vocabulary term close to a query term, and how much of a match it is worth (0–1). */
export interface NearTerm {
  term: string;
  weight: number;
}

const PREFIX_WEIGHT = 0.7;
const EDIT_WEIGHT = [1, 0.8, 0.65];

/**
 * The Latin words of an index, for typo tolerance ("cancle" → cancel, "resheduel" →
 * reschedule) and for words that share a stem's beginning ("safe" / "safety"). Bucketed by
 * first letter: a typo in the first letter is rare, and scanning one bucket keeps a query fast.
 */
export class FuzzyVocabulary {
  private readonly buckets = new Map<string, string[]>();

  constructor(terms: Iterable<string>) {
    for (const term of terms) {
      if (term.length < 3 || !/^[a-z]+$/.test(term)) continue;
      const bucket = this.buckets.get(term[0]!) ?? [];
      bucket.push(term);
      this.buckets.set(term[0]!, bucket);
    }
  }

  /** Terms near `term` (not itself), best first, at most `limit`. */
  near(term: string, limit = 4): NearTerm[] {
    if (term.length < 4 || !/^[a-z]+$/.test(term)) return [];
    const max = allowedEdits(term.length);
    const found: NearTerm[] = [];
    for (const candidate of this.buckets.get(term[0]!) ?? []) {
      if (candidate === term) continue;
      const shorter = candidate.length < term.length ? candidate : term;
      const longer = shorter === candidate ? term : candidate;
      if (shorter.length >= 4 && longer.startsWith(shorter) && longer.length - shorter.length <= 3) {
        found.push({ term: candidate, weight: PREFIX_WEIGHT });
        continue;
      }
      if (max === 0) continue;
      const d = editDistance(term, candidate, max);
      if (d <= max) found.push({ term: candidate, weight: EDIT_WEIGHT[d]! });
    }
    return found.sort((a, b) => b.weight - a.weight).slice(0, limit);
  }
}
