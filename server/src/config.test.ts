import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const dataDir = () => mkdtempSync(path.join(tmpdir(), 'parley-config-'));

describe('loadConfig', () => {
  it('starts with no configuration at all, on port 3000 and the embedded store', () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({ port: 3000, mongodbUri: undefined, seedDemo: true, env: 'development' });
    // The generated secret is kept, so tokens survive a restart.
    expect(readFileSync(path.join(dir, 'jwt-secret'), 'utf8')).toBe(config.jwtSecret);
    expect(loadConfig({ DATA_DIR: dir }).jwtSecret).toBe(config.jwtSecret);
  });

  it('lists every invalid value in one readable error', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', MONGODB_URI: 'postgres://x', REDIS_URL: 'http://x', DATA_DIR: dataDir() });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (err) {
      const message = (err as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('MONGODB_URI: must start with mongodb://');
      expect(message).toContain('REDIS_URL: must start with redis://');
    }
  });

  it('requires a real JWT secret in production and never seeds the demo there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir() })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short', DATA_DIR: dataDir() })).toThrow(/at least 32/);
    const prod = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), SEED_DEMO: 'true', DATA_DIR: dataDir() });
    expect(prod.seedDemo).toBe(false);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', MONGODB_URI: '', DATA_DIR: dataDir() })).toMatchObject({ port: 3000, mongodbUri: undefined });
  });

  it('keeps sign-up off unless ALLOW_SIGNUP says so, and validates PUBLIC_URL', () => {
    expect(loadConfig({ DATA_DIR: dataDir() })).toMatchObject({ allowSignup: false, publicUrl: null });
    expect(loadConfig({ ALLOW_SIGNUP: 'true', PUBLIC_URL: 'https://chat.shop.example/', DATA_DIR: dataDir() })).toMatchObject({
      allowSignup: true,
      publicUrl: 'https://chat.shop.example',
    });
    expect(() => loadConfig({ ALLOW_SIGNUP: 'yes', DATA_DIR: dataDir() })).toThrow(/ALLOW_SIGNUP/);
    expect(() => loadConfig({ PUBLIC_URL: 'chat.shop.example', DATA_DIR: dataDir() })).toThrow(/PUBLIC_URL: must be an http\(s\) address/);
  });
});
