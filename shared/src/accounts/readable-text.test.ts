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

  it('reaches AA for every brand colour, mid greys included (black where near-black falls short)', () => {
    expect(readableTextOn('#777777')).toBe('#000000');
    for (let v = 0; v < 256; v += 5) {
      for (const brand of [`#${v.toString(16).padStart(2, '0').repeat(3)}`, `#ff${v.toString(16).padStart(2, '0')}00`, `#00${v.toString(16).padStart(2, '0')}ff`]) {
        expect(contrastRatio(brand, readableTextOn(brand)), brand).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
