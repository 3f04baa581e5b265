import { describe, expect, it } from 'vitest';
import { accountsCatalogs, allowedOriginSchema, translateIn } from '@parley/shared';
import { issueText } from './issue-text.js';
import type { AccountsT } from './use-accounts-t.js';

const zhTW: AccountsT = (key, params) => translateIn(accountsCatalogs, 'zh-TW', key, params);

/** The shared schema's own words for a refused origin, as the server would send them. */
function originRefusal(value: string): string {
  const parsed = allowedOriginSchema.safeParse(value);
  if (parsed.success) throw new Error(`${value} was accepted`);
  return parsed.error.issues[0]!.message;
}

describe('issueText', () => {
  it("translates the schemas' common reasons and keeps the value the admin typed", () => {
    const issues = [
      { path: 'site.origin', message: originRefusal('shop.example/pricing') },
      { path: 'allowedOrigins.0', message: originRefusal('https://shop.example/pricing') },
      { path: 'allowedOrigins.1', message: originRefusal('ftp://shop.example') },
      { path: 'name', message: 'must not be empty' },
    ];
    expect(issueText(issues, 'site.origin', zhTW)).toBe('「shop.example/pricing」不是有效的網址，請填寫類似 https://shop.example 的網址。');
    expect(issueText(issues, 'allowedOrigins.0', zhTW)).toContain('請去掉路徑');
    expect(issueText(issues, 'allowedOrigins.1', zhTW)).toContain('只支援 http:// 和 https://');
    expect(issueText(issues, 'name', zhTW)).toBe('此欄為必填。');
    expect(issueText(issues, 'email', zhTW)).toBeNull();
  });

  it("falls back to the server's words for a reason it does not know", () => {
    expect(issueText([{ path: 'name', message: 'is taken' }], 'name', zhTW)).toBe('is taken');
  });
});
