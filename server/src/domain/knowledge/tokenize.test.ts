import { describe, expect, it } from 'vitest';
import { chineseScript } from './hant-fold.js';
import { stem, tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('splits Chinese into bigrams, folding Traditional into Simplified', () => {
    expect(tokenize('運費多少', 'query')).toEqual(['运费', '费多', '多少']);
    expect(tokenize('运费多少', 'query')).toEqual(tokenize('運費多少', 'query'));
    expect(tokenize('退货', 'document')).toEqual(['u:退', 'u:货', '退货']);
  });

  it('uses unigrams for a single-character query', () => {
    expect(tokenize('退', 'query')).toEqual(['u:退']);
  });

  it('lower-cases, stems and drops stop words in Latin text, also in full width and mixed with Chinese', () => {
    expect(tokenize('How do I track my Orders?', 'query')).toEqual(['track', 'order']);
    expect(tokenize('ＳＨＩＰＰＩＮＧ运费', 'query')).toEqual(['ship', '运费']);
    expect(['shipping', 'shipped', 'ships'].map(stem)).toEqual(['ship', 'ship', 'ship']);
    expect(['returned', 'returning', 'returns'].map(stem)).toEqual(['return', 'return', 'return']);
  });

  it('tells Traditional from Simplified text', () => {
    expect(chineseScript('請問運費多少')).toBe('zh-TW');
    expect(chineseScript('请问运费多少')).toBe('zh-CN');
    expect(chineseScript('多少')).toBe('zh');
    expect(chineseScript('shipping')).toBeNull();
  });
});
