import { describe, expect, it } from 'vitest';
import { wholeWords } from './whole-words.js';

const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

describe('help result passages', () => {
  it('drop a word the window cut in half at either end', () => {
    const parts = [
      { text: '…', hit: false },
      { text: 'yment method you ', hit: false },
      { text: 'refund', hit: true },
      { text: ' goes back to the card you paid wi', hit: false },
      { text: '…', hit: false },
    ];
    expect(text(wholeWords(parts))).toBe('… method you refund goes back to the card you paid …');
  });

  it('leave whole passages and Chinese alone', () => {
    const whole = [{ text: 'Refunds take five days.', hit: false }];
    expect(wholeWords(whole)).toEqual(whole);
    const zh = [{ text: '…', hit: false }, { text: '款方式', hit: false }, { text: '退款', hit: true }, { text: '會退回原卡', hit: false }, { text: '…', hit: false }];
    expect(text(wholeWords(zh))).toBe('…款方式退款會退回原卡…');
  });
});
