import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { describeBotStoreContract } from './bot-store-contract.js';
import { describeMailStoreContract } from './mail-store-contract.js';
import { describeRoutingContract } from './routing-contract.js';
import { describeAccountsStoreContract } from './accounts-store-contract.js';
import { describeStoreContract } from './store-contract.js';
import { describeStoreRaceContract } from './store-race-contract.js';
import { describeProactiveStoreContract } from './proactive-store-contract.js';
import { describeLiveStoreContract } from './live-store-contract.js';
import { describeAgentToolsStoreContract } from './agent-tools-store-contract.js';
import { describeContactStoreContract } from './contact-store-contract.js';
import { describeContactDeletionContract } from './contact-deletion-contract.js';
import { describeSearchStoreContract } from './search-store-contract.js';
import { describeReportsStoreContract } from './reports-store-contract.js';
import { describeVisitorSeqStoreContract } from './visitor-seq-store-contract.js';
import { describePrivacyStoreContract } from './privacy-store-contract.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { reportFoldBackfill } from '../../src/store/sqlite/sqlite-report-fold.js';
import BetterSqlite3 from 'better-sqlite3';

const dir = mkdtempSync(path.join(tmpdir(), 'parley-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

console.info('store contract: running against SQLite (embedded)');
describeStoreContract('sqlite', async () => new SqliteStore(path.join(dir, `${nanoid()}.db`)));
describeProactiveStoreContract('sqlite', async () => new SqliteStore(path.join(dir, `${nanoid()}.db`)));
describeBotStoreContract('sqlite', async () => new SqliteStore(path.join(dir, `${nanoid()}.db`)));
describeRoutingContract('sqlite', async () => new SqliteStore(path.join(dir, `${nanoid()}.db`)));
describeMailStoreContract('sqlite', async () => new SqliteStore(path.join(dir, `${nanoid()}.db`)));
describeAccountsStoreContract('sqlite', async () => new SqliteStore(path.join(dir, `${nanoid()}.db`)));
describeLiveStoreContract('sqlite', async () => new SqliteStore(path.join(dir, `${nanoid()}.db`)));
describeAgentToolsStoreContract('sqlite', async () => new SqliteStore(path.join(dir, `${nanoid()}.db`)));
describeContactStoreContract('sqlite', async () => new SqliteStore(path.join(dir, `${nanoid()}.db`)));
describeContactDeletionContract('sqlite', async () => new SqliteStore(path.join(dir, `${nanoid()}.db`)));
describeSearchStoreContract('sqlite', async () => new SqliteStore(path.join(dir, `${nanoid()}.db`)));
describeReportsStoreContract('sqlite', async () => new SqliteStore(path.join(dir, `${nanoid()}.db`)));
describeVisitorSeqStoreContract('sqlite', async () => new SqliteStore(path.join(dir, `${nanoid()}.db`)));
describePrivacyStoreContract('sqlite', async () => new SqliteStore(path.join(dir, `${nanoid()}.db`)));
describeStoreRaceContract('sqlite', async (count) => {
  const file = path.join(dir, `${nanoid()}.db`);
  return Array.from({ length: count }, () => new SqliteStore(file));
});

describe('sqlite store file', () => {
  it('checkpoints the WAL off the event loop, and leaves it empty after a clean close', async () => {
    const file = path.join(dir, 'wal.db');
    const store = new SqliteStore(file);
    const at = Date.now();
    await store.createWorkspace({ id: 'w', name: 'w', createdAt: at });
    await store.createSite({ id: 's', workspaceId: 'w', key: 'k', name: 'n', allowedOrigins: [], locale: null, createdAt: at });
    await store.createVisitor({ id: 'v', siteId: 's', name: null, email: null, createdAt: at, lastSeenAt: at });
    const { conversation } = await store.openConversationForVisitor({
      id: 'c',
      workspaceId: 'w',
      siteId: 's',
      visitorId: 'v',
      status: 'waiting',
      assigneeId: null,
      lastSeq: 0,
      lastMessage: null,
      createdAt: at,
      updatedAt: at,
      closedAt: null,
    });
    const author = { type: 'visitor' as const, id: 'v', name: null };
    for (let i = 0; i < 3000; i++) {
      const m = { id: `m${i}`, conversationId: conversation.id, clientId: `client-${i}`, author, text: `消息 ${i}`, internal: false, createdAt: at };
      await store.appendMessage(m);
    }
    // The WAL grows while writing: the main connection never checkpoints (the worker does).
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(1_000_000);
    await store.close();
    expect(existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0).toBe(0);
    const reopened = new SqliteStore(file);
    expect((await reopened.getConversation('c'))?.lastSeq).toBe(3000);
    await reopened.close();
  });

  it('folds the events of a file written before the reports the same way as appends do (the migration\'s backfill)', async () => {
    const file = path.join(dir, 'fold.db');
    const store = new SqliteStore(file);
    await store.createWorkspace({ id: 'w', name: 'w', createdAt: 0 });
    const event = (conversationId: string, kind: 'queued' | 'assigned' | 'first_response' | 'resolved' | 'reopened' | 'sla_breached', at: number, data = {}) =>
      store.routing.appendEvent({ conversationId, workspaceId: 'w', siteId: 's', kind, at, agentId: null, departmentId: null, data });
    for (const [id, base] of [['x', 1000], ['y', 5000]] as const) {
      await store.openConversationForVisitor({ id, workspaceId: 'w', siteId: 's', visitorId: `v-${id}`, status: 'closed', assigneeId: null, lastSeq: 0, lastMessage: null, createdAt: base, updatedAt: base, closedAt: base + 900 });
      await event(id, 'queued', base + 10);
      await event(id, 'queued', base + 5);
      await event(id, 'assigned', base + 40);
      await event(id, 'first_response', base + 50, { authorType: 'bot' });
      await event(id, 'resolved', base + 300);
      await event(id, 'reopened', base + 400);
      await event(id, 'sla_breached', base + 450);
      await event(id, 'resolved', base + 900);
    }
    const query = { workspaceId: 'w', from: 0, to: 10_000, groupBy: 'agent' as const, zone: [], targets: [] };
    const appended = await store.reports.reportGroups(query);
    // Each: wait from the first queued (+5) to assigned (+40), reopened, one breach, last close at +900, a bot then a person.
    expect(appended.map((g) => [g.started, g.waitMs, g.resolutionMs, g.resolved, g.resolvedAtFirstContact, g.breaches, g.bots])).toEqual([
      [2, { median: 35, p90: 35 }, { median: 900, p90: 900 }, 2, 0, 2, { resolved: 0, handedOff: 2 }],
    ]);
    const raw = new BetterSqlite3(file);
    raw.exec('DELETE FROM conversation_report');
    raw.exec(reportFoldBackfill);
    raw.close();
    expect(await store.reports.reportGroups(query)).toEqual(appended);
    await store.close();
  });

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
