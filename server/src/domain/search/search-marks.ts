import { foldText } from '../knowledge/tokenize.js';
import { queryTerms } from './message-terms.js';

/** Where the query's words are in a snippet: `[start, end)` in UTF-16 offsets (String#slice's), in order, never overlapping. */
export type SearchMarks = Array<[number, number]>;

/**
 * The places in `snippet` a result list highlights, found on the folded text (Traditional to
 * Simplified, full width to half width, lower case) with the query's own terms, so a
 * Simplified query marks a Traditional message. English terms are stems (`charg`): a mark runs
 * on to the word's end. The client draws the marks as text, never as HTML.
 */
export function searchMarks(snippet: string, query: string): SearchMarks {
  const chars = Array.from(snippet);
  // One folded code point per original one, so a place in the folded text is the same place in the snippet.
  const folded = chars.map((c) => {
    const f = foldText(c);
    return Array.from(f).length === 1 ? f : c.toLowerCase();
  });
  const text = folded.join('');
  const probes = new Set<string>();
  const whole = foldText(query).trim();
  if (whole) probes.add(whole);
  for (const term of queryTerms(query)) {
    const bare = term.replace(/^[a-z]+:/, '');
    // A lone Latin letter would mark every word; a lone Han character is a word.
    if (bare && (bare.length > 1 || /\p{Script=Han}/u.test(bare))) probes.add(bare);
  }
  const ranges: Array<[number, number]> = [];
  for (const probe of probes) {
    for (let at = text.indexOf(probe); at >= 0; at = text.indexOf(probe, at + probe.length)) {
      const start = Array.from(text.slice(0, at)).length;
      let end = start + Array.from(probe).length;
      if (/^[\p{L}\p{N}]+$/u.test(probe) && !/\p{Script=Han}/u.test(probe)) while (end < folded.length && /^[\p{L}\p{N}]$/u.test(folded[end]!) && !/\p{Script=Han}/u.test(folded[end]!)) end++;
      ranges.push([start, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  // Code points to UTF-16 offsets.
  const offset: number[] = [0];
  for (const c of chars) offset.push(offset.at(-1)! + c.length);
  return merged.map(([s, e]) => [offset[s]!, offset[e]!]);
}
