import { createServer } from 'node:net';
import mongoose from 'mongoose';
import { afterAll, describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { describeBotStoreContract } from './bot-store-contract.js';
import { describeMailStoreContract } from './mail-store-contract.js';
import { describeRoutingContract } from './routing-contract.js';
import { describeAccountsStoreContract } from './accounts-store-contract.js';
import { describeStoreContract } from './store-contract.js';
import { describeProactiveStoreContract } from './proactive-store-contract.js';
import { MongoStore } from '../../src/store/mongo/mongo-store.js';

/**
 * The store contract against a real MongoDB, when MONGODB_URI names one. No MongoDB server
 * can be installed on the build machines, so without it the suite is reported as skipped,
 * never as passing.
 */
const uri = process.env.MONGODB_URI;

if (uri) {
  console.info('store contract: running against MongoDB');
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
} else {
  console.info('store contract: MongoDB skipped (set MONGODB_URI to run it)');
  describe('store contract: mongo', () => {
    it.skip('needs a MongoDB server: set MONGODB_URI to run the contract suite', () => {});
  });
  describe('bot store contract: mongo', () => {
    it.skip('needs a MongoDB server: set MONGODB_URI to run the contract suite', () => {});
  });
  describe('routing store contract: mongo', () => {
    it.skip('needs a MongoDB server: set MONGODB_URI to run the routing contract suite', () => {});
  });
  describe('mail store contract: mongo', () => {
    it.skip('needs a MongoDB server: set MONGODB_URI to run the mail contract suite', () => {});
  });
  describe('accounts store contract: mongo', () => {
    it.skip('needs a MongoDB server: set MONGODB_URI to run the accounts contract suite', () => {});
  });
}

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
