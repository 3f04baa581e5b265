import type mongoose from 'mongoose';
import type { Message } from '@parley/shared';
import type { IndexedMessage, MessageSearchOptions, MessageSearchPage, SearchStore } from '../search-port.js';
import { messageFromDoc, type MessageDoc } from './mongo-documents.js';

interface MessageSearchDoc {
  _id: string;
  workspaceId: string;
  conversationId: string;
  createdAt: number;
  terms: string[];
}

export async function ensureSearchIndexes(db: mongoose.mongo.Db): Promise<void> {
  await db.collection('message_search').createIndexes([
    { key: { workspaceId: 1, terms: 1, createdAt: -1, _id: -1 }, name: 'message_search_by_term' },
    { key: { createdAt: -1 }, name: 'message_search_newest' },
  ]);
  // The indexer's catch-up reads messages by time.
  await db.collection('messages').createIndexes([{ key: { createdAt: 1, _id: 1 }, name: 'messages_by_time' }]);
}

/** A cursor: the last hit's time and id (ties by id, as the sort). */
const encode = (h: { createdAt: number; messageId: string }) => `${h.createdAt}:${h.messageId}`;
function decode(cursor: string | undefined): { createdAt: number; id: string } | null {
  const match = cursor ? /^(\d+):(.+)$/.exec(cursor) : null;
  return match ? { createdAt: Number(match[1]), id: match[2]! } : null;
}

/** The search index in MongoDB: a document per message with its terms, a multikey index answers `$all`. */
export class MongoSearchStore implements SearchStore {
  private readonly index;
  private readonly messages;

  constructor(db: mongoose.mongo.Db) {
    this.index = db.collection<MessageSearchDoc>('message_search');
    this.messages = db.collection<MessageDoc>('messages');
  }

  async indexMessages(messages: IndexedMessage[]): Promise<void> {
    if (!messages.length) return;
    await this.index.bulkWrite(
      messages.map((m) => ({
        replaceOne: {
          filter: { _id: m.messageId },
          replacement: { workspaceId: m.workspaceId, conversationId: m.conversationId, createdAt: m.createdAt, terms: [...new Set(m.terms)] },
          upsert: true,
        },
      })),
      { ordered: false },
    );
  }

  async searchMessages(workspaceId: string, terms: string[], o: MessageSearchOptions): Promise<MessageSearchPage> {
    if (!terms.length || o.limit <= 0) return { hits: [], next: null };
    const range = { $gte: o.from ?? 0, $lte: o.to ?? Number.MAX_SAFE_INTEGER };
    const filter: mongoose.mongo.Filter<MessageSearchDoc> = { workspaceId, terms: { $all: terms }, createdAt: range };
    const after = decode(o.before);
    if (after) filter.$or = [{ createdAt: { $lt: after.createdAt } }, { createdAt: after.createdAt, _id: { $lt: after.id } }];
    const docs = await this.index.find(filter, { sort: { createdAt: -1, _id: -1 }, limit: o.limit + 1 }).toArray();
    const page = docs.slice(0, o.limit);
    const texts = new Map((await this.messages.find({ _id: { $in: page.map((d) => d._id) } }, { projection: { text: 1 } }).toArray()).map((m) => [m._id, m.text]));
    const hits = page.map((d) => ({ messageId: d._id, conversationId: d.conversationId, createdAt: d.createdAt, text: texts.get(d._id) ?? '', cursor: encode({ createdAt: d.createdAt, messageId: d._id }) }));
    const last = hits.at(-1);
    return { hits, next: docs.length > o.limit && last ? encode(last) : null };
  }

  async unindexedMessages(limit: number): Promise<Message[]> {
    const newest = (await this.index.findOne({}, { sort: { createdAt: -1 }, projection: { createdAt: 1 } }))?.createdAt ?? 0;
    // Indexing runs a little behind and out of order: look back a minute before the newest.
    const cursor = this.messages.find({ createdAt: { $gte: Math.max(0, newest - 60_000) }, authorType: { $ne: 'system' } }, { sort: { createdAt: 1, _id: 1 }, batchSize: 500 });
    const pending: Message[] = [];
    let batch: MessageDoc[] = [];
    const flush = async () => {
      const indexed = new Set((await this.index.find({ _id: { $in: batch.map((m) => m._id) } }, { projection: { _id: 1 } }).toArray()).map((d) => d._id));
      for (const m of batch) if (!indexed.has(m._id) && pending.length < limit) pending.push(messageFromDoc(m));
      batch = [];
    };
    for await (const doc of cursor) {
      batch.push(doc);
      if (batch.length >= 500) await flush();
      if (pending.length >= limit) break;
    }
    if (batch.length && pending.length < limit) await flush();
    await cursor.close();
    return pending;
  }
}
