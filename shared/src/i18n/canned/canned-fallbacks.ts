import { matchAnyLocale } from '../locale.js';
import { translateIn } from '../catalog.js';
import { cannedCatalogs } from './canned-catalog.js';
import type { CannedKey } from './en.js';
import type { CannedVariable } from '../../workspace/canned-reply-fill.js';

/**
 * The default word for each variable when its value is unknown and the text names no fallback,
 * in the reply text's language (`en` "there", `zh-CN` 您…). A language Parley does not ship gets
 * empty words: an English "there" inside a Japanese sentence reads worse than nothing.
 * @example cannedFallbacks('zh-TW')['visitor.name'] // '您'
 */
export function cannedFallbacks(language: string): Record<CannedVariable, string> {
  const locale = matchAnyLocale(language);
  const word = (key: CannedKey) => (locale ? translateIn(cannedCatalogs, locale, key) : '');
  return {
    'visitor.name': word('canned.fallback.visitorName'),
    'visitor.email': word('canned.fallback.visitorEmail'),
    'agent.name': word('canned.fallback.agentName'),
    'site.name': word('canned.fallback.siteName'),
  };
}
