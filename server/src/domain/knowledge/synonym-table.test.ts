import { describe, expect, it } from 'vitest';
import { builtInSynonyms } from './builtin-synonyms.js';
import { SynonymTable } from './synonym-table.js';
import { tokenize } from './tokenize.js';

describe('synonym table', () => {
  const table = new SynonymTable(builtInSynonyms);
  const groupOf = (text: string) => {
    const words = tokenize(text, 'query');
    for (let i = 0; i < words.length; i++) {
      const hit = table.match(words, i);
      if (hit) return table.groups[hit.group]!.map((terms) => terms.join(' '));
    }
    return null;
  };

  it('knows mainland and Taiwan words for the same thing, in either script', () => {
    expect(groupOf('可以刷卡嗎')).toEqual(expect.arrayContaining(['信用 用卡', '银联']));
    expect(groupOf('訂金')).toContain('定金');
    expect(groupOf('簡訊')).toContain('短信');
    expect(groupOf('登入')).toContain('登录');
    expect(groupOf('禮物卡')).toContain('礼品 品卡');
    expect(groupOf('線上')).toContain('在线');
  });

  it('knows English support words, in two words or one', () => {
    expect(groupOf('amex')).toContain('american express');
    expect(groupOf('elevator')).toContain('lift');
    expect(groupOf('giftcard')).toEqual(groupOf('gift card'));
    expect(groupOf('sign in')).toContain('login');
  });

  it('ignores groups left with one phrase after analysis, and words that only look alike', () => {
    expect(new SynonymTable([['the', 'a'], ['退款']]).groups).toEqual([]);
    expect(groupOf('开车')).toBeNull();
  });
});
