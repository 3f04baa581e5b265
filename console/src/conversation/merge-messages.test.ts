import { describe, expect, it } from 'vitest';
import { message } from '../test/fixtures.js';
import { contiguousSeq, mergeMessages } from './merge-messages.js';

const m = (seq: number) => message('c1', seq);

describe('mergeMessages', () => {
  it('orders by seq and keeps each seq once, whatever order the sources arrive in', () => {
    const merged = mergeMessages([m(3)], [m(1), m(3), m(2), m(2)]);
    expect(merged.map((x) => x.seq)).toEqual([1, 2, 3]);
  });

  it('returns the same array when nothing is new, so nothing re-renders', () => {
    const held = [m(1), m(2)];
    expect(mergeMessages(held, [m(2), m(1)])).toBe(held);
  });
});

describe('contiguousSeq', () => {
  it('stops at the first hole, where a catch-up must start', () => {
    expect(contiguousSeq([])).toBe(0);
    expect(contiguousSeq([m(1), m(2), m(3)])).toBe(3);
    expect(contiguousSeq([m(1), m(2), m(5), m(6)])).toBe(2);
  });
});
