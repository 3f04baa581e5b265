import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TYPING_IDLE_MS, TypingSender } from './typing-sender.js';

describe('TypingSender', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const make = () => {
    const sent: [boolean, string | undefined][] = [];
    const sender = new TypingSender((typing, draft) => sent.push([typing, draft]), () => Date.now());
    return { sent, sender };
  };

  it('sends true at most every 2 s while typing, and false once on stop', () => {
    const { sent, sender } = make();
    for (let i = 0; i < 30; i++) {
      sender.update('hello'.slice(0, (i % 5) + 1), false);
      vi.advanceTimersByTime(100);
    }
    // 3 s of keystrokes: at 0 and 2 s.
    expect(sent).toEqual([[true, undefined], [true, undefined]]);
    sender.stop();
    sender.stop();
    expect(sent.at(-1)).toEqual([false, undefined]);
    expect(sent.filter(([t]) => !t)).toHaveLength(1);
  });

  it('sends false when the field empties and after 5 s without a keystroke', () => {
    const { sent, sender } = make();
    sender.update('hi', false);
    sender.update('', false);
    expect(sent).toEqual([[true, undefined], [false, undefined]]);
    sender.update('again', false);
    vi.advanceTimersByTime(TYPING_IDLE_MS);
    expect(sent.at(-1)).toEqual([false, undefined]);
  });

  it('with sneak peek, sends the draft at most every 300 ms and the last one after a pause', () => {
    const { sent, sender } = make();
    sender.update('h', true);
    sender.update('he', true);
    sender.update('hel', true);
    expect(sent).toEqual([[true, 'h']]);
    vi.advanceTimersByTime(300);
    expect(sent.at(-1)).toEqual([true, 'hel']);
    expect(sent).toHaveLength(2);
  });

  it('never sends a draft past 1,000 characters', () => {
    const { sent, sender } = make();
    sender.update('x'.repeat(5000), true);
    expect(sent[0]![1]).toHaveLength(1000);
  });
});
