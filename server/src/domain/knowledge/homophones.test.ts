import { describe, expect, it } from 'vitest';
import { ArticleIndex } from './article-index.js';
import { HomophoneVocabulary, soundOf } from './homophones.js';

describe('homophone typos in Chinese', () => {
  it('gives a two-character term its toneless sound, and nothing for other terms', () => {
    expect(soundOf('预约')).toBe('yu yue');
    expect(soundOf('预越')).toBe(soundOf('预约'));
    expect(soundOf('预')).toBeNull();
    expect(soundOf('book')).toBeNull();
  });

  it("finds the index's bigrams that sound like a question's", () => {
    const vocabulary = new HomophoneVocabulary(() => ['预约', '疫苗', '订座', 'book']);
    expect(vocabulary.near('预越').map((n) => n.term)).toEqual(['预约']);
    expect(vocabulary.near('议苗').map((n) => n.term)).toEqual(['疫苗']);
    expect(vocabulary.near('预约')).toEqual([]);
    expect(vocabulary.near('停车')).toEqual([]);
  });

  it('ranks the article a homophone typo meant, below what an exact match would score', () => {
    const at = (id: string, title: string, body: string) => ({ id, workspaceId: 'w', title, body, keywords: [], locale: 'zh-CN', createdAt: 0, updatedAt: 0 });
    const index = new ArticleIndex([at('book', '如何预约', '在线预约即可'), at('vax', '流感疫苗', '每年十月开始接种'), at('park', '停车', '地下停车场')]);
    const typo = index.search('怎么预越', { locale: 'zh-CN', limit: 3 });
    const exact = index.search('怎么预约', { locale: 'zh-CN', limit: 3 });
    expect(typo[0]?.article.id).toBe('book');
    expect(typo[0]!.score).toBeLessThan(exact[0]!.score);
    expect(index.search('流感议苗', { locale: 'zh-CN', limit: 3 })[0]?.article.id).toBe('vax');
  });
});
