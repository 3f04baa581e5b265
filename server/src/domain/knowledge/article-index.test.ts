import { describe, expect, it } from 'vitest';
import type { Article } from '@parley/shared';
import { ArticleIndex } from './article-index.js';
import { builtInSynonyms } from './builtin-synonyms.js';
import { labelledCorpus } from './search-corpus.js';
import { SynonymTable } from './synonym-table.js';

const synonyms = [new SynonymTable(builtInSynonyms)];
const corpus = new ArticleIndex(labelledCorpus());
const top = (index: ArticleIndex, query: string, locale: string, limit = 3) =>
  index.search(query, { locale, limit, synonyms }).map((h) => h.article.id);

let at = 0;
const article = (id: string, locale: string, title: string, body: string, keywords: string[] = [], group?: string): Article => ({
  id,
  workspaceId: 'w',
  title,
  body,
  keywords,
  locale,
  ...(group ? { group } : {}),
  createdAt: at++,
  updatedAt: 0,
});

describe('article index', () => {
  it('answers short Chinese questions through the single-character fallback', () => {
    expect(top(corpus, '开车过去车停哪儿', 'zh-CN')[0]).toBe('parking.zh-CN');
    expect(top(corpus, '禮拜一有開嗎', 'zh-TW')[0]).toBe('opening-hours.zh-TW');
  });

  it('ranks a bigram match above articles that only share characters, which count when nothing better matches', () => {
    const chars = article('chars', 'zh-CN', '车辆与停靠', '车子可以停在门口。');
    const index = new ArticleIndex([chars, article('bigram', 'zh-CN', '停车', '地下停车场。')]);
    expect(top(index, '停车费', 'zh-CN')[0]).toBe('bigram');
    const scores = index.search('停车费', { locale: 'zh-CN', limit: 3, synonyms, minConfidence: 0 });
    expect(scores.find((h) => h.article.id === 'chars')?.score ?? 0).toBeLessThan(scores[0]!.score / 3);
    expect(top(new ArticleIndex([chars]), '停车', 'zh-CN')).toEqual(['chars']);
  });

  it('bridges regional words, typos, compounds and word forms', () => {
    expect(top(corpus, '可以刷銀聯卡嗎', 'zh-TW')[0]).toBe('payment.zh-TW');
    expect(top(corpus, '定金可以退嗎', 'zh-TW')[0]).toBe('deposit.zh-TW');
    expect(top(corpus, 'how do i cancle my booking', 'en')[0]).toBe('cancel-booking.en');
    expect(top(corpus, 'resheduel', 'en')[0]).toBe('reschedule.en');
    expect(top(corpus, 'giftcard', 'en')[0]).toBe('gift-cards.en');
    expect(top(corpus, 'is it safe when pregnant', 'en')[0]).toBe('pregnancy.en');
    expect(top(corpus, 'do you have an elevator', 'en')[0]).toBe('accessibility.en');
  });

  it('does not let "no-show" match every "no", nor a common title verb outrank the answer', () => {
    const index = new ArticleIndex([
      article('none', 'en', 'No refunds on sale items', 'Sale items have no refunds and no exchanges.'),
      article('show', 'en', 'No-show policy', 'A no-show is charged in full.'),
      article('take', 'en', 'How long does delivery take?', 'Two days.'),
      article('amex', 'en', 'Payment methods', 'We accept Visa and American Express.', ['payment']),
    ]);
    expect(top(index, 'no-show', 'en')).toEqual(['show']);
    expect(top(index, 'do you take amex', 'en')[0]).toBe('amex');
  });

  it('saturates each field: a strong title and keyword match beats a body repeating the word', () => {
    const index = new ArticleIndex([
      article('body', 'en', 'Our studio', `${'Parking nearby is limited. '.repeat(8)}Bring a coat.`),
      article('title', 'en', 'Parking', 'Two hours free in the garage.', ['parking', 'car park']),
    ]);
    expect(top(index, 'parking', 'en')[0]).toBe('title');
  });

  it("prefers the reader's language over an English article repeating a word, and shows each translation group once", () => {
    const index = new ArticleIndex([
      article('en', 'en', 'Refund refund refund', 'Refund refund refund policy for refunds.', ['refund'], 'refund'),
      article('cn', 'zh-CN', '退款说明 refund', '退款五天内到账。', ['退款'], 'refund'),
      article('tw', 'zh-TW', '退款說明 refund', '退款五天內入帳。', ['退款'], 'refund'),
      article('other', 'en', 'Refund for gift cards', 'Gift cards are not refunded.'),
    ]);
    expect(top(index, 'refund', 'zh-TW')).toEqual(['tw', 'other']);
    expect(top(index, 'refund', 'en')).toEqual(['en', 'other']);
    expect(top(index, '退款', 'zh-CN')).toEqual(['cn']);
  });

  it('gives a low confidence when the question asks about something no article covers', () => {
    const sure = corpus.search('how do I reset my password', { locale: 'en', limit: 1, synonyms })[0]!;
    expect(sure.confidence).toBeGreaterThan(0.6);
    const unsure = corpus.search('明天会下雨吗', { locale: 'zh-CN', limit: 1, synonyms })[0];
    expect(unsure?.confidence ?? 0).toBeLessThan(0.3);
    expect(corpus.search('明天会下雨吗', { locale: 'zh-CN', limit: 3, synonyms, minConfidence: 0.3 })).toEqual([]);
  });

  it('answers any input without throwing', () => {
    for (const q of ['', '😀', '\u0000\u0007', '退'.repeat(5000), 'a'.repeat(5000), '-'.repeat(100), 'ｇｉｆｔ－ｃａｒｄ']) {
      expect(() => corpus.search(q, { locale: 'en', limit: 3, synonyms })).not.toThrow();
    }
    expect(new ArticleIndex([]).search('anything', { limit: 3 })).toEqual([]);
  });

  it('lists a weak word match, but not an article that shares one character with the question', () => {
    const at = (id: string, title: string, body: string) => ({ id, workspaceId: 'w', title, body, keywords: [], locale: 'zh-CN', createdAt: 0, updatedAt: 0 });
    const index = new ArticleIndex([at('bank', '银行转账', '可以通过银行转账付款'), at('store', '行李寄存', '前台可以免费寄存行李'), at('hours', '营业时间', '每天十点开门')]);
    // 行 alone is shared with 银行: not a result. 寄存 is a word of the answer: it is.
    expect(index.search('行李箱能寄存吗', { locale: 'zh-CN', limit: 3, minConfidence: 0.02 }).map((h) => h.article.id)).toEqual(['store']);
  });

  it('answers Chinese homophone and any other input without throwing', () => {
    for (const q of ['预越', '𠀀𠀁', '〇〇', '行'.repeat(3000)]) expect(() => corpus.search(q, { locale: 'zh-CN', limit: 3, synonyms })).not.toThrow();
  });
});
