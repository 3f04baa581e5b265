import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { visitorCommand } from '@parley/shared';
import { backupSqlite } from '../src/store/sqlite/sqlite-backup.js';
import { startTestServer, type TestServer } from './test-server.js';

const run = promisify(execFile);

/** `npm run backup`: an online copy of the SQLite store, taken while the server writes. */
describe.skipIf(process.env.PARLEY_TEST_STORE === 'mongo')('SQLite online backup', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('copies every acknowledged message into a database that opens and passes its integrity check, while messages keep coming', async () => {
    const visitor = await t.visitor();
    const first = await visitorCommand(visitor, 'message:send', { clientId: nanoid(), text: 'before the backup' }, 5000);
    if (!first.ok) throw new Error(first.error.message);
    const conversationId = first.data.conversationId;
    for (let i = 0; i < 50; i++) await visitorCommand(visitor, 'message:send', { conversationId, clientId: nanoid(), text: `stored ${i}` }, 5000);
    // Writers keep going during the copy.
    const during = Promise.all(Array.from({ length: 20 }, (_, i) => visitorCommand(visitor, 'message:send', { conversationId, clientId: nanoid(), text: `during ${i}` }, 5000)));
    const file = path.join(t.dataDir, 'backups', 'copy.db');
    const result = await backupSqlite(path.join(t.dataDir, 'parley.db'), file);
    expect((await during).every((a) => a.ok)).toBe(true);
    expect(result.pages).toBeGreaterThan(0);
    const copy = new Database(file, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      const texts = (copy.prepare('SELECT text FROM messages WHERE conversation_id = ?').all(conversationId) as { text: string }[]).map((r) => r.text);
      expect(texts).toContain('before the backup');
      for (let i = 0; i < 50; i++) expect(texts).toContain(`stored ${i}`);
    } finally {
      copy.close();
    }
    await expect(backupSqlite(path.join(t.dataDir, 'parley.db'), file)).rejects.toThrow(/exists already/);
  });

  it('runs as `npm run backup -- FILE` against a running server’s data directory', async () => {
    const file = path.join(t.dataDir, 'backups', 'cli.db');
    const { stdout } = await run('npx', ['tsx', 'src/backup-main.ts', file], {
      cwd: path.resolve(import.meta.dirname, '..'),
      env: { ...process.env, DATA_DIR: t.dataDir, NODE_ENV: 'test', PARLEY_TEST_STORE: '', MONGODB_URI: '' },
    });
    expect(stdout).toMatch(/^backed up \d+ pages to .*cli\.db$/m);
    expect(existsSync(file)).toBe(true);
  });
});
