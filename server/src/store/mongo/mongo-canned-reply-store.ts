import type mongoose from 'mongoose';
import { ErrorCode, type CannedReply, type CannedReplyScope } from '@parley/shared';
import { AppError } from '../../app-error.js';
import type { CannedReplyStore } from '../canned-reply-port.js';
import { isDuplicateKey } from './mongo-duplicate-key.js';

interface CannedReplyDoc {
  _id: string;
  workspaceId: string;
  /** '' for shared replies, the owner's id for personal ones: one unique index covers both scopes. */
  ownerKey: string;
  shortcut: string;
  texts: Record<string, string>;
  scope: string;
  createdAt: number;
  updatedAt: number;
}
const toDoc = (r: CannedReply): CannedReplyDoc => ({
  _id: r.id,
  workspaceId: r.workspaceId,
  ownerKey: r.scope === 'workspace' ? '' : (r.ownerId ?? ''),
  shortcut: r.shortcut,
  texts: { ...r.texts },
  scope: r.scope,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});
const fromDoc = (d: CannedReplyDoc): CannedReply => ({
  id: d._id,
  workspaceId: d.workspaceId,
  shortcut: d.shortcut,
  texts: { ...d.texts },
  scope: d.scope as CannedReplyScope,
  ownerId: d.ownerKey === '' ? null : d.ownerKey,
  createdAt: d.createdAt,
  updatedAt: d.updatedAt,
});
const shortcutIndex = { name: 'canned_replies_by_shortcut', fields: ['workspaceId', 'ownerKey', 'shortcut'] };

const taken = (err: unknown): never => {
  if (isDuplicateKey(err, shortcutIndex)) throw new AppError(ErrorCode.conflict, 'a canned reply with this shortcut already exists');
  throw err;
};

export async function ensureCannedReplyIndexes(db: mongoose.mongo.Db): Promise<void> {
  await db
    .collection('canned_replies')
    .createIndexes([{ key: { workspaceId: 1, ownerKey: 1, shortcut: 1 }, name: shortcutIndex.name, unique: true }]);
}

/** Canned replies in MongoDB through the driver; a taken shortcut is the unique index's refusal. */
export class MongoCannedReplyStore implements CannedReplyStore {
  private readonly replies;

  constructor(db: mongoose.mongo.Db) {
    this.replies = db.collection<CannedReplyDoc>('canned_replies');
  }

  async createCannedReply(reply: CannedReply): Promise<CannedReply> {
    await this.replies.insertOne(toDoc(reply)).catch(taken);
    return reply;
  }
  async updateCannedReply(reply: CannedReply): Promise<CannedReply | null> {
    const { _id, workspaceId: _w, createdAt: _c, ...changes } = toDoc(reply);
    const doc = await this.replies
      .findOneAndUpdate({ _id }, { $set: changes }, { returnDocument: 'after', includeResultMetadata: false })
      .catch(taken);
    return doc ? fromDoc(doc) : null;
  }
  async deleteCannedReply(id: string): Promise<boolean> {
    return (await this.replies.deleteOne({ _id: id })).deletedCount > 0;
  }
  async getCannedReply(id: string): Promise<CannedReply | null> {
    const doc = await this.replies.findOne({ _id: id });
    return doc ? fromDoc(doc) : null;
  }
  async listCannedReplies(workspaceId: string, agentId: string): Promise<CannedReply[]> {
    const docs = await this.replies.find({ workspaceId, ownerKey: { $in: ['', agentId] } }, { sort: { shortcut: 1, scope: -1, _id: 1 } }).toArray();
    return docs.map(fromDoc);
  }
}
