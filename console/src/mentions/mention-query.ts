import type { Mentionable } from '@parley/shared';

/** How far back from the caret an `@` still starts the name being typed (a name has at most 40 characters here). */
const MAX_QUERY = 40;

/**
 * The `@name` being typed at the caret: where its `@` is and what follows it, or `null`. The `@`
 * must start a word, as in shared's `findMentions` (so `mei@x.cn` is an address, not a mention);
 * the query may hold spaces (`@Mei W`), never a line break.
 */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0 || caret - at - 1 > MAX_QUERY) return null;
  if (at > 0 && /[\p{L}\p{N}._-]/u.test(before[at - 1]!)) return null;
  const query = before.slice(at + 1);
  return /[\n@]/.test(query) ? null : { start: at, query };
}

/** What to write after `@` so `findMentions` finds the person: their name, else their email's local part. */
export function mentionHandle(person: Mentionable): string {
  return person.name.trim() || person.email.split('@')[0]!;
}

/**
 * Colleagues whose name (or a word of it) or email starts with the query, ignoring case; at most
 * `limit`. An empty query lists everyone.
 */
export function matchColleagues<T extends Mentionable>(people: readonly T[], query: string, limit = 8): T[] {
  const q = query.toLowerCase();
  const starts = (p: T) =>
    mentionHandle(p).toLowerCase().startsWith(q) ||
    p.email.toLowerCase().startsWith(q) ||
    p.name.toLowerCase().split(/\s+/).some((w) => w.startsWith(q));
  return people.filter(starts).slice(0, limit);
}
