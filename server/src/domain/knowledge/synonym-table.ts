import { analyse } from './tokenize.js';

/** One way of saying a group's meaning, as the query's words spell it. */
export interface SynonymPhrase {
  terms: string[];
  group: number;
}

/**
 * Synonym groups compiled for matching against a question's words: each phrase is analysed
 * like a question (so 登入 and 登錄 and "log in" are spelled as the index spells them), and a
 * phrase of two words can also be met as one ("gift card" / giftcard).
 */
export class SynonymTable {
  /** Phrases by their first term, longest first. */
  private readonly byFirst = new Map<string, SynonymPhrase[]>();
  /** Each group's phrases (term lists), deduplicated. */
  readonly groups: string[][][] = [];

  constructor(groupLists: readonly (readonly string[])[]) {
    for (const list of groupLists) {
      const phrases = new Map<string, string[]>();
      for (const phrase of list) {
        const { words, joins } = analyse(phrase);
        if (words.length > 0 && words.length <= 4) phrases.set(words.join(' '), words);
        if (words.length === 2 && joins.length === 1) phrases.set(joins[0]!.term, [joins[0]!.term]);
      }
      if (phrases.size < 2) continue;
      const group = this.groups.length;
      this.groups.push([...phrases.values()]);
      for (const terms of phrases.values()) {
        const list = this.byFirst.get(terms[0]!) ?? [];
        list.push({ terms, group });
        list.sort((a, b) => b.terms.length - a.terms.length);
        this.byFirst.set(terms[0]!, list);
      }
    }
  }

  /** The longest phrase that starts at `words[at]`, if any. */
  match(words: readonly string[], at: number): SynonymPhrase | null {
    for (const phrase of this.byFirst.get(words[at]!) ?? []) {
      if (phrase.terms.every((t, i) => words[at + i] === t)) return phrase;
    }
    return null;
  }
}
