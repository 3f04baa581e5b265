import type mongoose from 'mongoose';
import type { Mention } from '@parley/shared';
import type { MentionStore } from '../mention-port.js';
import { isDuplicateKey } from './mongo-duplicate-key.js';

interface MentionDoc extends Omit<Mention, 'id'> {
  _id: string;
}
const fromDoc = ({ _id, ...m }: MentionDoc): Mention => ({ id: _id, ...m, readAt: m.readAt ?? null });

export async function ensureMentionIndexes(db: mongoose.mongo.Db): Promise<void> {
  await db.collection('mentions').createIndexes([
    { key: { messageId: 1, agentId: 1 }, name: 'mentions_once', unique: true },
    { key: { agentId: 1, createdAt: -1, _id: -1 }, name: 'mentions_by_agent' },
  ]);
}

/** Mentions in MongoDB; the unique (messageId, agentId) index makes a repeated note store nothing twice. */
export class MongoMentionStore implements MentionStore {
  private readonly mentions;

  constructor(db: mongoose.mongo.Db) {
    this.mentions = db.collection<MentionDoc>('mentions');
  }

  async createMentions(mentions: Mention[]): Promise<Mention[]> {
    const stored: Mention[] = [];
    for (const { id, ...rest } of mentions) {
      try {
        await this.mentions.insertOne({ _id: id, ...rest });
        stored.push({ id, ...rest });
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
    }
    return stored;
  }
  async listMentions(agentId: string, o: { unreadOnly: boolean; limit: number }): Promise<Mention[]> {
    if (o.limit <= 0) return [];
    const filter = o.unreadOnly ? { agentId, readAt: null } : { agentId };
    return (await this.mentions.find(filter, { sort: { createdAt: -1, _id: -1 }, limit: o.limit }).toArray()).map(fromDoc);
  }
  async markMentionRead(id: string, agentId: string, at: number): Promise<Mention | null> {
    await this.mentions.updateOne({ _id: id, agentId, readAt: null }, { $set: { readAt: at } });
    const doc = await this.mentions.findOne({ _id: id, agentId });
    return doc ? fromDoc(doc) : null;
  }
}
