import { describe, expect, it } from 'vitest';
import type { Article } from '@parley/shared';
import { pickTranslations } from './translation-groups.js';

const a = (id: string, locale: string, title: string, group?: string): { article: Article; score: number } => ({
  article: { id, workspaceId: 'w', title, body: '', keywords: [], locale, ...(group ? { group } : {}), createdAt: 0, updatedAt: 0 },
  score: 0,
});

describe('translation groups', () => {
  it("shows each group once, at its best rank, in the reader's locale when the group has it", () => {
    const ranked = [a('en', 'en', 'Refunds', 'refund'), a('x', 'en', 'Other'), a('tw', 'zh-TW', '退款', 'refund'), a('cn', 'zh-CN', '退款', 'refund')].map(
      (h, i) => ({ ...h, score: 10 - i }),
    );
    expect(pickTranslations(ranked, 'zh-TW').map((h) => [h.article.id, h.score])).toEqual([['tw', 10], ['x', 9]]);
    expect(pickTranslations(ranked, 'zh-HK').map((h) => h.article.id)).toEqual(['tw', 'x']);
    expect(pickTranslations(ranked, null).map((h) => h.article.id)).toEqual(['en', 'x']);
  });

  it('groups Chinese articles of the same title in both scripts when no group is set', () => {
    const ranked = [a('cn', 'zh-CN', '运费与包邮'), a('tw', 'zh-TW', '運費與包郵'), a('other', 'zh-TW', '運費說明')];
    expect(pickTranslations(ranked, 'zh-TW').map((h) => h.article.id)).toEqual(['tw', 'other']);
    expect(pickTranslations([a('e1', 'en', 'Same'), a('e2', 'en', 'Same')], 'en')).toHaveLength(2);
  });

  it("shows the reader's translation of a group even when only another translation matched the question", () => {
    const tw = a('tw', 'zh-TW', '視訊看診', 'video').article;
    const cn = a('cn', 'zh-CN', '视频问诊', 'video').article;
    const ranked = [{ article: tw, score: 5 }, { ...a('x', 'zh-CN', '其他'), score: 4 }];
    const all = (key: string) => (key === 'g:video' ? [tw, cn] : undefined);
    expect(pickTranslations(ranked, 'zh-CN', all).map((h) => [h.article.id, h.score])).toEqual([['cn', 5], ['x', 4]]);
    expect(pickTranslations(ranked, 'zh-CN').map((h) => h.article.id)).toEqual(['tw', 'x']);
    expect(pickTranslations(ranked, 'zh-CN', all, { limit: 1 }).map((h) => h.article.id)).toEqual(['cn']);
  });
});
