import { z } from 'zod';
import { limits } from '../limits.js';

const id = z.string().min(1).max(limits.id).regex(/^[A-Za-z0-9_-]+$/, 'must be an id');

export const articleInputSchema = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().max(50_000),
  keywords: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
  locale: z.string().trim().min(2).max(20).regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag'),
  /**
   * Translation group shared by an article's translations (e.g. "refunds"). On an update,
   * absent keeps the article's group and `null` removes it.
   */
  group: z.string().trim().min(1).max(60).nullable().optional(),
});
export type ArticleInput = z.infer<typeof articleInputSchema>;

export const articleSearchSchema = z.object({
  query: z.string().trim().min(1).max(500),
  /** The reader's locale: its articles rank first. */
  locale: z.string().max(20).optional(),
  limit: z.number().int().min(1).max(20).default(5),
});
export type ArticleSearch = z.infer<typeof articleSearchSchema>;

export const restArticleSearchSchema = z.object({
  q: z.string().trim().min(1).max(500),
  locale: z.string().max(20).optional(),
  limit: z.coerce.number().int().min(1).max(20).default(5),
});

export const articleRefSchema = z.object({ articleId: id });

// Control characters and line breaks cannot be part of a word a visitor types.
const synonymPhrase = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+$/u, 'must not contain control characters');

/**
 * A workspace's own synonym groups (`PUT /api/v1/knowledge/synonyms`): each group lists words
 * or phrases that mean the same to its visitors, e.g. `["訂金", "定金"]` or `["amex", "American Express"]`.
 */
export const synonymGroupsSchema = z.object({
  groups: z.array(z.array(synonymPhrase).min(2, 'a group needs at least two words').max(20)).max(500),
});
export type SynonymGroups = z.infer<typeof synonymGroupsSchema>;
