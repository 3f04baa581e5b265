import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { isDuplicateKey } from './mongo-duplicate-key.js';
import { uniqueIndexes } from './mongo-models.js';

const { MongoServerError } = mongoose.mongo;

/** A write error as the server reports it for insertOne, wrapped the way the driver wraps it. */
function duplicateOn(indexName: string, keyPattern: Record<string, 1> | undefined) {
  return new MongoServerError({
    index: 0,
    code: 11000,
    errmsg: `E11000 duplicate key error collection: parley.messages index: ${indexName} dup key: { conversationId: "c1", clientId: "k1" }`,
    ...(keyPattern ? { keyPattern, keyValue: { conversationId: 'c1', clientId: 'k1' } } : {}),
  });
}

describe('isDuplicateKey', () => {
  it('recognises the driver error for a duplicate clientId, and tells it from a duplicate seq', () => {
    const err = duplicateOn(uniqueIndexes.messageClientId.name, { conversationId: 1, clientId: 1 });
    expect(err.code).toBe(11000);
    expect(isDuplicateKey(err)).toBe(true);
    expect(isDuplicateKey(err, uniqueIndexes.messageClientId)).toBe(true);
    expect(isDuplicateKey(err, uniqueIndexes.messageSeq)).toBe(false);
  });

  it('falls back to the index name in the message when the server sends no keyPattern', () => {
    const err = duplicateOn(uniqueIndexes.activeConversation.name, undefined);
    expect(isDuplicateKey(err, uniqueIndexes.activeConversation)).toBe(true);
    expect(isDuplicateKey(err, uniqueIndexes.siteKey)).toBe(false);
  });

  it('does not mistake other server errors or plain errors for duplicates', () => {
    const writeConflict = new MongoServerError({ code: 112, codeName: 'WriteConflict', errmsg: 'WriteConflict error' });
    expect(isDuplicateKey(writeConflict)).toBe(false);
    expect(isDuplicateKey(new Error('E11000 duplicate key error'))).toBe(false);
    expect(isDuplicateKey(null)).toBe(false);
    expect(isDuplicateKey('11000')).toBe(false);
  });
});
