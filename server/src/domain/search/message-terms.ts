import { tokenize } from '../knowledge/tokenize.js';

/** Queries longer than this many terms are cut: no one types a page into a search box. */
const MAX_QUERY_TERMS = 32;

/**
 * A message's index terms: the knowledge base's analysis (Traditional folded to Simplified,
 * Chinese bigrams and characters, stemmed English), so `退款` finds `退款` and `退還`-style
 * spellings alike and a query in either script finds both.
 */
export function messageTerms(text: string): string[] {
  return [...new Set(tokenize(text, 'document'))];
}

const hanPair = /^\p{Script=Han}{2}$/u;

/**
 * A query's terms, every one of which a hit must carry. A run of Chinese written without
 * spaces is often several words (`退款到账`): of its overlapping bigrams every other one is
 * kept (`退款`, `到账`), so a message with those words apart still matches, where the bigram
 * across the words (`款到`) would have ruled it out.
 */
export function queryTerms(query: string): string[] {
  const kept: string[] = [];
  let previous: string | null = null;
  for (const term of tokenize(query, 'query')) {
    const overlaps = previous !== null && hanPair.test(term) && hanPair.test(previous) && Array.from(previous)[1] === Array.from(term)[0];
    if (overlaps && kept.at(-1) === previous) {
      previous = term;
      continue;
    }
    kept.push(term);
    previous = term;
  }
  return [...new Set(kept)].slice(0, MAX_QUERY_TERMS);
}
