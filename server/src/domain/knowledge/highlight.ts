import type { TextPart } from '@parley/shared';
import { foldChar } from './hant-fold.js';
import { stem, tokenize } from './tokenize.js';

const wordChar = /[\p{L}\p{N}]/u;
const hanChar = /\p{Script=Han}/u;

/**
 * A text split for highlighting, done once per article (the index keeps it): its characters,
 * each folded (lower case, Traditional to Simplified) so positions in the folded text are the
 * original's, and its Latin words with their stems.
 */
export interface PreparedText {
  chars: string[];
  folded: string[];
  /** Latin words: [start, end) in `chars`, the folded word and its stem. */
  words: Array<{ from: number; to: number; word: string; stem: string }>;
}

export function prepareText(text: string): PreparedText {
  const chars = Array.from(text);
  const folded = chars.map((c) => foldChar(c.toLowerCase()));
  const words: PreparedText['words'] = [];
  const latin = (c: string) => wordChar.test(c) && !hanChar.test(c);
  for (let i = 0; i < chars.length; ) {
    if (!latin(chars[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && latin(chars[j]!)) j++;
    const word = folded.slice(i, j).join('').normalize('NFKC');
    words.push({ from: i, to: j, word, stem: stem(word) });
    i = j;
  }
  return { chars, folded, words };
}

/**
 * Which characters of a prepared text match the terms: Chinese bigrams (and `u:` single
 * characters) in either script, and Latin words by their stem.
 */
function markHits({ folded, words }: PreparedText, terms: ReadonlySet<string>): boolean[] {
  const marked = new Array<boolean>(folded.length).fill(false);
  for (let i = 0; i < folded.length; i++) {
    if (terms.has(`u:${folded[i]}`)) marked[i] = true;
    if (i + 1 < folded.length && terms.has(folded[i]! + folded[i + 1]!)) marked[i] = marked[i + 1] = true;
  }
  for (const w of words) if (terms.has(w.stem) || terms.has(w.word)) marked.fill(true, w.from, w.to);
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
export function highlight(text: string | PreparedText, query: string, terms: ReadonlySet<string> = new Set(tokenize(query, 'query'))): TextPart[] {
  const prepared = typeof text === 'string' ? prepareText(text) : text;
  return partsOf(prepared.chars, markHits(prepared, terms), 0, prepared.chars.length);
}

/**
 * A passage of about `length` characters around the first match, with its matches marked. A
 * prepared text is taken as it is (its spaces already collapsed).
 */
export function snippet(text: string | PreparedText, query: string, length = 120, terms: ReadonlySet<string> = new Set(tokenize(query, 'query'))): TextPart[] {
  const prepared = typeof text === 'string' ? prepareText(text.replace(/\s+/g, ' ').trim()) : text;
  const { chars } = prepared;
  const marked = markHits(prepared, terms);
  const first = Math.max(marked.indexOf(true), 0);
  const start = Math.max(0, Math.min(first - Math.floor(length / 4), chars.length - length));
  const end = Math.min(chars.length, start + length);
  const out = partsOf(chars, marked, start, end);
  if (start > 0) out.unshift({ text: '…', hit: false });
  if (end < chars.length) out.push({ text: '…', hit: false });
  return out;
}
