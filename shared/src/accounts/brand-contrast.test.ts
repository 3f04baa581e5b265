import { describe, expect, it } from 'vitest';
import { contrastRatio, readableTextOn } from './brand-contrast.js';

describe('readableTextOn', () => {
  it('keeps white on a dark brand colour and switches to near-black on a light one, always at AA', () => {
    expect(readableTextOn('#2563eb')).toBe('#ffffff');
    expect(readableTextOn('#facc15')).toBe('#111827');
    expect(readableTextOn('#22c55e')).toBe('#111827');
    for (const colour of ['#000000', '#ffffff', '#2563eb', '#facc15', '#22c55e', '#ef4444', '#777777', '#8b5cf6', '#0ea5e9', '#767676', '#7a7a7a', '#e11d48', '#10b981']) {
      expect(contrastRatio(readableTextOn(colour), colour)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });
});
