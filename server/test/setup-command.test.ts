import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runSetupCommand } from '../src/setup-command.js';
import { call } from './accounts-helpers.js';
import { startTestServer } from './test-server.js';

/** `npm run setup` on a container's first start, then the server on the same data. */
describe('the headless set-up command', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('sets up the store the server then serves, refuses bad input with each field named, and never runs twice', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'parley-setup-'));
    dirs.push(dataDir);
    const env = { NODE_ENV: 'test', DATA_DIR: dataDir, SETUP_PASSWORD: 'container secret 42' };
    const args = ['--name', 'Ops', '--email', 'Ops@Shop.example', '--workspace', 'Shop', '--site-name', 'Shop', '--origin', 'https://shop.example'];

    const bad = await runSetupCommand([...args.slice(0, -1), 'shop.example/x'], { ...env, SETUP_PASSWORD: '1234567890' });
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('password: is one of the most common passwords');
    expect(bad.output).toContain('site.origin');

    const done = await runSetupCommand(args, env);
    expect(done.code).toBe(0);
    const key = /data-site="([a-z0-9]+)"/.exec(done.output)?.[1];
    expect(key).toBeTruthy();
    expect((await runSetupCommand([...args.slice(0, 2), ...args.slice(4)].concat(['--email', 'b@shop.example']), env)).code).toBe(2);

    const t = await startTestServer({ SEED_DEMO: 'false' }, { dataDir, keepData: true });
    try {
      expect((await call(t, 'GET', '/setup')).body).toMatchObject({ needed: false });
      const login = await call<{ token: string }>(t, 'POST', '/auth/login', { body: { email: 'ops@shop.example', password: 'container secret 42' } });
      expect(login.status).toBe(200);
      await expect(t.visitor({ siteKey: key!, origin: 'https://shop.example' })).resolves.toBeTruthy();
    } finally {
      await t.close();
    }
  });
});
