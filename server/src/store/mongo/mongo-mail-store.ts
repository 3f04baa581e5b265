import type mongoose from 'mongoose';
import type { MailQuery, MailStore, OutboxMail } from '../mail-port.js';
import { isDuplicateKey } from './mongo-duplicate-key.js';

interface MailDoc extends Omit<OutboxMail, 'id'> {
  _id: string;
}

const mailFromDoc = ({ _id, ...rest }: MailDoc): OutboxMail => ({
  id: _id,
  kind: rest.kind,
  to: rest.to,
  locale: rest.locale,
  workspaceId: rest.workspaceId ?? null,
  subject: rest.subject,
  text: rest.text,
  html: rest.html,
  idempotencyKey: rest.idempotencyKey ?? null,
  status: rest.status,
  attempts: rest.attempts,
  nextAttemptAt: rest.nextAttemptAt,
  lastError: rest.lastError ?? null,
  createdAt: rest.createdAt,
  sentAt: rest.sentAt ?? null,
});

const idempotencyIndex = { name: 'mail_outbox_idempotency', fields: ['idempotencyKey'] };

/** Indexes of the mail outbox: due mails, each workspace's list, and the unique idempotency key. */
export async function ensureMailIndexes(db: mongoose.mongo.Db): Promise<void> {
  await db.collection('mail_outbox').createIndexes([
    { key: { status: 1, nextAttemptAt: 1 }, name: 'mail_outbox_due' },
    { key: { workspaceId: 1, status: 1, createdAt: -1 }, name: 'mail_outbox_by_workspace' },
    // Partial: mails without a key (null) never collide with each other.
    { key: { idempotencyKey: 1 }, name: idempotencyIndex.name, unique: true, partialFilterExpression: { idempotencyKey: { $type: 'string' } } },
  ]);
}

/**
 * The mail outbox in MongoDB. A claim is one conditional findOneAndUpdate per mail (`pending`
 * and due → `sending`), so of several workers racing for one mail exactly one gets it; the
 * idempotency key is a unique index, so of racing requests exactly one queues.
 */
export class MongoMailStore implements MailStore {
  private readonly mails;

  constructor(db: mongoose.mongo.Db) {
    this.mails = db.collection<MailDoc>('mail_outbox');
  }

  async enqueueMail(mail: OutboxMail): Promise<boolean> {
    const { id, ...rest } = mail;
    try {
      await this.mails.insertOne({ _id: id, ...rest });
      return true;
    } catch (err) {
      if (isDuplicateKey(err, idempotencyIndex)) return false;
      throw err;
    }
  }
  async claimDueMails(now: number, leaseMs: number, limit: number): Promise<OutboxMail[]> {
    const claimed: OutboxMail[] = [];
    while (claimed.length < limit) {
      const doc = await this.mails.findOneAndUpdate(
        { status: 'pending', nextAttemptAt: { $lte: now } },
        { $set: { status: 'sending', nextAttemptAt: now + leaseMs }, $inc: { attempts: 1 } },
        { sort: { nextAttemptAt: 1, createdAt: 1 }, returnDocument: 'after', includeResultMetadata: false },
      );
      if (!doc) break;
      claimed.push(mailFromDoc(doc));
    }
    return claimed;
  }
  async failAbandonedMails(now: number, error: string): Promise<number> {
    const result = await this.mails.updateMany({ status: 'sending', nextAttemptAt: { $lt: now } }, { $set: { status: 'failed', lastError: error } });
    return result.modifiedCount;
  }
  async markMailSent(id: string, at: number): Promise<void> {
    await this.mails.updateOne({ _id: id }, { $set: { status: 'sent', sentAt: at, lastError: null } });
  }
  async retryMailLater(id: string, nextAttemptAt: number, error: string): Promise<void> {
    await this.mails.updateOne({ _id: id, status: 'sending' }, { $set: { status: 'pending', nextAttemptAt, lastError: error } });
  }
  async failMail(id: string, error: string): Promise<void> {
    await this.mails.updateOne({ _id: id, status: 'sending' }, { $set: { status: 'failed', lastError: error } });
  }
  async getMail(id: string): Promise<OutboxMail | null> {
    const doc = await this.mails.findOne({ _id: id });
    return doc ? mailFromDoc(doc) : null;
  }
  async listMails(q: MailQuery): Promise<OutboxMail[]> {
    if (q.limit <= 0) return [];
    const docs = await this.mails.find({ workspaceId: q.workspaceId, status: q.status }, { sort: { createdAt: -1, _id: -1 }, limit: q.limit }).toArray();
    return docs.map(mailFromDoc);
  }
  async requeueFailedMail(id: string, workspaceId: string, now: number): Promise<OutboxMail | null> {
    const doc = await this.mails.findOneAndUpdate(
      { _id: id, workspaceId, status: 'failed' },
      { $set: { status: 'pending', attempts: 0, nextAttemptAt: now } },
      { returnDocument: 'after', includeResultMetadata: false },
    );
    return doc ? mailFromDoc(doc) : null;
  }
  async countMailsWithKeyPrefix(prefix: string): Promise<number> {
    return this.mails.countDocuments({ idempotencyKey: { $gte: prefix, $lt: `${prefix}\uffff` } });
  }
}
