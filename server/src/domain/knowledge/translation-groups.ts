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
 * when the group has it (else the same language, else its best member).
 */
export function pickTranslations<T extends { article: Article; score: number }>(ranked: readonly T[], locale: string | null | undefined): T[] {
  const groups = new Map<string, T[]>();
  for (const hit of ranked) {
    const key = translationKey(hit.article);
    const members = groups.get(key) ?? [];
    members.push(hit);
    groups.set(key, members);
  }
  const reader = locale?.toLowerCase() ?? null;
  const language = reader?.split('-')[0] ?? null;
  const out: T[] = [];
  for (const members of groups.values()) {
    const best = members[0]!;
    const own =
      members.find((m) => m.article.locale.toLowerCase() === reader) ??
      members.find((m) => m.article.locale.toLowerCase().split('-')[0] === language) ??
      best;
    out.push(own === best ? best : { ...own, score: best.score });
  }
  return out;
}
