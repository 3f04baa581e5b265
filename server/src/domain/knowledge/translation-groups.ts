import type { Article } from '@parley/shared';
import { foldText } from './tokenize.js';

/**
 * Articles that translate one another share a group. Without one, a Chinese article is grouped
 * with the other script's article of the same title (運費與免運 and 运费与免运 are one article
 * written twice); any other stands alone.
 */
export function translationKey(article: Article): string {
  if (article.group) return `g:${article.group}`;
  if (/^zh\b/i.test(article.locale)) return `t:${foldText(article.title).replace(/[\s\p{P}]/gu, '')}`;
  return `a:${article.id}`;
}

/**
 * Each translation group once, at the rank of its best member, shown in the reader's locale
 * when the group has it (else the same language, else its best member). `translations` gives a
 * group's every article (by `translationKey`), so a translation the question's words did not
 * match is still the one shown: a zh-CN reader whose Taiwan wording matched only the zh-TW
 * article reads the zh-CN one, which says the same.
 */
export function pickTranslations<T extends { article: Article; score: number }>(
  ranked: readonly T[],
  locale: string | null | undefined,
  translations?: (key: string) => readonly Article[] | undefined,
  options: { limit?: number; keyOf?: (article: Article) => string } = {},
): T[] {
  const groups = new Map<string, T[]>();
  const keyOf = options.keyOf ?? translationKey;
  const limit = options.limit ?? Infinity;
  for (const hit of ranked) {
    const key = keyOf(hit.article);
    const members = groups.get(key);
    if (members) members.push(hit);
    // With every translation at hand, the groups past the limit cannot change the first ones.
    else if (groups.size >= limit && translations) break;
    else groups.set(key, [hit]);
  }
  const reader = locale?.toLowerCase() ?? null;
  const language = reader?.split('-')[0] ?? null;
  const out: T[] = [];
  for (const [key, members] of groups) {
    const best = members[0]!;
    const all = translations?.(key) ?? members.map((m) => m.article);
    const inLocale = (test: (l: string) => boolean) => {
      const matched = members.find((m) => test(m.article.locale.toLowerCase()));
      if (matched) return matched;
      const article = all.find((a) => test(a.locale.toLowerCase()));
      return article ? { ...best, article } : undefined;
    };
    const own = inLocale((l) => l === reader) ?? inLocale((l) => l.split('-')[0] === language) ?? best;
    out.push(own === best ? best : { ...own, score: best.score });
    if (out.length >= limit) break;
  }
  return out;
}
