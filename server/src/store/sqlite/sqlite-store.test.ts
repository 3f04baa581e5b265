import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { describeStoreContract } from '../store-contract.js';
import { SqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parley-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

console.info('store contract: running against SQLite (embedded)');
describeStoreContract('sqlite', async () => new SqliteStore(path.join(dir, `${nanoid()}.db`)));

describe('sqlite store file', () => {
  it('keeps what was written across a reopen of the same file', async () => {
    const file = path.join(dir, 'reopen.db');
    const first = new SqliteStore(file);
    await first.createWorkspace({ id: 'w1', name: '工作区', createdAt: 1 });
    await first.close();
    const second = new SqliteStore(file);
    expect(await second.getWorkspace('w1')).toEqual({ id: 'w1', name: '工作区', createdAt: 1 });
    await second.close();
  });
});
