import type { Message } from '../domain.js';
import { en, type MessageKey } from './en.js';
import { translateIn } from './catalog.js';
import type { AnyLocale } from './locale.js';
import { catalogs } from './translate.js';

/**
 * System lines (handoffs, resolution) are stored with a catalog key as their text and the
 * name they mention as the author's name, so each reader sees them in their own language.
 * Any other text is shown as it is.
 * @example systemLineText('zh-CN', message) // '正在为您转接人工客服，之前的对话都会保留。'
 */
export function systemLineText(locale: AnyLocale, message: Pick<Message, 'text' | 'author'>): string {
  const key = systemLineKey(message.text);
  return key ? translateIn(catalogs, locale, key, { name: message.author.name ?? '' }) : message.text;
}

/** The catalog key a system line is stored as (`{name}` is its author's name), or null for plain text. */
export function systemLineKey(text: string): MessageKey | null {
  return text.startsWith('system.') && text in en ? (text as MessageKey) : null;
}
