import { describe, expect, it } from 'vitest';
import { contrast, inkOn, textOn } from './contrast.js';

describe('the contrast picker', () => {
  it('measures WCAG ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    // The old header: white on #0b5cff with 85% opacity text measured 4.22:1 by axe; the solid pair:
    expect(contrast('#2563eb', '#ffffff')).toBeCloseTo(5.17, 1);
  });

  it('keeps AA (4.5:1) text on any brand colour', () => {
    for (const brand of ['#2563eb', '#ffd400', '#808080', '#767676', '#00ff00', '#c0392b', '#000000', '#ffffff', '#777777', '#ff00ff']) {
      expect(contrast(textOn(brand), brand), brand).toBeGreaterThanOrEqual(4.5);
    }
    expect(textOn('#2563eb')).toBe('#ffffff');
    expect(textOn('#ffd400')).toBe('#000000');
  });

  it('uses the brand as ink only where it reads', () => {
    expect(inkOn('#2563eb', '#ffffff', '#1f2933')).toBe('#2563eb');
    expect(inkOn('#ffd400', '#ffffff', '#1f2933')).toBe('#1f2933');
  });
});
