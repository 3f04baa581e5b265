import type { Store } from '../port.js';

/** MongoDB adapter through mongoose. Not written yet. */
export class MongoStore {
  static async connect(_uri: string): Promise<Store> {
    throw new Error('the MongoDB store is not written yet');
  }
}
