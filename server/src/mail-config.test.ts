import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const env = (vars: Record<string, string>) => ({ DATA_DIR: mkdtempSync(path.join(tmpdir(), 'parley-mail-config-')), ...vars });

describe('mail configuration', () => {
  it('mails nothing without SMTP_URL', () => {
    expect(loadConfig(env({}))).toMatchObject({ mail: null, publicUrl: null });
  });

  it('reads SMTP_URL, MAIL_FROM and PUBLIC_URL (without its trailing slash)', () => {
    const config = loadConfig(
      env({ SMTP_URL: 'smtps://u:p@mail.example:465', MAIL_FROM: 'Shop Help <help@shop.example>', PUBLIC_URL: 'https://chat.shop.example/' }),
    );
    expect(config.mail).toEqual({ smtpUrl: 'smtps://u:p@mail.example:465', from: 'Shop Help <help@shop.example>', retryBaseMs: 30_000, maxAttempts: 8 });
    expect(config.publicUrl).toBe('https://chat.shop.example');
  });

  it('names MAIL_FROM and PUBLIC_URL when SMTP_URL is set without them', () => {
    const attempt = () => loadConfig(env({ SMTP_URL: 'smtp://mail.example:587' }));
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/MAIL_FROM: required when SMTP_URL is set/);
    expect(attempt).toThrow(/PUBLIC_URL: required when SMTP_URL is set/);
  });

  it('lists malformed addresses readably', () => {
    const attempt = () => loadConfig(env({ SMTP_URL: 'http://mail.example', MAIL_FROM: 'not an address', PUBLIC_URL: 'chat.shop.example' }));
    try {
      attempt();
      expect.unreachable();
    } catch (err) {
      const message = (err as Error).message;
      expect(message).toContain('SMTP_URL: must be a URL like smtp://');
      expect(message).toContain('MAIL_FROM: must be an address');
      expect(message).toContain('PUBLIC_URL: must be an http(s) address');
    }
  });
});
