import path from 'node:path';
import type { Config } from '../config.js';
import type { Store } from './port.js';
import { SqliteStore } from './sqlite/sqlite-store.js';

/** MongoDB when `MONGODB_URI` is set, else the embedded SQLite file under `DATA_DIR`. */
export async function openStore(config: Pick<Config, 'mongodbUri' | 'dataDir'>): Promise<Store> {
  if (config.mongodbUri) {
    const { MongoStore } = await import('./mongo/mongo-store.js');
    return MongoStore.connect(config.mongodbUri);
  }
  return new SqliteStore(path.join(config.dataDir, 'parley.db'));
}
