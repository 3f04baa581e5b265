import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit.js';

function setup() {
  const db = new BetterSqlite3(':memory:');
  db.exec('CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER NOT NULL)');
  let transactions = 0;
  const insert = db.prepare('INSERT INTO t (id, n) VALUES (?, ?)');
  const one = db.transaction((row: { id: string; n: number }) => {
    insert.run(row.id, row.n);
    if (row.n < 0) throw new Error('negative');
    return row.id;
  });
  const batch = db.transaction((work: () => void) => {
    transactions++;
    work();
  });
  const group = new GroupCommit<{ id: string; n: number }, string>((work) => batch.immediate(work), (row) => one(row));
  const ids = () => (db.prepare('SELECT id FROM t ORDER BY id').all() as { id: string }[]).map((r) => r.id);
  return { db, group, ids, transactions: () => transactions };
}

describe('GroupCommit', () => {
  it('commits the writes of one turn in one transaction, in order', async () => {
    const { group, ids, transactions } = setup();
    const results = await Promise.all(['a', 'b', 'c'].map((id, n) => group.submit({ id, n })));
    expect(results).toEqual(['a', 'b', 'c']);
    expect(ids()).toEqual(['a', 'b', 'c']);
    expect(transactions()).toBe(1);
  });

  it('undoes only the write that failed, and tells only its caller', async () => {
    const { group, ids } = setup();
    const outcomes = await Promise.allSettled([
      group.submit({ id: 'a', n: 1 }),
      group.submit({ id: 'bad', n: -1 }), // inserted, then throws: its savepoint rolls back
      group.submit({ id: 'a', n: 2 }), // duplicate key
      group.submit({ id: 'c', n: 3 }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(ids()).toEqual(['a', 'c']);
  });

  it('answers nobody with success when the commit itself fails', async () => {
    const { db, group } = setup();
    const pending = [group.submit({ id: 'x', n: 1 }), group.submit({ id: 'y', n: 2 })];
    db.close();
    const outcomes = await Promise.allSettled(pending);
    expect(outcomes.every((o) => o.status === 'rejected')).toBe(true);
  });

  it('flushes at once when asked (before the database closes)', async () => {
    const { group, ids } = setup();
    const pending = group.submit({ id: 'now', n: 1 });
    group.flush();
    expect(ids()).toEqual(['now']);
    await expect(pending).resolves.toBe('now');
  });
});
