import type { FieldIssue } from '@parley/shared';
import type { AccountsT } from './use-accounts-t.js';

/**
 * The server's reason for refusing the field at `path`, in the reader's language where it is one
 * of the common reasons (empty, not an email, a weak password); otherwise the server's own words,
 * which name the value (an origin like "shop.example/path").
 */
export function issueText(issues: readonly FieldIssue[], path: string, t: AccountsT): string | null {
  const found = issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`));
  if (found.length === 0) return null;
  return found.map((i) => localIssue(i.message, t)).join(' ');
}

/** One reason in the reader's language where it is a common one; else the server's words. */
export function localIssue(message: string, t: AccountsT): string {
  if (/must not be empty|too_small|>=1 char/i.test(message)) return t('accounts.issue.required');
  if (/at least 10 characters/.test(message)) return t('accounts.issue.passwordShort');
  if (/most common passwords/.test(message)) return t('accounts.issue.passwordCommon');
  if (/invalid email/i.test(message)) return t('accounts.issue.email');
  if (/not your current password/.test(message)) return t('account.wrongPassword');
  // Allowed origins (shared's normalizeAllowedOrigin) name the value as typed: keep it, translate the rest.
  const origin = /^"(.*)":? (is not an origin|an origin has no path|only http and https|a wildcard needs)/.exec(message);
  if (origin) {
    const value = origin[1]!;
    if (origin[2] === 'is not an origin') return t('accounts.issue.originInvalid', { value });
    if (origin[2] === 'an origin has no path') return t('accounts.issue.originPath', { value });
    if (origin[2] === 'only http and https') return t('accounts.issue.originScheme', { value });
    return t('accounts.issue.originWildcard', { value });
  }
  return message;
}
