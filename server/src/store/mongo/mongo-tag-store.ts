import type mongoose from 'mongoose';
import { ErrorCode, type Conversation, type Tag } from '@parley/shared';
import { AppError } from '../../app-error.js';
import type { TagStore } from '../tag-port.js';
import { conversationFromDoc, type ConversationDoc } from './mongo-documents.js';
import { isDuplicateKey } from './mongo-duplicate-key.js';

interface TagDoc {
  _id: string;
  workspaceId: string;
  name: string;
  /** The name lower-cased: names are unique ignoring case. */
  nameKey: string;
  colour: string;
  createdAt: number;
}
const fromDoc = (d: TagDoc): Tag => ({ id: d._id, workspaceId: d.workspaceId, name: d.name, colour: d.colour, createdAt: d.createdAt });
const nameIndex = { name: 'tags_by_name', fields: ['workspaceId', 'nameKey'] };

const taken = (err: unknown): never => {
  if (isDuplicateKey(err, nameIndex)) throw new AppError(ErrorCode.conflict, 'a tag with this name already exists');
  throw err;
};

export async function ensureTagIndexes(db: mongoose.mongo.Db): Promise<void> {
  await db.collection('tags').createIndexes([{ key: { workspaceId: 1, nameKey: 1 }, name: nameIndex.name, unique: true }]);
  // The console's list filtered by tag, newest activity first.
  await db.collection('conversations').createIndexes([{ key: { workspaceId: 1, tagIds: 1, updatedAt: -1 }, name: 'conversations_by_tag' }]);
}

/** Tags in MongoDB; a conversation's tags are its document's `tagIds` array (absent when none). */
export class MongoTagStore implements TagStore {
  private readonly tags;
  private readonly conversations;

  constructor(db: mongoose.mongo.Db) {
    this.tags = db.collection<TagDoc>('tags');
    this.conversations = db.collection<ConversationDoc & { tagIds?: string[] }>('conversations');
  }

  async createTag(tag: Tag): Promise<Tag> {
    await this.tags
      .insertOne({ _id: tag.id, workspaceId: tag.workspaceId, name: tag.name, nameKey: tag.name.toLowerCase(), colour: tag.colour, createdAt: tag.createdAt })
      .catch(taken);
    return tag;
  }
  async updateTag(tag: Tag): Promise<Tag | null> {
    const doc = await this.tags
      .findOneAndUpdate(
        { _id: tag.id },
        { $set: { name: tag.name, nameKey: tag.name.toLowerCase(), colour: tag.colour } },
        { returnDocument: 'after', includeResultMetadata: false },
      )
      .catch(taken);
    return doc ? fromDoc(doc) : null;
  }
  async deleteTag(id: string): Promise<boolean> {
    const doc = await this.tags.findOneAndDelete({ _id: id }, { includeResultMetadata: false });
    if (!doc) return false;
    // Taken off the conversations after the tag itself: a crash between the two leaves ids of a
    // deleted tag, which the service leaves out of what it answers, never a tag nobody can delete.
    await this.conversations.updateMany({ workspaceId: doc.workspaceId, tagIds: id }, { $pull: { tagIds: id } });
    await this.conversations.updateMany({ workspaceId: doc.workspaceId, tagIds: { $size: 0 } }, { $unset: { tagIds: '' } });
    return true;
  }
  async getTag(id: string): Promise<Tag | null> {
    const doc = await this.tags.findOne({ _id: id });
    return doc ? fromDoc(doc) : null;
  }
  async listTags(workspaceId: string): Promise<Tag[]> {
    return (await this.tags.find({ workspaceId }, { sort: { nameKey: 1, _id: 1 } }).toArray()).map(fromDoc);
  }
  async setConversationTags(conversationId: string, tagIds: string[]): Promise<Conversation | null> {
    const doc = await this.conversations.findOneAndUpdate(
      { _id: conversationId },
      tagIds.length ? { $set: { tagIds: [...tagIds] } } : { $unset: { tagIds: '' } },
      { returnDocument: 'after', includeResultMetadata: false },
    );
    return doc ? conversationFromDoc(doc) : null;
  }
}
