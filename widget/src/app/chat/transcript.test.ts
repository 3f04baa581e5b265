import { describe, expect, it } from 'vitest';
import { message } from '../../test-support/fake-socket.js';
import { highestSeq, mergeMessages } from './transcript.js';

describe('mergeMessages', () => {
  it('orders messages that arrive out of order by seq', () => {
    const merged = mergeMessages([message(3, 'three')], [message(1, 'one'), message(2, 'two')]);
    expect(merged.map((m) => m.text)).toEqual(['one', 'two', 'three']);
  });

  it('keeps one copy when the same message comes back by id or by clientId', () => {
    const own = message(1, '你好', { author: { type: 'visitor', id: 'v1', name: null } });
    // The echo through message:new and the ack carry the same message; a catch-up may too.
    const merged = mergeMessages([own], [own, { ...own, id: 'other-id' }, message(2, 'hi')]);
    expect(merged.map((m) => m.text)).toEqual(['你好', 'hi']);
  });

  it('finds the highest seq held, 0 for none', () => {
    expect(highestSeq([message(2, 'a'), message(7, 'b'), message(4, 'c')])).toBe(7);
    expect(highestSeq([])).toBe(0);
  });
});
