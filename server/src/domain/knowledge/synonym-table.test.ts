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
    // 开车 (drive) is not 开 (open): it has its own group, without the opening-hours words.
    expect(groupOf('开车')).toContain('自驾');
    expect(groupOf('开车')).not.toContain('开门');
  });

  it('knows more mainland and Taiwan words for the same thing', () => {
    expect(groupOf('視訊')).toContain('视频');
    expect(groupOf('藥局')).toContain('药店');
    expect(groupOf('行動支付')).toContain('移动 动支 支付');
    expect(groupOf('冷氣')).toContain('空调');
    expect(groupOf('候位')).toContain('候补');
  });

  it('knows booking and British/American support words, and no phrase that shrinks to a common word', () => {
    expect(groupOf('walk in')).toContain('noappoint');
    expect(groupOf('chemist')).toContain('drugstor');
    expect(groupOf('pushchair')).toContain('stroller');
    // "without booking" is "no booking", not "booking": the walk-in group must not hold plain "book".
    expect(groupOf('walk-in')).not.toContain('book');
    expect(groupOf('instalments')).toContain('pai later');
  });

  it('has no built-in phrase in two groups, other than the ones kept on purpose', () => {
    const seen = new Map<string, number>();
    const twice: string[] = [];
    table.groups.forEach((group, i) => {
      for (const terms of group) {
        const key = terms.join(' ');
        if (seen.has(key) && seen.get(key) !== i) twice.push(key);
        seen.set(key, i);
      }
    });
    // Abbreviation groups (appt, hrs, txt, wknd, resched) repeat their full word on purpose, and
    // 营业/开门 sit in both opening-hours groups; anything new in two groups is a mistake.
    expect(twice.sort()).toEqual(['appoint', 'book', 'coach', 'hour', 'mobil', 'reschedul', 'reserv', 'text', 'visa', 'weekend', 'wifi', '开门', '营业', '营业'].sort());
  });
});
