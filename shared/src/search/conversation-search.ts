import { z } from 'zod';
import { conversationStatuses, type ConversationStatus } from '../domain.js';
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
  /**
   * A contact whose name, email, phone, company or user id holds `q` (first page only, before
   * the messages); `conversationId` is then the contact's newest conversation.
   */
  contactId?: string;
  /** A piece of the message around the first word found; for a contact, its name and email. */
  snippet: string;
  /** Where the query's words are in `snippet` (also across scripts): `[start, end)` UTF-16 offsets, in order. Draw as text. */
  marks?: Array<[number, number]>;
  // What a result list shows beside the snippet (additions to the shape, always sent).
  /** The conversation's status now. */
  status?: ConversationStatus;
  /** The matched message's time (epoch ms); for a contact, the conversation's last activity. */
  at?: number;
  visitorId?: string;
  /** The visitor's contact name and email when known, else `null` (show a friendly name). */
  name?: string | null;
  email?: string | null;
}

export interface SearchAnswer {
  items: SearchItem[];
  /** Pass as `cursor` for the next page; `null` on the last. */
  nextCursor: string | null;
}
