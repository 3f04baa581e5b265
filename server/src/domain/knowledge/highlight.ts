import type { TextPart } from '@parley/shared';
import { foldChar } from './hant-fold.js';
import { stem, tokenize } from './tokenize.js';

const wordChar = /[\p{L}\p{N}]/u;
const hanChar = /\p{Script=Han}/u;

/**
 * Which characters of `text` match the terms: Chinese bigrams (and `u:` single characters)
 * in either script, and Latin words by their stem. Folding is done char by char so positions
 * in the folded text are the original's.
 */
function markHits(chars: readonly string[], terms: ReadonlySet<string>): boolean[] {
  const folded = chars.map((c) => foldChar(c.toLowerCase()));
  const marked = new Array<boolean>(chars.length).fill(false);
  for (let i = 0; i < chars.length; i++) {
    if (terms.has(`u:${folded[i]}`)) marked[i] = true;
    if (i + 1 < chars.length && terms.has(folded[i]! + folded[i + 1]!)) marked[i] = marked[i + 1] = true;
  }
  for (let i = 0; i < chars.length; ) {
    if (!wordChar.test(chars[i]!) || hanChar.test(chars[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && wordChar.test(chars[j]!) && !hanChar.test(chars[j]!)) j++;
    const latinWord = folded.slice(i, j).join('').normalize('NFKC');
    if (terms.has(stem(latinWord)) || terms.has(latinWord)) marked.fill(true, i, j);
    i = j;
  }
  return marked;
}

/** Characters `from`–`to` as parts, runs of the same marking joined. */
function partsOf(chars: readonly string[], marked: readonly boolean[], from: number, to: number): TextPart[] {
  const parts: TextPart[] = [];
  let start = from;
  for (let i = from + 1; i <= to; i++) {
    if (i < to && marked[i] === marked[start]) continue;
    if (i > start) parts.push({ text: chars.slice(start, i).join(''), hit: marked[start]! });
    start = i;
  }
  return parts;
}

/**
 * Splits `text` into parts, marking the ones that match the query's terms. `terms`, when
 * given, are the terms search matched by (synonyms and typo corrections too).
 */
export function highlight(text: string, query: string, terms: ReadonlySet<string> = new Set(tokenize(query, 'query'))): TextPart[] {
  const chars = Array.from(text);
  return partsOf(chars, markHits(chars, terms), 0, chars.length);
}

/** A passage of about `length` characters around the first match, with its matches marked. */
export function snippet(text: string, query: string, length = 120, terms: ReadonlySet<string> = new Set(tokenize(query, 'query'))): TextPart[] {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  const marked = markHits(chars, terms);
  const first = Math.max(marked.indexOf(true), 0);
  const start = Math.max(0, Math.min(first - Math.floor(length / 4), chars.length - length));
  const end = Math.min(chars.length, start + length);
  const out = partsOf(chars, marked, start, end);
  if (start > 0) out.unshift({ text: '…', hit: false });
  if (end < chars.length) out.push({ text: '…', hit: false });
  return out;
}
