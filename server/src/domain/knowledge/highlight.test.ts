import { describe, expect, it } from 'vitest';
import { highlight, prepareText, snippet } from './highlight.js';

const marked = (parts: { text: string; hit: boolean }[]) => parts.filter((p) => p.hit).map((p) => p.text);

describe('highlight', () => {
  it('marks Chinese matches across scripts and English words by stem', () => {
    expect(marked(highlight('運費怎麼計算', '运费'))).toEqual(['運費']);
    expect(marked(highlight('We ship orders daily. Shipping is free.', 'shipping'))).toEqual(['ship', 'Shipping']);
    expect(marked(highlight('退货和退款', '退'))).toEqual(['退', '退']);
  });

  it('keeps the text whole and cuts a snippet around the first match', () => {
    const text = `${'前言。'.repeat(60)}退款会在五个工作日内到账。${'后记。'.repeat(60)}`;
    const parts = snippet(text, '退款多久到账', 60);
    expect(parts[0]).toEqual({ text: '…', hit: false });
    expect(marked(parts)).toEqual(['退款', '到账']);
    expect(highlight('abc 退款', 'x').map((p) => p.text).join('')).toBe('abc 退款');
  });

  it('marks a prepared text (folded once, kept by the index) as it marks the raw text', () => {
    const text = 'Shipping 運費 and returns: We ship daily.';
    expect(highlight(prepareText(text), 'shipping 运费')).toEqual(highlight(text, 'shipping 运费'));
    expect(snippet(prepareText(text), 'ship', 20)).toEqual(snippet(text, 'ship', 20));
  });
});
