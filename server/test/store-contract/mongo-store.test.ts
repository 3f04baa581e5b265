import { createServer } from 'node:net';
import mongoose from 'mongoose';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { nanoid } from 'nanoid';
import { describeBotStoreContract } from './bot-store-contract.js';
import { describeMailStoreContract } from './mail-store-contract.js';
import { describeRoutingContract } from './routing-contract.js';
import { describeAccountsStoreContract } from './accounts-store-contract.js';
import { describeLiveStoreContract } from './live-store-contract.js';
import { describeAgentToolsStoreContract } from './agent-tools-store-contract.js';
import { describeContactStoreContract } from './contact-store-contract.js';
import { describeContactDeletionContract } from './contact-deletion-contract.js';
import { describeSearchStoreContract } from './search-store-contract.js';
import { describeReportsStoreContract } from './reports-store-contract.js';
import { describeVisitorSeqStoreContract } from './visitor-seq-store-contract.js';
import { describePrivacyStoreContract } from './privacy-store-contract.js';
import { describeStoreContract } from './store-contract.js';
import { describeStoreRaceContract } from './store-race-contract.js';
import { describeProactiveStoreContract } from './proactive-store-contract.js';
import { MongoStore } from '../../src/store/mongo/mongo-store.js';

/**
 * The store contract on MongoDB: the real server at MONGODB_URI when it is set, else the
 * MongoDB-wire-compatible test server the project's global setup starts (mongo-wire/). The
 * wire server proves the adapter's queries, updates, unique indexes and races through the real
 * driver; only a real MongoDB proves the server's own behaviour (see the store's README).
 */
const uri = inject('mongoUri');
console.info(
  inject('mongoKind') === 'real'
    ? 'store contract: running against MongoDB at MONGODB_URI'
    : 'store contract: running against the MongoDB-wire-compatible test server (CongoDB, in memory); set MONGODB_URI for a real MongoDB',
);
// A fresh database per store, all dropped at the end (names kept short: MongoDB caps them at 63 bytes).
const databases: string[] = [];
afterAll(async () => {
  const admin = await mongoose.createConnection(uri, { serverSelectionTimeoutMS: 5000 }).asPromise();
  try {
    for (const name of databases) await admin.useDb(name, { useCache: false }).dropDatabase();
  } finally {
    await admin.close();
  }
});
const freshStore = async () => {
  const dbName = `parley_test_${nanoid(10).replace(/-/g, '_')}`;
  databases.push(dbName);
  return MongoStore.connect(uri, { dbName, serverSelectionTimeoutMS: 5000 });
};
describeStoreContract('mongo', freshStore);
describeProactiveStoreContract('mongo', freshStore);
describeBotStoreContract('mongo', freshStore);
describeRoutingContract('mongo', freshStore);
describeMailStoreContract('mongo', freshStore);
describeAccountsStoreContract('mongo', freshStore);
describeLiveStoreContract('mongo', freshStore);
describeAgentToolsStoreContract('mongo', freshStore);
describeContactStoreContract('mongo', freshStore);
describeContactDeletionContract('mongo', freshStore);
describeSearchStoreContract('mongo', freshStore);
describeReportsStoreContract('mongo', freshStore);
describeVisitorSeqStoreContract('mongo', freshStore);
describePrivacyStoreContract('mongo', freshStore);
// Several stores (each its own connection) on one database, as several server processes.
describeStoreRaceContract('mongo', async (count) => {
  const dbName = `parley_test_${nanoid(10).replace(/-/g, '_')}`;
  databases.push(dbName);
  return Promise.all(Array.from({ length: count }, () => MongoStore.connect(uri, { dbName, serverSelectionTimeoutMS: 5000 })));
});

describe('mongo store connect', () => {
  it('fails with the driver\'s server-selection error, not a hang, when nothing listens at the URI', async () => {
    const port = await freePort();
    const started = Date.now();
    await expect(
      MongoStore.connect(`mongodb://127.0.0.1:${port}/parley`, { serverSelectionTimeoutMS: 300 }),
    ).rejects.toMatchObject({ name: 'MongooseServerSelectionError' });
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

/** A loopback port that nothing listens on once this resolves. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
