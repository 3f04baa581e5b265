/**
 * How a rule compares a URL or a referrer: `contains`, `equals`, `startsWith`, or `wildcard`
 * (`*` stands for any run of characters, the rest is literal: `/pricing*`, `*://*.google.*`).
 */
export const TextMatchOp = {
  contains: 'contains',
  equals: 'equals',
  startsWith: 'startsWith',
  wildcard: 'wildcard',
} as const;
export type TextMatchOp = (typeof TextMatchOp)[keyof typeof TextMatchOp];
export const textMatchOps = Object.values(TextMatchOp) as [TextMatchOp, ...TextMatchOp[]];

export interface TextMatch {
  op: TextMatchOp;
  value: string;
}

/**
 * True when `text` satisfies `match`, case-insensitively. A URL is tried whole and as its
 * path (with query), so a site owner can write `/pricing*` without naming the host.
 * @example matchesText({ op: 'wildcard', value: '/pricing*' }, 'https://shop.test/pricing?plan=pro') // true
 */
export function matchesText(match: TextMatch, text: string | null | undefined): boolean {
  if (!text) return false;
  const candidates = [text.toLowerCase()];
  const path = pathOf(text);
  if (path !== null) candidates.push(path.toLowerCase());
  const value = match.value.toLowerCase();
  return candidates.some((candidate) => matchOne(match.op, value, candidate));
}

function matchOne(op: TextMatchOp, value: string, text: string): boolean {
  if (op === 'contains') return text.includes(value);
  if (op === 'equals') return text === value;
  if (op === 'startsWith') return text.startsWith(value);
  return wildcardRegExp(value).test(text);
}

const cache = new Map<string, RegExp>();
function wildcardRegExp(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    re = new RegExp(`^${pattern.split('*').map(escape).join('.*')}$`, 's');
    if (cache.size > 500) cache.clear();
    cache.set(pattern, re);
  }
  return re;
}

const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** `/path?query` of an absolute URL, or `null` when `text` is not one. */
function pathOf(text: string): string | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^#]*)/i.exec(text);
  if (!m) return null;
  return m[1] || '/';
}
