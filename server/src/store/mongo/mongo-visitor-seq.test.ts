import { describe, expect, it } from 'vitest';
import type mongoose from 'mongoose';
import { backfillVisitorSeq } from './mongo-visitor-seq.js';
import type { ConversationDoc, MessageDoc } from './mongo-documents.js';

/** A collection in memory, just what the backfill calls: find (cursor, toArray), bulkWrite, updateOne. */
function memoryCollection<T extends { _id: string }>(docs: T[]) {
  const matches = (doc: Record<string, unknown>, filter: Record<string, unknown>) =>
    Object.entries(filter).every(([key, want]) =>
      want && typeof want === 'object' && '$exists' in want ? (key in doc) === (want as { $exists: boolean }).$exists : doc[key] === want,
    );
  return {
    docs,
    find(filter: Record<string, unknown>, options: { sort?: Record<string, 1 | -1> } = {}) {
      const [sortKey] = Object.keys(options.sort ?? {});
      const found = docs
        .filter((d) => matches(d as Record<string, unknown>, filter))
        .sort((a, b) => (sortKey ? Number((a as Record<string, unknown>)[sortKey]) - Number((b as Record<string, unknown>)[sortKey]) : 0));
      return Object.assign(
        (async function* () {
          yield* found;
        })(),
        { toArray: async () => found },
      );
    },
    async bulkWrite(ops: { updateOne: { filter: { _id: string }; update: { $set: Partial<T> } } }[]) {
      for (const { updateOne } of ops) Object.assign(docs.find((d) => d._id === updateOne.filter._id)!, updateOne.update.$set);
    },
    async updateOne(filter: Record<string, unknown>, update: { $set: Partial<T> }) {
      const doc = docs.find((d) => matches(d as Record<string, unknown>, filter));
      if (doc) Object.assign(doc, update.$set);
    },
  };
}

describe('the MongoDB visitorSeq backfill', () => {
  it('numbers the visible messages of conversations written before visitorSeq, once', async () => {
    const message = (id: string, seq: number, internal: boolean) =>
      ({ _id: id, conversationId: 'c1', seq, clientId: id, authorType: 'agent', authorId: 'a', authorName: 'A', text: id, internal, createdAt: seq }) as MessageDoc;
    const messages = memoryCollection<MessageDoc>([message('m1', 1, false), message('m2', 2, true), message('m3', 3, false), message('m4', 4, true)]);
    const conversations = memoryCollection<ConversationDoc>([
      { _id: 'c1', workspaceId: 'w', siteId: 's', visitorId: 'v', status: 'open', assigneeId: null, lastSeq: 4, lastMessage: null, createdAt: 0, updatedAt: 4, closedAt: null, agentReadSeq: 2 },
      { _id: 'c2', workspaceId: 'w', siteId: 's', visitorId: 'v2', status: 'open', assigneeId: null, lastSeq: 0, lastVisitorSeq: 0, lastMessage: null, createdAt: 0, updatedAt: 0, closedAt: null },
    ]);
    const run = () =>
      backfillVisitorSeq(conversations as unknown as mongoose.mongo.Collection<ConversationDoc>, messages as unknown as mongoose.mongo.Collection<MessageDoc>);
    expect(await run()).toBe(1);
    expect(messages.docs.map((m) => m.visitorSeq)).toEqual([1, undefined, 2, undefined]);
    expect(conversations.docs[0]).toMatchObject({ lastVisitorSeq: 2, agentReadVisitorSeq: 1 });
    expect(await run()).toBe(0);
  });
});
