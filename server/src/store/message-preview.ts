import type { Message, MessagePreview } from '@parley/shared';

/** Longest text (UTF-16 units) kept in a conversation's last-message preview. */
export const previewLength = 200;

/**
 * The inbox preview of a new message: its start, who wrote it, when. Both stores cut with this,
 * so the console lists the same text whichever one runs. The cut never splits a surrogate pair:
 * half an emoji would turn into U+FFFD on its way to UTF-8 (BSON, JSON over the wire).
 */
export function messagePreview(m: Pick<Message, 'text' | 'author' | 'createdAt'>): MessagePreview {
  let end = Math.min(m.text.length, previewLength);
  const last = m.text.charCodeAt(end - 1);
  if (end < m.text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
  return { text: m.text.slice(0, end), authorType: m.author.type, createdAt: m.createdAt };
}
