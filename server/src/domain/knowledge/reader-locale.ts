import { matchLocale } from '@parley/shared';
import { chineseScript } from './hant-fold.js';

/**
 * The locale a question is written in, for ranking: the script of a Chinese question when it
 * tells (Traditional or Simplified), else the reader's own locale if it is Chinese, else
 * `zh`; a question without Chinese is English unless the reader's locale says otherwise.
 */
export function readerLocale(question: string, locale: string | null | undefined): string {
  const script = chineseScript(question);
  const given = matchLocale(locale);
  if (script === 'zh-TW' || script === 'zh-CN') return script;
  if (script === 'zh') return given && given !== 'en' ? given : 'zh';
  return /[a-z]/i.test(question) ? 'en' : (given ?? 'en');
}
