import { describe, expect, it } from 'vitest';
import { findMentions } from './mention.js';

const people = [
  { id: 'mei', name: '王小梅', email: 'mei@shop.cn' },
  { id: 'ann', name: 'Ann', email: 'ann@shop.cn' },
  { id: 'annlee', name: 'Ann Lee', email: 'alee@shop.cn' },
];

describe('findMentions', () => {
  it('finds names in any script, whole, ignoring case, the longest first, and email handles', () => {
    expect(findMentions('@王小梅 请看一下', people)).toEqual(['mei']);
    expect(findMentions('cc @ann lee, and @ANN.', people).sort()).toEqual(['ann', 'annlee']);
    expect(findMentions('@mei can you call back?', people)).toEqual(['mei']);
    expect(findMentions('@alee', people)).toEqual(['annlee']);
  });

  it('ignores email addresses, partial names and a bare @', () => {
    expect(findMentions('write to mei@shop.cn', people)).toEqual([]);
    expect(findMentions('@Annabel and @ and @@', people)).toEqual([]);
    expect(findMentions('no mention here', people)).toEqual([]);
  });
});
