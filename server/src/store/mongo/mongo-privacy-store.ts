import type mongoose from 'mongoose';
import type { Conversation, Site } from '@parley/shared';
import type { PrivacyStore, RetentionRun } from '../privacy-port.js';
import { isDuplicateKey } from './mongo-duplicate-key.js';
import { conversationFromDoc, siteFromDoc, type ConversationDoc, type SiteDoc, type VisitorDoc } from './mongo-documents.js';

type RetentionRunDoc = Omit<RetentionRun, 'id'> & { _id: string };
interface LeaseDoc {
  _id: string;
  holder: string;
  until: number;
}

/** Indexes for what retention looks up, and its run log; created at connect. */
export async function ensurePrivacyIndexes(db: mongoose.mongo.Db): Promise<void> {
  await db.collection('conversations').createIndexes([{ key: { siteId: 1, status: 1, updatedAt: 1 }, name: 'conversations_by_site_activity' }]);
  await db.collection('visitors').createIndexes([{ key: { siteId: 1, lastSeenAt: 1 }, name: 'visitors_by_site_seen' }]);
  await db.collection('retention_runs').createIndexes([{ key: { siteId: 1, startedAt: -1 }, name: 'retention_runs_by_site' }]);
}

/** `store.privacy` on MongoDB. The lease is one conditional upsert on its document. */
export class MongoPrivacyStore implements PrivacyStore {
  private readonly conversations: mongoose.mongo.Collection<ConversationDoc>;
  private readonly visitors: mongoose.mongo.Collection<VisitorDoc>;
  private readonly runs: mongoose.mongo.Collection<RetentionRunDoc>;
  private readonly leases: mongoose.mongo.Collection<LeaseDoc>;

  constructor(private readonly db: mongoose.mongo.Db) {
    this.conversations = db.collection<ConversationDoc>('conversations');
    this.visitors = db.collection<VisitorDoc>('visitors');
    this.runs = db.collection<RetentionRunDoc>('retention_runs');
    this.leases = db.collection<LeaseDoc>('leases');
  }

  async allSites(): Promise<Site[]> {
    const docs = await this.db.collection<SiteDoc>('sites').find({ deletedAt: null }, { sort: { createdAt: 1, _id: 1 } }).toArray();
    return docs.map(siteFromDoc);
  }

  async conversationsDue(siteId: string, before: number, limit: number): Promise<Conversation[]> {
    if (limit <= 0) return [];
    const docs = await this.conversations
      .find({ siteId, status: 'closed', updatedAt: { $lt: before } }, { sort: { updatedAt: 1, _id: 1 }, limit })
      .toArray();
    return docs.map(conversationFromDoc);
  }

  async visitorsDue(siteId: string, before: number, limit: number): Promise<string[]> {
    const due: string[] = [];
    // Candidates in pages, each checked for conversations and a contact link.
    const cursor = this.visitors.find({ siteId, lastSeenAt: { $lt: before } }, { sort: { lastSeenAt: 1, _id: 1 }, projection: { _id: 1 } });
    for await (const visitor of cursor) {
      if (due.length >= limit) break;
      const [conversation, link] = await Promise.all([
        this.conversations.findOne({ visitorId: visitor._id }, { projection: { _id: 1 } }),
        this.db.collection('contact_visitors').findOne({ _id: visitor._id as never }, { projection: { _id: 1 } }),
      ]);
      if (!conversation && !link) due.push(visitor._id);
    }
    await cursor.close();
    return due;
  }

  async visitorConversations(visitorId: string): Promise<Conversation[]> {
    const docs = await this.conversations.find({ visitorId }, { sort: { createdAt: -1, _id: -1 } }).toArray();
    return docs.map(conversationFromDoc);
  }

  async deleteVisitor(visitorId: string): Promise<boolean> {
    // The visitor's record last: a deletion cut short is retried from what is left.
    await Promise.all([
      this.db.collection('trigger_events').deleteMany({ visitorId }),
      this.db.collection('contact_visitors').deleteOne({ _id: visitorId as never }),
    ]);
    return (await this.visitors.deleteOne({ _id: visitorId })).deletedCount > 0;
  }

  async takeLease(name: string, holder: string, now: number, ms: number): Promise<boolean> {
    try {
      // Matches a lease that is free to take; with none, the upsert inserts one, and a racing
      // insert of the same name fails on _id: that racer did not get it.
      const taken = await this.leases.findOneAndUpdate(
        { _id: name, $or: [{ until: { $lte: now } }, { holder }] },
        { $set: { holder, until: now + ms } },
        { upsert: true, returnDocument: 'after', includeResultMetadata: false },
      );
      return taken?.holder === holder;
    } catch (err) {
      if (isDuplicateKey(err)) return false;
      throw err;
    }
  }

  async recordRetentionRun({ id, ...rest }: RetentionRun): Promise<void> {
    await this.runs.insertOne({ _id: id, ...rest });
  }

  async listRetentionRuns(siteId: string, limit: number): Promise<RetentionRun[]> {
    const docs = await this.runs.find({ siteId }, { sort: { startedAt: -1, _id: -1 }, limit }).toArray();
    return docs.map(({ _id, ...rest }) => ({ id: _id, ...rest }));
  }
}
