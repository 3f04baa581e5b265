import { describe, expect, it } from 'vitest';
import { contrastRatio, readableTextOn } from './readable-text.js';

describe('text on a brand colour', () => {
  it('picks the text colour with the higher contrast, AA for usual brand colours', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    for (const [brand, text] of [['#2563eb', '#ffffff'], ['#ffcc00', '#111111'], ['#0a0a0a', '#ffffff'], ['#f5f5f5', '#111111'], ['#ff6600', '#111111']] as const) {
      expect(readableTextOn(brand), brand).toBe(text);
      expect(contrastRatio(brand, text), brand).toBeGreaterThanOrEqual(4.5);
    }
  });
});
