import type { UniqueIndex } from './mongo-models.js';

/** MongoDB's server error code for a write refused by a unique index. */
export const duplicateKeyCode = 11000;

interface ErrorShape {
  code?: unknown;
  keyPattern?: unknown;
  message?: unknown;
}

/**
 * True when `err` is MongoDB's duplicate-key error (code 11000) and, when `index` is given,
 * when that index refused the write. Checked by shape, not class, so it holds for the
 * driver's `MongoServerError` and its `MongoBulkWriteError` subclass alike.
 *
 * @example
 * catch (err) { if (isDuplicateKey(err, uniqueIndexes.siteKey)) throw conflict }
 */
export function isDuplicateKey(err: unknown, index?: UniqueIndex): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as ErrorShape;
  if (e.code !== duplicateKeyCode) return false;
  if (!index) return true;
  if (typeof e.keyPattern === 'object' && e.keyPattern !== null) {
    const keys = Object.keys(e.keyPattern);
    return keys.length === index.fields.length && index.fields.every((field) => keys.includes(field));
  }
  // Older servers leave keyPattern out; their message names the index: "… index: NAME dup key: …".
  return typeof e.message === 'string' && e.message.includes(`index: ${index.name} `);
}
