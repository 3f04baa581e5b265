import type mongoose from 'mongoose';
import type { Conversation, ConversationRating, PrechatAnswers, Visitor } from '@parley/shared';
import type { AttachmentRecord, LiveStore } from '../live-port.js';
import { conversationFromDoc, visitorFromDoc, type ConversationDoc, type VisitorDoc } from './mongo-documents.js';

type AttachmentDoc = Omit<AttachmentRecord, 'id'> & { _id: string };

const toDoc = ({ id, ...rest }: AttachmentRecord): AttachmentDoc => ({ _id: id, ...rest });
const fromDoc = ({ _id, ...rest }: AttachmentDoc): AttachmentRecord => ({ id: _id, ...rest });

/** The attachments collection's indexes, created at connect. */
export async function ensureLiveIndexes(db: mongoose.mongo.Db): Promise<void> {
  await db.collection('attachments').createIndexes([{ key: { conversationId: 1, createdAt: 1 }, name: 'attachments_by_conversation' }]);
}

/**
 * `store.live` on MongoDB: each operation is one conditional update, atomic on its document
 * (a missing field compares as below any number, so old documents need no migration).
 */
export class MongoLiveStore implements LiveStore {
  private readonly conversations: mongoose.mongo.Collection<ConversationDoc>;
  private readonly visitors: mongoose.mongo.Collection<VisitorDoc>;
  private readonly attachments: mongoose.mongo.Collection<AttachmentDoc>;

  constructor(private readonly db: mongoose.mongo.Db) {
    this.conversations = db.collection<ConversationDoc>('conversations');
    this.visitors = db.collection<VisitorDoc>('visitors');
    this.attachments = db.collection<AttachmentDoc>('attachments');
  }

  async markRead(conversationId: string, by: 'visitor' | 'agent', seq: number): Promise<Conversation | null> {
    const field = by === 'visitor' ? 'visitorReadSeq' : 'agentReadSeq';
    const doc = await this.conversations.findOneAndUpdate(
      { _id: conversationId, $or: [{ [field]: { $lt: seq } }, { [field]: { $exists: false } }] },
      { $set: { [field]: seq } },
      { returnDocument: 'after', includeResultMetadata: false },
    );
    // `seq` 0 on a document without the field "changes" nothing a reader can see.
    return doc && seq > 0 ? conversationFromDoc(doc) : null;
  }

  async rate(conversationId: string, rating: ConversationRating, maxWrites: number): Promise<Conversation | null> {
    const doc = await this.conversations.findOneAndUpdate(
      { _id: conversationId, status: 'closed', $or: [{ ratingWrites: { $lt: maxWrites } }, { ratingWrites: { $exists: false } }] },
      { $set: { rating }, $inc: { ratingWrites: 1 } },
      { returnDocument: 'after', includeResultMetadata: false },
    );
    return doc ? conversationFromDoc(doc) : null;
  }

  async createAttachment(record: AttachmentRecord): Promise<void> {
    await this.attachments.insertOne(toDoc(record));
  }

  async getAttachment(id: string): Promise<AttachmentRecord | null> {
    const doc = await this.attachments.findOne({ _id: id });
    return doc ? fromDoc(doc) : null;
  }

  async bindAttachments(ids: string[], messageId: string): Promise<string[]> {
    const bound: string[] = [];
    for (const id of ids) {
      const result = await this.attachments.updateOne({ _id: id, messageId: null }, { $set: { messageId } });
      if (result.modifiedCount === 1) bound.push(id);
    }
    return bound;
  }

  async listAttachments(conversationId: string): Promise<AttachmentRecord[]> {
    const docs = await this.attachments.find({ conversationId }, { sort: { createdAt: 1, _id: 1 } }).toArray();
    return docs.map(fromDoc);
  }

  async deleteAttachments(ids: string[]): Promise<void> {
    if (ids.length) await this.attachments.deleteMany({ _id: { $in: ids } });
  }

  async deleteConversation(conversationId: string): Promise<boolean> {
    // The conversation last: a deletion cut short is retried from what is left, and never leaves
    // messages of a conversation that no longer exists.
    await Promise.all([
      this.db.collection('messages').deleteMany({ conversationId }),
      this.db.collection('conversation_events').deleteMany({ conversationId }),
      this.db.collection('conversation_contexts').deleteOne({ _id: conversationId as never }),
      this.db.collection('conversation_resolutions').deleteOne({ _id: conversationId as never }),
      this.attachments.deleteMany({ conversationId }),
      this.db.collection('message_search').deleteMany({ conversationId }),
      this.db.collection('mentions').deleteMany({ conversationId }),
    ]);
    return (await this.conversations.deleteOne({ _id: conversationId })).deletedCount > 0;
  }

  async mergeVisitorPrechat(visitorId: string, answers: PrechatAnswers): Promise<Visitor | null> {
    // Each answer its own path, so two racing merges keep both sets of answers.
    const set = Object.fromEntries(Object.entries(answers).map(([key, value]) => [`prechat.${key}`, value]));
    // MongoDB refuses an empty $set: with nothing to merge, read the visitor as it is.
    const doc = Object.keys(set).length
      ? await this.visitors.findOneAndUpdate({ _id: visitorId }, { $set: set }, { returnDocument: 'after', includeResultMetadata: false })
      : await this.visitors.findOne({ _id: visitorId });
    return doc ? visitorFromDoc(doc) : null;
  }
}
