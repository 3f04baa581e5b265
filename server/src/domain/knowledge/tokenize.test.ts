import { describe, expect, it } from 'vitest';
import { chineseScript } from './hant-fold.js';
import { analyse, stem, tokenize } from './tokenize.js';

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

  it('does not take a character Traditional writes too (一, 后, 里) for Simplified, and weighs both scripts', () => {
    expect(chineseScript('多久要洗一次牙')).toBe('zh');
    expect(chineseScript('一直流血怎麼辦')).toBe('zh-TW');
    expect(chineseScript('后面的停车场')).toBe('zh-CN');
    // Mostly Traditional with one Simplified slip: still Traditional.
    expect(chineseScript('預約時間说明')).toBe('zh-TW');
  });
});

describe('analyse', () => {
  it('removes Chinese stop words before bigramming, so no fragment is left', () => {
    expect(tokenize('怎么办', 'query')).not.toContain('么办');
    expect(tokenize('预约需要多久', 'query')).toEqual(['预约', '多久']);
    expect(tokenize('預約需要多久', 'document')).not.toContain('约需');
    expect(analyse('开车过去车停哪儿').chars).toEqual(['u:开', 'u:车', 'u:车', 'u:停']);
  });

  it('keeps a hyphenated word whole, joins a verb and its particle, and joins neighbours for compounds', () => {
    expect(tokenize('No-show fee', 'query')).toEqual(['noshow', 'fee']);
    expect(tokenize('no show', 'query')).toEqual(['noshow']);
    expect(tokenize('no refunds after 6 pm', 'query')).not.toContain('no');
    expect(tokenize('Log in', 'query')).toEqual(tokenize('login', 'query'));
    expect(analyse('gift card').joins).toEqual([{ term: 'giftcard', at: 0 }]);
    expect(tokenize('step-free access', 'query')).toEqual(['stepfre', 'step', 'free', 'access']);
    expect(tokenize('my 10yo at 3pm', 'query')).toEqual(['10', 'yo', '3', 'pm']);
  });

  it('stems with Porter and drops a proper stop list', () => {
    expect(tokenize('What happens after I cancelled my bookings?', 'query')).toEqual(['happen', 'cancel', 'book']);
    expect(stem('pregnancy')).not.toBe(stem('pregnant')); // the index bridges these by typo distance
  });

  it('survives any input: emoji, control characters, very long words', () => {
    expect(tokenize('😀\u0000\u202e', 'query')).toEqual([]);
    expect(tokenize('x'.repeat(10_000), 'query')[0]!.length).toBeLessThanOrEqual(40);
  });

  it('brings irregular English forms and British spellings to one base before stemming', () => {
    expect(tokenize('I paid for my children', 'query')).toEqual(tokenize('pay for my child', 'query'));
    expect(tokenize('colour centre cancelled', 'query')).toEqual(tokenize('color center canceled', 'query'));
    // An irregular form of a light verb is a stop word like its base.
    expect(tokenize('it took ages', 'query')).toEqual(['ag']);
  });

  it('drops conjunctions (but, because) as stop words', () => {
    expect(tokenize('I paid but got no receipt', 'query')).toEqual(['pai', 'noreceipt']);
  });

  it('drops question-final particles and aspect particles so they leave no bigram fragments', () => {
    expect(tokenize('周六开门不', 'query')).toEqual(['周六', '六开', '开门']);
    expect(tokenize('报告出了没', 'query')).not.toContain('了没');
    expect(tokenize('牙龈老出血咋整', 'query')).toEqual(['牙龈', '出血']);
    expect(tokenize('要不要先付钱', 'query')).toEqual(['付钱']);
    // 为了 and 超过 are words of their own, not a verb and its particle.
    expect(tokenize('超过24小时', 'query')).toEqual(['超过', '24', '小时']);
    expect(tokenize('为了安全', 'query')).toEqual(['安全']);
  });

  it('reads "without X" as "no X", past an article between them', () => {
    expect(tokenize('without booking', 'query')).toEqual(tokenize('no booking', 'query'));
    expect(tokenize('can I come without an appointment', 'query')).toEqual(['noappoint']);
  });
});
