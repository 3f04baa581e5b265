import { describe, expect, it } from 'vitest';
import type { Site } from '@parley/shared';
import { isOriginAllowed } from './origin-policy.js';

const site = (allowedOrigins: string[]): Site => ({
  id: 's',
  workspaceId: 'w',
  key: 'k',
  name: 'n',
  allowedOrigins,
  locale: null,
  createdAt: 0,
});

describe('isOriginAllowed', () => {
  it('matches exact origins, ignoring a path or trailing slash the browser never sends', () => {
    expect(isOriginAllowed(site(['https://shop.example']), 'https://shop.example', undefined)).toBe(true);
    expect(isOriginAllowed(site(['https://shop.example']), 'http://shop.example', undefined)).toBe(false);
    expect(isOriginAllowed(site(['https://shop.example']), 'https://shop.example:8443', undefined)).toBe(false);
  });

  it('matches subdomain wildcards but not look-alike hosts', () => {
    const s = site(['https://*.shop.example']);
    expect(isOriginAllowed(s, 'https://www.shop.example', undefined)).toBe(true);
    expect(isOriginAllowed(s, 'https://a.b.shop.example', undefined)).toBe(true);
    expect(isOriginAllowed(s, 'https://evilshop.example', undefined)).toBe(false);
    expect(isOriginAllowed(s, 'https://shop.example.evil.test', undefined)).toBe(false);
  });

  it("resolves 'self' to the server's own host", () => {
    expect(isOriginAllowed(site(['self']), 'http://localhost:3000', 'localhost:3000')).toBe(true);
    expect(isOriginAllowed(site(['self']), 'http://localhost:3001', 'localhost:3000')).toBe(false);
  });

  it('refuses a missing or malformed origin unless the site allows any page', () => {
    expect(isOriginAllowed(site(['https://shop.example']), undefined, undefined)).toBe(false);
    expect(isOriginAllowed(site(['https://shop.example']), 'null', undefined)).toBe(false);
    expect(isOriginAllowed(site(['*']), undefined, undefined)).toBe(true);
  });

  it("takes a same-origin request without Origin (long-polling from the server's own pages) as the server's origin", () => {
    expect(isOriginAllowed(site(['self']), undefined, 'chat.example:3000', true)).toBe(true);
    expect(isOriginAllowed(site(['https://chat.example:3000']), undefined, 'chat.example:3000', true)).toBe(true);
    expect(isOriginAllowed(site(['https://shop.example']), undefined, 'chat.example:3000', true)).toBe(false);
    expect(isOriginAllowed(site(['https://*.example']), undefined, 'chat.example:3000', true)).toBe(false);
    // Without the browser's word for it, a missing Origin is still refused.
    expect(isOriginAllowed(site(['self']), undefined, 'chat.example:3000', false)).toBe(false);
  });
});
