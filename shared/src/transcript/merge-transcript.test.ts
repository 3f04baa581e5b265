import { describe, expect, it } from 'vitest';
import { contiguousSeq, highestSeq, mergeTranscript, unsent, type TranscriptEntry } from './merge-transcript.js';

interface Entry extends TranscriptEntry {
  text: string;
}
const stored = (seq: number, text = `m${seq}`, clientId = `c${seq}`): Entry => ({ id: `id${seq}`, seq, clientId, text });
const pending = (clientId: string, text = clientId): Entry => ({ clientId, text });
const texts = (entries: readonly Entry[]) => entries.map((e) => e.text);

describe('mergeTranscript', () => {
  it('orders stored messages by seq, whatever order they arrive in', () => {
    expect(texts(mergeTranscript([stored(3)], [stored(1), stored(2)]))).toEqual(['m1', 'm2', 'm3']);
  });

  it('keeps one copy of a message that comes back by id, by clientId or by seq', () => {
    const own = stored(1, '你好');
    const merged = mergeTranscript([own], [own, { ...own, id: 'other' }, { ...own, clientId: 'other' }, stored(2, 'hi')]);
    expect(texts(merged)).toEqual(['你好', 'hi']);
  });

  it('keeps pending messages at the end, in the order they were written', () => {
    const merged = mergeTranscript([pending('b', 'second')], [stored(2), pending('a', 'third'), stored(1)]);
    expect(texts(merged)).toEqual(['m1', 'm2', 'second', 'third']);
  });

  it('replaces a pending message with its stored copy, in its seq place', () => {
    const merged = mergeTranscript([stored(1), pending('mine', 'typed'), pending('later')], [stored(3, 'typed', 'mine'), stored(2)]);
    expect(merged.map((e) => [e.text, e.seq])).toEqual([['m1', 1], ['m2', 2], ['typed', 3], ['later', undefined]]);
  });

  it('never lets a pending copy replace a stored one', () => {
    const held = [stored(1, 'typed', 'mine')];
    expect(mergeTranscript(held, [pending('mine', 'typed')])).toBe(held);
  });

  it('returns the same array when nothing is new, so nothing re-renders', () => {
    const held = [stored(1), stored(2)];
    expect(mergeTranscript(held, [stored(2), stored(1)])).toBe(held);
  });
});

describe('unsent', () => {
  it('keeps the pending messages that have no stored copy yet', () => {
    const outbox = [pending('c1'), pending('x')];
    expect(texts(unsent(outbox, [stored(1)]))).toEqual(['x']);
    expect(unsent(outbox, [stored(5)])).toBe(outbox);
  });
});

describe('catch-up points', () => {
  it('highestSeq: the highest seq held, 0 for none (a visitor sees holes where notes were)', () => {
    expect(highestSeq([stored(2), stored(7), stored(4)])).toBe(7);
    expect(highestSeq([])).toBe(0);
  });

  it('contiguousSeq: stops at the first hole, where an agent\'s catch-up must start', () => {
    expect(contiguousSeq([])).toBe(0);
    expect(contiguousSeq([stored(1), stored(2), stored(3)])).toBe(3);
    expect(contiguousSeq([stored(1), stored(2), stored(5), stored(6)])).toBe(2);
  });
});
