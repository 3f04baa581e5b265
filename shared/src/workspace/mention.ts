import { z } from 'zod';
import { limits } from '../limits.js';

/** A colleague named with `@` in an internal note: what their "Mentions" view lists. */
export interface Mention {
  id: string;
  workspaceId: string;
  conversationId: string;
  messageId: string;
  /** The agent named. */
  agentId: string;
  /** Who wrote the note. */
  byId: string;
  byName: string;
  /** The note's text (at most 300 characters). */
  text: string;
  createdAt: number;
  /** When the agent marked it read; `null` while unread. */
  readAt: number | null;
}

/** `GET /api/v1/mentions?unread=&limit=`. */
export const mentionListQuerySchema = z.object({
  unread: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  limit: z.coerce.number().int().min(1).max(limits.listPage).default(50),
});

/** Someone who can be mentioned: `@` + their name (spaces and any script allowed), or `@` + their email's local part. */
export interface Mentionable {
  id: string;
  name: string;
  email: string;
}

/**
 * The ids of the people a text mentions. `@王小梅` and `@Mei Wang` match a name whole and
 * ignoring case (the longest name wins where one starts another: `@Ann Lee` is not `@Ann`); `@mei`
 * matches the email `mei@…`. A match must end at a space, punctuation or the text's end.
 * @example findMentions('@Lin please call', [{ id: 'a1', name: 'Lin', email: 'lin@x.cn' }]) // ['a1']
 */
export function findMentions(text: string, people: readonly Mentionable[]): string[] {
  const lower = text.toLowerCase();
  const handles = people
    .flatMap((p) => [
      { id: p.id, handle: p.name.trim().toLowerCase() },
      { id: p.id, handle: p.email.split('@')[0]!.toLowerCase() },
    ])
    .filter((h) => h.handle.length > 0)
    .sort((a, b) => b.handle.length - a.handle.length);
  const found = new Set<string>();
  for (let at = lower.indexOf('@'); at >= 0; at = lower.indexOf('@', at + 1)) {
    // An email address in the note (`mei@x.cn`) is not a mention.
    if (at > 0 && /[\p{L}\p{N}._-]/u.test(lower[at - 1]!)) continue;
    const rest = lower.slice(at + 1);
    const match = handles.find((h) => rest.startsWith(h.handle) && /^(?:$|[\s\p{P}\p{S}])/u.test(rest.slice(h.handle.length)));
    if (match) found.add(match.id);
  }
  return [...found];
}
