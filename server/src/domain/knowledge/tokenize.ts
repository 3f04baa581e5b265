import { contentRuns } from './chinese-words.js';
import { baseForm, englishStopWords, stem } from './english-words.js';
import { foldChar } from './hant-fold.js';

export { stem } from './english-words.js';

/** Lower-case, NFKC (full-width letters and digits to ASCII) and Traditional folded to Simplified, char by char. */
export function foldText(text: string): string {
  let out = '';
  for (const char of text.normalize('NFKC').toLowerCase()) out += foldChar(char);
  return out;
}

/** A text's terms, as the index and the query planner use them. */
export interface AnalysedText {
  /**
   * In reading order: stemmed Latin words and Chinese bigrams; a one-character Chinese word
   * standing alone is a `u:` term. Stop words are gone.
   */
  words: string[];
  /**
   * Adjacent content words joined and stemmed ("gift card" → giftcard), with the position in
   * `words` of the first one. (A word and its particle, "log in", and a hyphenated compound,
   * "no-show", are one word already: login, noshow.)
   */
  joins: Array<{ term: string; at: number }>;
  /** Every content Chinese character of a run of two or more, `u:`-prefixed: the single-character fallback. */
  chars: string[];
}

// Han runs, and Latin/digit words with their inner apostrophes and hyphens (split below).
const latin = "(?:(?!\\p{Script=Han})[\\p{L}\\p{N}])";
const runs = new RegExp(`\\p{Script=Han}+|${latin}(?:(?:${latin}|['’-])*${latin})?`, 'gu');
const han = /^\p{Script=Han}/u;
/** Longer runs are cut: nothing a visitor asks or an article says needs a 60-letter word. */
const MAX_WORD = 40;

// Verbs that make one word with a particle after them: log in, sign up, check out, drop off.
const phrasalVerbs = new Set(['log', 'sign', 'check', 'walk', 'drop', 'pick', 'set', 'top', 'add', 'opt', 'print', 'back', 'plug', 'turn']);
const particles = new Set(['in', 'out', 'up', 'on', 'off', 'down', 'over']);
/** Words that may stand between "no"/"without" and the noun they negate. */
const negatedArticles = new Set(['a', 'an', 'the', 'any', 'my', 'your']);

/** A word that may be joined to its neighbour: not a stop word, not a number, not one letter. */
const isContent = (w: string) => w.length > 1 && !englishStopWords.has(w) && !/^\d+$/.test(w);

/**
 * Analyses text for search. Chinese: the segmenter's stop words are removed first, then each
 * remaining run gives its character bigrams (and its characters, for the fallback). Latin:
 * lower-cased, Porter-stemmed, stop words dropped; hyphenated and adjacent words are also
 * joined, so "no-show" matches "noshow" rather than every "no".
 * @example analyse('怎么办 gift card').words // ['办', 'gift', 'card'] with '办' as 'u:办'
 */
export function analyse(text: string): AnalysedText {
  const out: AnalysedText = { words: [], joins: [], chars: [] };
  let previous: string | null = null; // the last Latin word, raw, for joins
  for (const [run] of foldText(text).matchAll(runs)) {
    if (han.test(run)) {
      previous = null;
      for (const part of contentRuns(run)) {
        const chars = Array.from(part);
        if (chars.length === 1) {
          out.words.push(`u:${part}`);
          continue;
        }
        for (let i = 0; i + 1 < chars.length; i++) out.words.push(chars[i]! + chars[i + 1]!);
        for (const c of chars) out.chars.push(`u:${c}`);
      }
      continue;
    }
    // "10yo", "3pm", "20min": a number and its unit are two words.
    if (/\d/.test(run) && /\p{L}/u.test(run) && !run.includes('-')) {
      for (const part of run.split(/(?<=\d)(?=\p{L})|(?<=\p{L})(?=\d)/u)) latinWord(part.slice(0, MAX_WORD));
      continue;
    }
    const pieces = run.split(/['’-]/).filter(Boolean);
    if (run.includes('-') && pieces.length > 1) {
      // "no-show", "check-in", "wi-fi": the compound is one word, and its content parts count
      // too, except after "no" (a no-show is not a show).
      out.words.push(stem(pieces.join('').slice(0, MAX_WORD)));
      if (pieces[0] !== 'no') for (const p of pieces) if (!englishStopWords.has(p)) out.words.push(stem(p.slice(0, MAX_WORD)));
      previous = null;
      continue;
    }
    latinWord(baseForm(run.replace(/['’]s$/, '').replace(/['’]/g, '').slice(0, MAX_WORD)));
  }
  return out;

  /** One plain Latin word, with what the word before it makes of it. */
  function latinWord(word: string): void {
    if (previous !== null && particles.has(word) && phrasalVerbs.has(previous) && out.words.length > 0) {
      out.words[out.words.length - 1] = stem(previous + word); // log in → login, sign up → signup
      previous = null;
      return;
    }
    if (previous !== null && isContent(previous) && isContent(word)) out.joins.push({ term: stem(previous + word), at: out.words.length - 1 });
    // "without" says what "no" says: "without booking" is "no booking" (nobook); an article
    // between them ("without an appointment") does not break the pair.
    if ((previous === 'no' || previous === 'without') && negatedArticles.has(word)) return;
    if ((previous === 'no' || previous === 'without') && isContent(word)) {
      out.words.push(stem(`no${word}`)); // "no show" → noshow, as the hyphenated form
      previous = null;
      return;
    }
    previous = word;
    if (!englishStopWords.has(word)) out.words.push(stem(word));
  }
}

/**
 * Index terms of a text. A document gives its words, its characters (so a one-character query
 * finds something) and its joins; a query gives its words only.
 * @example tokenize('運費多少 shipping', 'query') // ['运费', '费多', '多少', 'ship']
 */
export function tokenize(text: string, mode: 'document' | 'query'): string[] {
  const { words, joins, chars } = analyse(text);
  return mode === 'query' ? words : [...chars, ...words, ...joins.map((j) => j.term)];
}
