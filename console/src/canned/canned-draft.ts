import type { CannedKey, CannedReply, CannedReplyInput, CannedReplyScope } from '@parley/shared';

/** One language's row in the editor. */
export interface DraftText {
  language: string;
  text: string;
}

/** The editor's form: shortcut, who sees it, and a text per language (rows in the order shown). */
export interface CannedDraft {
  shortcut: string;
  scope: CannedReplyScope;
  texts: DraftText[];
}

/** The languages a new reply starts with: the console's three (Chinese in both scripts). */
export const starterLanguages = ['en', 'zh-CN', 'zh-TW'] as const;

/** Languages the editor offers to add; the visitor-side locales first, then common ones. */
export const offeredLanguages = ['en', 'zh-CN', 'zh-TW', 'ar', 'ja', 'ko', 'fr', 'de', 'es', 'pt-BR', 'it', 'ru', 'vi', 'th', 'id', 'ms', 'tr', 'nl'] as const;

export function newDraft(scope: CannedReplyScope): CannedDraft {
  return { shortcut: '', scope, texts: starterLanguages.map((language) => ({ language, text: '' })) };
}

export function draftOf(reply: CannedReply): CannedDraft {
  return { shortcut: reply.shortcut, scope: reply.scope, texts: Object.entries(reply.texts).map(([language, text]) => ({ language, text })) };
}

/** Where the editor puts an error: `shortcut`, or `texts` (the first text row). */
export type DraftIssues = Partial<Record<'shortcut' | 'texts', CannedKey>>;

/**
 * The editor's own checks before anything is sent, as the server would refuse them: a shortcut
 * (no spaces; letters of any script, digits, - or _), not one another reply of the same scope the
 * agent sees has, and a text in at least one language. Rows left empty are not sent.
 */
export function checkDraft(draft: CannedDraft, others: readonly Pick<CannedReply, 'shortcut' | 'scope'>[]): DraftIssues {
  const issues: DraftIssues = {};
  const shortcut = draft.shortcut.trim().replace(/^\//, '');
  if (!shortcut) issues.shortcut = 'canned.required';
  else if (/\s/.test(shortcut)) issues.shortcut = 'canned.shortcutSpaces';
  else if (!/^[\p{L}\p{N}_-]+$/u.test(shortcut) || shortcut.length > 40) issues.shortcut = 'canned.shortcutChars';
  else if (others.some((o) => o.scope === draft.scope && o.shortcut === shortcut.toLowerCase())) issues.shortcut = 'canned.shortcutTaken';
  if (!draft.texts.some((t) => t.text.trim())) issues.texts = 'canned.textRequired';
  return issues;
}

/** What `POST` / `PUT /canned-replies` get: the shortcut without a leading `/`, the written rows. */
export function inputOf(draft: CannedDraft): CannedReplyInput {
  const texts: Record<string, string> = {};
  for (const row of draft.texts) if (row.text.trim()) texts[row.language] = row.text.trim();
  return { shortcut: draft.shortcut.trim().replace(/^\//, '').toLowerCase(), texts, scope: draft.scope };
}

/**
 * A language's name in the reader's language (`fr` → 法文), else its tag. Chinese is named by
 * its script in its own words (简体中文, 繁體中文), as the console's language menu does: "Chinese
 * (Taiwan)" says where, not which characters the text is in.
 */
export function languageName(tag: string, readerLocale: string): string {
  if (tag === 'zh-CN') return '简体中文';
  if (tag === 'zh-TW') return '繁體中文';
  try {
    return new Intl.DisplayNames([readerLocale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
