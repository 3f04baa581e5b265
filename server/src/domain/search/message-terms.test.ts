import { describe, expect, it } from 'vitest';
import { messageTerms, queryTerms } from './message-terms.js';

describe('search terms', () => {
  it('folds Traditional to Simplified on both sides, so either script finds the other', () => {
    expect(messageTerms('請問退款多久到帳')).toEqual(expect.arrayContaining(['退款', '到账']));
    expect(queryTerms('退款')).toEqual(['退款']);
    expect(queryTerms('到帳')).toEqual(['到账']);
  });

  it('keeps every other bigram of an unspaced Chinese query, so its words may stand apart in a message', () => {
    expect(queryTerms('退款到账')).toEqual(['退款', '到账']);
    const message = new Set(messageTerms('請問退款需要多久才會到帳？'));
    expect(queryTerms('退款到账').every((t) => message.has(t))).toBe(true);
  });

  it('stems English and drops stop words; bounds a huge query', () => {
    expect(queryTerms('the refunds')).toEqual(['refund']);
    expect(queryTerms(Array.from({ length: 100 }, (_, i) => `word${i}x`).join(' ')).length).toBeLessThanOrEqual(32);
  });
});
