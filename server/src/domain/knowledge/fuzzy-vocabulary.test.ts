import { describe, expect, it } from 'vitest';
import { FuzzyVocabulary, allowedEdits, editDistance } from './fuzzy-vocabulary.js';
import { stem } from './tokenize.js';

describe('fuzzy vocabulary', () => {
  it('measures edits with an adjacent swap as one, and stops once over the limit', () => {
    expect(editDistance('cancle', 'cancel', 2)).toBe(1);
    expect(editDistance('resheduel', 'reschedul', 2)).toBe(2);
    expect(editDistance('parking', 'banking', 1)).toBe(2);
    expect([3, 5, 8, 9, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });

  it('finds typos scaled by length and shared stem beginnings, never for short words', () => {
    const vocabulary = new FuzzyVocabulary(['cancel', 'reschedul', 'safeti', 'pregnanc', 'card', 'care', 'park', '退款']);
    expect(vocabulary.near(stem('cancle')).map((n) => n.term)).toEqual(['cancel']);
    expect(vocabulary.near(stem('resheduel')).map((n) => n.term)).toEqual(['reschedul']);
    expect(vocabulary.near(stem('safe')).map((n) => n.term)).toEqual(['safeti']);
    expect(vocabulary.near(stem('pregnant')).map((n) => n.term)).toEqual(['pregnanc']);
    expect(vocabulary.near('cart')).toEqual([]);
    expect(vocabulary.near('退钱')).toEqual([]);
  });
});
