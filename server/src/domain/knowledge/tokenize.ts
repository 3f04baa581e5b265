import { foldChar } from './hant-fold.js';

// Words too common to tell articles apart. Chinese bigrams that are pure question phrasing
// ("请问", "怎么") are here for the same reason.
const stopWords = new Set(
  ('a an the is are was were be been to of and or in on for my me i you your it its do does did how what which can could ' +
    'with at by from this that these those when where will would should please there have has had get any about if not ' +
    'we our us they them he she his her so as than then just also want need know tell 请问 怎么 什么 可以 我的 我们 你们 ' +
    '如何 一下 是否 的话 需要 我想 吗').split(' '),
);

/** Lower-case, NFKC (full-width letters and digits to ASCII) and Traditional folded to Simplified, char by char. */
export function foldText(text: string): string {
  let out = '';
  for (const char of text.normalize('NFKC').toLowerCase()) out += foldChar(char);
  return out;
}

/** Light English stemming: plural, -ing and -ed endings, a doubled final consonant, a final e. */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

const runs = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
const han = /^\p{Script=Han}/u;

/**
 * Index terms of a text. Chinese has no spaces: each run of Han characters gives its
 * character bigrams, and (marked `u:`) its single characters, so that a one-character query
 * still finds something. A query uses bigrams for runs of two or more and unigrams only for
 * one-character runs, so "运费" does not match every text that has "运" somewhere.
 * Latin words are lower-cased and lightly stemmed; stop words are dropped.
 * @example tokenize('運費多少 shipping', 'query') // ['运费', '费多', '多少', 'ship']
 */
export function tokenize(text: string, mode: 'document' | 'query'): string[] {
  const out: string[] = [];
  for (const [run] of foldText(text).matchAll(runs)) {
    if (!han.test(run)) {
      if (!stopWords.has(run)) out.push(stem(run));
      continue;
    }
    const chars = Array.from(run);
    if (chars.length === 1 || mode === 'document') for (const c of chars) if (!stopWords.has(c)) out.push(`u:${c}`);
    for (let i = 0; i + 1 < chars.length; i++) {
      const bigram = chars[i]! + chars[i + 1]!;
      if (!stopWords.has(bigram)) out.push(bigram);
    }
  }
  return out;
}
