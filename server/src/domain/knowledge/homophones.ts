import { pinyin } from 'pinyin-pro';
import type { NearTerm } from './fuzzy-vocabulary.js';

/**
 * A Chinese word typed with the wrong character of the same sound is the common Chinese typo:
 * pinyin input offers homophones, and 预越 or 定座 is picked for 预约 or 订座. A bigram of the
 * question that no article has is matched to the index's bigrams that sound the same (toneless
 * pinyin from pinyin-pro, each character's usual reading), a little below an exact match.
 */
export const HOMOPHONE_WEIGHT = 0.75;

const hanPair = /^\p{Script=Han}{2}$/u;
/** Toneless pinyin by character, shared by every index of the process (a few thousand entries). */
const syllables = new Map<string, string>();

function syllable(char: string): string {
  let s = syllables.get(char);
  if (s === undefined) {
    s = pinyin(char, { toneType: 'none' }) || char;
    syllables.set(char, s);
  }
  return s;
}

/** The sound of a two-character term ("ding zuo"), or null for anything else. */
export function soundOf(term: string): string | null {
  if (!hanPair.test(term)) return null;
  const [a, b] = Array.from(term);
  return `${syllable(a!)} ${syllable(b!)}`;
}

/** An index's Chinese bigrams by sound, built on the first question that needs it. */
export class HomophoneVocabulary {
  private bySound: Map<string, string[]> | null = null;

  constructor(private readonly terms: () => Iterable<string>) {}

  /** Bigrams of the index that sound like `term` (not `term` itself). */
  near(term: string): NearTerm[] {
    const sound = soundOf(term);
    if (sound === null) return [];
    const found = (this.index().get(sound) ?? []).filter((t) => t !== term);
    return found.map((t) => ({ term: t, weight: HOMOPHONE_WEIGHT }));
  }

  private index(): Map<string, string[]> {
    if (this.bySound) return this.bySound;
    const map = new Map<string, string[]>();
    for (const term of this.terms()) {
      const sound = soundOf(term);
      if (sound === null) continue;
      const list = map.get(sound);
      if (list) list.push(term);
      else map.set(sound, [term]);
    }
    this.bySound = map;
    return map;
  }
}
