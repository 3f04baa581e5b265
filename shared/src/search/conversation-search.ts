import { z } from 'zod';
import { conversationStatuses } from '../domain.js';
import { limits } from '../limits.js';

const day = z.union([z.coerce.number().int().min(0), z.iso.date().transform((d) => Date.parse(`${d}T00:00:00Z`))]);

/**
 * `GET /api/v1/search?q=&status=&tag=&agent=&department=&rating=&from=&to=&cursor=&limit=`:
 * messages of the caller's workspace carrying every word of `q`, newest first. `from` / `to`
 * are epoch milliseconds or `YYYY-MM-DD` (UTC; `to` as a date includes that whole day).
 */
export const searchQuerySchema = z.object({
  q: z.string().trim().min(1).max(500),
  status: z.enum(conversationStatuses).optional(),
  tag: z.string().min(1).max(limits.id).optional(),
  agent: z.string().min(1).max(limits.id).optional(),
  department: z.string().min(1).max(limits.id).optional(),
  rating: z.coerce.number().int().min(1).max(5).optional(),
  from: day.optional(),
  to: z
    .union([z.coerce.number().int().min(0), z.iso.date().transform((d) => Date.parse(`${d}T00:00:00Z`) + 86_400_000 - 1)])
    .optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export interface SearchItem {
  conversationId: string;
  /** The message that matched. */
  messageId?: string;
  /** A piece of the message around the first word found. */
  snippet: string;
}

export interface SearchAnswer {
  items: SearchItem[];
  /** Pass as `cursor` for the next page; `null` on the last. */
  nextCursor: string | null;
}
