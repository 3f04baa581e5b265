import { describe, expect, it } from 'vitest';
import type { Article } from '@parley/shared';
import { ArticleIndex } from './article-index.js';
import { readerLocale } from './reader-locale.js';
import { sampleArticles } from './sample-articles.js';

/**
 * Answer quality of the knowledge-base search on a labelled set: visitors' questions in
 * three languages, worded differently from the articles, each with the topic that answers it.
 * A hit is the right topic in the question's own locale.
 */
const questions: Array<[locale: string, question: string, topic: string]> = [
  ['en', 'When will my package arrive?', 'shipping-time'],
  ['en', 'How much is postage?', 'shipping-cost'],
  ['en', 'I want to send back a jacket I bought', 'returns'],
  ['en', 'I returned my shoes, when do I get my money back?', 'refunds'],
  ['en', "I forgot my password and can't log in", 'password'],
  ['en', 'Where is my order? Is there a tracking number?', 'tracking'],
  ['en', 'Can I pay with PayPal?', 'payment'],
  ['en', 'I typed the wrong address on my order', 'address'],
  ['en', 'My headphones broke after a month', 'warranty'],
  ['en', 'How can I cancel my purchase?', 'cancel'],
  ['zh-CN', '我的包裹几天能到？', 'shipping-time'],
  ['zh-CN', '邮费多少钱？', 'shipping-cost'],
  ['zh-CN', '衣服不合适想寄回去', 'returns'],
  ['zh-CN', '退的钱什么时候到账', 'refunds'],
  ['zh-CN', '忘记密码了怎么办', 'password'],
  ['zh-CN', '快递单号在哪里看', 'tracking'],
  ['zh-CN', '可以用支付宝付款吗', 'payment'],
  ['zh-CN', '收货地址填错了', 'address'],
  ['zh-CN', '耳机用了一个月就坏了', 'warranty'],
  ['zh-CN', '我不想要了，怎么取消', 'cancel'],
  ['zh-TW', '我的包裹幾天會到？', 'shipping-time'],
  ['zh-TW', '運費怎麼算？', 'shipping-cost'],
  ['zh-TW', '衣服不合適想退貨', 'returns'],
  ['zh-TW', '退的錢什麼時候入帳', 'refunds'],
  ['zh-TW', '忘記密碼無法登入', 'password'],
  ['zh-TW', '請問物流追蹤號碼在哪裡', 'tracking'],
  ['zh-TW', '可以用信用卡付款嗎', 'payment'],
  ['zh-TW', '收件地址寫錯了怎麼辦', 'address'],
  ['zh-TW', '耳機用一個月就壞了', 'warranty'],
  ['zh-TW', '我不想要了，怎麼取消訂單', 'cancel'],
];

const TOP1_THRESHOLD = 0.8;
const TOP3_THRESHOLD = 0.9;

describe('knowledge-base answer quality', () => {
  const topicOf = new Map<string, string>();
  const articles: Article[] = sampleArticles().map(({ topic, ...input }, i) => {
    const id = `a${i}`;
    topicOf.set(id, `${topic}/${input.locale}`);
    return { ...input, id, workspaceId: 'w', createdAt: i, updatedAt: i };
  });
  const index = new ArticleIndex(articles);

  it(`answers at least ${TOP1_THRESHOLD * 100}% first time and ${TOP3_THRESHOLD * 100}% in the top 3, in each language`, () => {
    const byLocale = new Map<string, { n: number; top1: number; top3: number }>();
    const misses: string[] = [];
    for (const [locale, question, topic] of questions) {
      const ranked = index.search(question, { locale: readerLocale(question, null), limit: 3 }).map((r) => topicOf.get(r.article.id));
      const want = `${topic}/${locale}`;
      const row = byLocale.get(locale) ?? { n: 0, top1: 0, top3: 0 };
      row.n++;
      if (ranked[0] === want) row.top1++;
      else misses.push(`${question} → ${ranked.join(', ') || 'nothing'} (want ${want})`);
      if (ranked.includes(want)) row.top3++;
      byLocale.set(locale, row);
    }
    const lines = [...byLocale].map(
      ([locale, r]) => `${locale.padEnd(6)} top-1 ${((r.top1 / r.n) * 100).toFixed(0)}%  top-3 ${((r.top3 / r.n) * 100).toFixed(0)}%  (n=${r.n})`,
    );
    console.info(`knowledge-base search quality\n${lines.join('\n')}${misses.length ? `\nmisses:\n  ${misses.join('\n  ')}` : ''}`);
    for (const [locale, r] of byLocale) {
      expect(r.top1 / r.n, `${locale} top-1`).toBeGreaterThanOrEqual(TOP1_THRESHOLD);
      expect(r.top3 / r.n, `${locale} top-3`).toBeGreaterThanOrEqual(TOP3_THRESHOLD);
    }
  });
});
