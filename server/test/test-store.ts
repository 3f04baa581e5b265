import path from 'node:path';
import mongoose from 'mongoose';
import { inject } from 'vitest';
import { withMongoDatabase } from '../src/mongo-uri.js';

/** Which store the integration tests' servers use: `PARLEY_TEST_STORE=mongo` (the server-mongo project) or SQLite. */
export const testStore: 'sqlite' | 'mongo' = process.env.PARLEY_TEST_STORE === 'mongo' ? 'mongo' : 'sqlite';

/**
 * The environment that points a test server at its own MongoDB database, named after its data
 * directory (so a restart on the same directory finds the same data); none on SQLite.
 */
export function testStoreEnv(dataDir: string): Record<string, string> {
  if (testStore !== 'mongo') return {};
  return { MONGODB_URI: withMongoDatabase(inject('mongoUri'), databaseOf(dataDir)) };
}

/** Drops the test server's database on a real MongoDB (the wire server's memory goes with the run). */
export async function dropTestDatabase(dataDir: string): Promise<void> {
  if (testStore !== 'mongo' || inject('mongoKind') !== 'real') return;
  const connection = await mongoose.createConnection(inject('mongoUri'), { serverSelectionTimeoutMS: 5000 }).asPromise();
  try {
    await connection.useDb(databaseOf(dataDir), { useCache: false }).dropDatabase();
  } finally {
    await connection.close();
  }
}

function databaseOf(dataDir: string): string {
  return `parley_it_${path.basename(dataDir).replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, 60);
}
