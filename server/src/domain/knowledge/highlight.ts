import type { TextPart } from '@parley/shared';
import { foldChar } from './hant-fold.js';
import { stem, tokenize } from './tokenize.js';

/**
 * Splits `text` into parts, marking the ones that match the query's terms: Chinese bigrams
 * (and single characters for a one-character query) in either script, and Latin words by
 * their stem. Folding is done char by char so positions in the folded text are the original's.
 * `terms`, when given, are the terms search matched by (synonyms and typo corrections too).
 */
export function highlight(text: string, query: string, terms: ReadonlySet<string> = new Set(tokenize(query, 'query'))): TextPart[] {
  const chars = Array.from(text);
  const folded = chars.map((c) => foldChar(c.toLowerCase()));
  const marked = new Array<boolean>(chars.length).fill(false);
  for (let i = 0; i < chars.length; i++) {
    if (terms.has(`u:${folded[i]}`)) marked[i] = true;
    if (i + 1 < chars.length && terms.has(folded[i]! + folded[i + 1]!)) marked[i] = marked[i + 1] = true;
  }
  const word = /[\p{L}\p{N}]/u;
  const han = /\p{Script=Han}/u;
  for (let i = 0; i < chars.length; ) {
    if (!word.test(chars[i]!) || han.test(chars[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && word.test(chars[j]!) && !han.test(chars[j]!)) j++;
    const latinWord = folded.slice(i, j).join('').normalize('NFKC');
    if (terms.has(stem(latinWord)) || terms.has(latinWord)) marked.fill(true, i, j);
    i = j;
  }
  const parts: TextPart[] = [];
  chars.forEach((char, i) => {
    const last = parts[parts.length - 1];
    if (last && last.hit === marked[i]) last.text += char;
    else parts.push({ text: char, hit: marked[i]! });
  });
  return parts;
}

/** A passage of about `length` characters around the first match, with its matches marked. */
export function snippet(text: string, query: string, length = 120, terms?: ReadonlySet<string>): TextPart[] {
  const parts = highlight(text.replace(/\s+/g, ' ').trim(), query, terms);
  const chars = parts.flatMap((p) => Array.from(p.text).map((c) => ({ c, hit: p.hit })));
  const first = Math.max(chars.findIndex((x) => x.hit), 0);
  const start = Math.max(0, Math.min(first - Math.floor(length / 4), chars.length - length));
  const window = chars.slice(start, start + length);
  const out: TextPart[] = [];
  for (const { c, hit } of window) {
    const last = out[out.length - 1];
    if (last && last.hit === hit) last.text += c;
    else out.push({ text: c, hit });
  }
  if (start > 0) out.unshift({ text: '…', hit: false });
  if (start + length < chars.length) out.push({ text: '…', hit: false });
  return out;
}
