import { cannedFallbacks } from '../i18n/canned/canned-fallbacks.js';

/**
 * What a canned reply's variables stand for in one conversation. Absent or blank values take
 * the fallback: `{{visitor.name|there}}` names its own, else `fallbacks` (per variable), else ''.
 */
export interface CannedReplyValues {
  'visitor.name'?: string | null | undefined;
  'visitor.email'?: string | null | undefined;
  'agent.name'?: string | null | undefined;
  'site.name'?: string | null | undefined;
}
export type CannedVariable = keyof CannedReplyValues;
export const cannedVariables: readonly CannedVariable[] = ['visitor.name', 'visitor.email', 'agent.name', 'site.name'];

/**
 * The language of a canned reply's text for a conversation: the visitor's language, else the same
 * language in another region or script (`zh-TW` for `zh-HK`; never Simplified for Traditional
 * when both exist), else the site's, else English, else the first written; `null` when none is.
 * @example pickCannedLanguage({ en: 'Hi', 'zh-CN': '你好' }, 'zh-Hans-CN', 'en') // 'zh-CN'
 */
export function pickCannedLanguage(texts: Readonly<Record<string, string>>, visitorLocale: string | null | undefined, siteLocale?: string | null): string | null {
  const keys = Object.keys(texts);
  const find = (tag: string | null | undefined): string | undefined => {
    if (!tag) return undefined;
    const wanted = canonical(tag);
    const exact = keys.find((k) => canonical(k) === wanted);
    if (exact) return exact;
    const sameLanguage = keys.filter((k) => canonical(k).split('-')[0] === wanted.split('-')[0]);
    return sameLanguage.find((k) => canonical(k) === wanted.split('-')[0]) ?? sameLanguage[0];
  };
  return find(visitorLocale) ?? find(siteLocale) ?? find('en') ?? keys[0] ?? null;
}

/**
 * The text of a canned reply for a conversation, in the language `pickCannedLanguage` picks.
 * @example pickCannedText({ en: 'Hi', 'zh-CN': '你好' }, 'zh-Hans-CN', 'en') // '你好'
 */
export function pickCannedText(texts: Readonly<Record<string, string>>, visitorLocale: string | null | undefined, siteLocale?: string | null): string {
  const language = pickCannedLanguage(texts, visitorLocale, siteLocale);
  return language === null ? '' : (texts[language] ?? '');
}

/** Chinese tags to the two texts Parley keeps (`zh-CN`, `zh-TW`); everything else lower-case. */
function canonical(tag: string): string {
  const t = tag.toLowerCase().replace(/_/g, '-');
  if (!t.startsWith('zh')) return t;
  return /-(hant|tw|hk|mo)(-|$)/.test(t) ? 'zh-tw' : t === 'zh' ? 'zh' : 'zh-cn';
}

const variablePattern = /\{\{\s*([a-z]+\.[a-z]+)\s*(?:\|([^}]*))?\}\}/g;

/**
 * Fills `{{visitor.name}}`, `{{visitor.email}}`, `{{agent.name}}` and `{{site.name}}`; an
 * empty value takes the fallback written in the text (`{{visitor.name|there}}`), else
 * `fallbacks[variable]`, else nothing. Unknown variables are left as written (a typo stays
 * visible to the agent before sending rather than vanishing).
 * @example fillCannedText('Hi {{visitor.name|there}}', { 'visitor.name': '' }) // 'Hi there'
 */
export function fillCannedText(text: string, values: CannedReplyValues, fallbacks: Partial<Record<CannedVariable, string>> = {}): string {
  return text.replace(variablePattern, (whole, name: string, inline: string | undefined) => {
    if (!(cannedVariables as readonly string[]).includes(name)) return whole;
    const variable = name as CannedVariable;
    const value = values[variable]?.trim();
    if (value) return value;
    return inline?.trim() ?? fallbacks[variable] ?? '';
  });
}

/**
 * `pickCannedLanguage` then `fillCannedText`: what the composer inserts for a chosen reply. An
 * unknown value with no fallback in the text takes `context.fallbacks`, else the default word in
 * the text's own language (`cannedFallbacks`: "there", 您…), so a known variable never reaches
 * the visitor as `{{…}}`.
 */
export function cannedReplyText(
  reply: { texts: Readonly<Record<string, string>> },
  context: { visitorLocale?: string | null; siteLocale?: string | null; values: CannedReplyValues; fallbacks?: Partial<Record<CannedVariable, string>> },
): string {
  const language = pickCannedLanguage(reply.texts, context.visitorLocale, context.siteLocale);
  if (language === null) return '';
  return fillCannedText(reply.texts[language] ?? '', context.values, { ...cannedFallbacks(language), ...context.fallbacks });
}
