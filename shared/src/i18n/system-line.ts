import type { Message } from '../domain.js';
import { en, type MessageKey } from './en.js';
import { translateIn } from './catalog.js';
import type { Locale } from './locale.js';
import { catalogs } from './translate.js';

/**
 * System lines (handoffs, resolution) are stored with a catalog key as their text and the
 * name they mention as the author's name, so each reader sees them in their own language.
 * Any other text is shown as it is.
 * @example systemLineText('zh-CN', message) // '正在为您转接人工客服，之前的对话都会保留。'
 */
export function systemLineText(locale: Locale, message: Pick<Message, 'text' | 'author'>): string {
  if (!message.text.startsWith('system.') || !(message.text in en)) return message.text;
  return translateIn(catalogs, locale, message.text as MessageKey, { name: message.author.name ?? '' });
}
