import { describe, expect, it } from 'vitest';
import { normalizeAllowedOrigin } from './allowed-origin.js';
import { isCommonPassword, newPasswordSchema } from './password-policy.js';
import { imageUrlSchema } from './site-appearance.js';
import { setupSchema } from './account-schemas.js';

describe('allowed origins', () => {
  it('keeps exact origins and subdomain wildcards, normalised', () => {
    expect(normalizeAllowedOrigin(' HTTPS://Shop.Example/ ')).toEqual({ origin: 'https://shop.example' });
    expect(normalizeAllowedOrigin('http://localhost:8080')).toEqual({ origin: 'http://localhost:8080' });
    expect(normalizeAllowedOrigin('https://*.Shop.example')).toEqual({ origin: 'https://*.shop.example' });
    expect(normalizeAllowedOrigin('https://*.shop.example:8443')).toEqual({ origin: 'https://*.shop.example:8443' });
    expect(normalizeAllowedOrigin('https://shop.example:443')).toEqual({ origin: 'https://shop.example' });
  });

  it('refuses what no page can have as its origin, saying why', () => {
    for (const bad of ['shop.example', 'https://shop.example/pricing', 'https://shop.example?x=1', 'ftp://shop.example', '*', 'https://*.com', 'https://user@shop.example', 'https://*.*.example']) {
      expect(normalizeAllowedOrigin(bad), bad).toHaveProperty('error');
    }
  });
});

describe('passwords', () => {
  it('needs ten characters and refuses the most common ones whatever their case', () => {
    expect(newPasswordSchema.safeParse('short').success).toBe(false);
    expect(isCommonPassword('Password123')).toBe(true);
    expect(newPasswordSchema.safeParse('QWERTYUIOP').success).toBe(false);
    expect(newPasswordSchema.safeParse('a long enough secret').success).toBe(true);
    expect(newPasswordSchema.safeParse('我的密码是很长的十个字').success).toBe(true);
  });
});

describe('avatars and set-up', () => {
  it('accepts https URLs and small real images, refuses scripts and images that are not what they say', () => {
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    expect(imageUrlSchema.safeParse(png).success).toBe(true);
    expect(imageUrlSchema.safeParse('https://cdn.example/me.png').success).toBe(true);
    expect(imageUrlSchema.safeParse('http://cdn.example/me.png').success).toBe(false);
    expect(imageUrlSchema.safeParse('data:image/svg+xml;base64,PHN2Zz4=').success).toBe(false);
    expect(imageUrlSchema.safeParse('data:image/jpeg;base64,iVBORw0KGgoAAAANSUhEUg==').success).toBe(false);
  });

  it('normalises the email and the site address of a set-up', () => {
    const parsed = setupSchema.parse({ name: ' Mei ', email: ' Mei@Shop.Example ', password: 'a long enough secret', workspaceName: 'Shop', site: { name: 'Shop', origin: 'https://Shop.example/' } });
    expect(parsed).toMatchObject({ name: 'Mei', email: 'mei@shop.example', site: { origin: 'https://shop.example' } });
  });
});
