import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TrailingCoalescer } from './trailing-coalescer.js';

describe('TrailingCoalescer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('delivers the first change at once and folds a burst into one trailing delivery of the newest', () => {
    const seen: string[] = [];
    const c = new TrailingCoalescer<string>(100, (v) => seen.push(v));
    c.push('a', 'a1');
    expect(seen).toEqual(['a1']);
    c.push('a', 'a2');
    c.push('a', 'a3');
    c.push('b', 'b1');
    expect(seen).toEqual(['a1', 'b1']);
    vi.advanceTimersByTime(100);
    expect(seen).toEqual(['a1', 'b1', 'a3']);
    vi.advanceTimersByTime(100);
    expect(seen).toEqual(['a1', 'b1', 'a3']);
    c.push('a', 'a4');
    expect(seen).toEqual(['a1', 'b1', 'a3', 'a4']);
  });

  it('sends a steady stream once per window, never losing the last value', () => {
    const seen: number[] = [];
    const c = new TrailingCoalescer<number>(100, (v) => seen.push(v));
    for (let i = 1; i <= 50; i++) {
      c.push('k', i);
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(300);
    expect(seen.length).toBeLessThanOrEqual(7);
    expect(seen.at(-1)).toBe(50);
  });

  it('drops a pending value on cancel', () => {
    const seen: string[] = [];
    const c = new TrailingCoalescer<string>(100, (v) => seen.push(v));
    c.push('a', 'a1');
    c.push('a', 'stale');
    c.cancel('a');
    vi.advanceTimersByTime(200);
    expect(seen).toEqual(['a1']);
  });
});
