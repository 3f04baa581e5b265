import { describe, expect, it } from 'vitest';
import { searchMarks } from './search-marks.js';

const marked = (snippet: string, query: string) => searchMarks(snippet, query).map(([s, e]) => snippet.slice(s, e));

describe('search marks', () => {
  it('marks Traditional words found by a Simplified query, and the other way round', () => {
    expect(marked('請問退款需要多久才會到帳？', '退款到账')).toEqual(['退款', '到帳']);
    expect(marked('请问退款需要多久才会到账', '退款')).toEqual(['退款']);
  });

  it('marks whole English words from their stems, in any case, and what a contact’s email holds', () => {
    expect(marked('I was Charged twice for my refunds', 'charges refund')).toEqual(['Charged', 'refunds']);
    expect(marked('陳大文 · tai.man@shop.example', 'tai.man@shop')).toEqual(['tai.man@shop']);
  });

  it('counts in UTF-16 offsets past emoji, and finds nothing in nothing', () => {
    const text = '🙂🙂 refund 🙂';
    expect(searchMarks(text, 'refund')).toEqual([[5, 11]]);
    expect(searchMarks('hello', '"')).toEqual([]);
    expect(searchMarks('', 'x')).toEqual([]);
  });
});
