import { foldText } from '../knowledge/tokenize.js';

const WIDTH = 120;

/**
 * A short piece of `text` around the first place one of the query's words occurs, found on
 * the folded text (so a Simplified query marks a Traditional message). Folding maps character
 * to character, so the place found is the place in the original.
 */
export function searchSnippet(text: string, query: string): string {
  const chars = Array.from(text);
  if (chars.length <= WIDTH) return text;
  const folded = chars.map((c) => (foldText(c).length === 1 ? foldText(c) : c)).join('');
  const words = foldText(query).split(/[\s\p{P}]+/u).filter(Boolean);
  let at = -1;
  for (const word of words) {
    // Chinese words are matched by their first two characters (the index's bigrams).
    const probe = /\p{Script=Han}/u.test(word) ? Array.from(word).slice(0, 2).join('') : word.slice(0, 4);
    const index = folded.indexOf(probe);
    if (index >= 0 && (at < 0 || index < at)) at = index;
  }
  const start = Math.max(0, Math.min((at < 0 ? 0 : Array.from(folded.slice(0, at)).length) - 30, chars.length - WIDTH));
  return `${start > 0 ? '…' : ''}${chars.slice(start, start + WIDTH).join('')}${start + WIDTH < chars.length ? '…' : ''}`;
}
