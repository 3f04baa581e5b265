import type mongoose from 'mongoose';
import { ErrorCode, type Contact, type Conversation } from '@parley/shared';
import { AppError } from '../../app-error.js';
import { contactSearchText, type ContactPage, type ContactStore } from '../contact-port.js';
import { conversationFromDoc, type ConversationDoc } from './mongo-documents.js';
import { isDuplicateKey } from './mongo-duplicate-key.js';

/** A contact as stored: its id as `_id`, its visitors in their own collection, plus the index keys. */
type ContactDoc = Omit<Contact, 'id' | 'visitorIds'> & {
  _id: string;
  /** `siteId + '\n' + userId` while verified, absent otherwise: the unique index's key. */
  verifiedKey?: string;
  searchText: string;
  /** Set when a deletion is under way (`markContactDeleting`): every read but the deletions' own skips it. */
  deletingAt?: number;
};
/** One per visitor (its id is the visitor's): a visitor is linked to at most one contact. */
interface ContactVisitorDoc {
  _id: string;
  contactId: string;
  linkedAt: number;
}
interface IdentitySecretDoc {
  _id: string;
  secret: string;
  rotatedAt: number;
}

const verifiedIndex = { name: 'contacts_verified_user', fields: ['verifiedKey'] };
const taken = (err: unknown): never => {
  if (isDuplicateKey(err, verifiedIndex)) throw new AppError(ErrorCode.conflict, 'this user id already has a verified contact');
  throw err;
};
const profile = (c: Contact) => ({
  userId: c.userId,
  verified: c.verified,
  name: c.name,
  email: c.email,
  phone: c.phone,
  company: c.company,
  attributes: { ...c.attributes },
  notes: c.notes,
  searchText: contactSearchText(c),
  updatedAt: c.updatedAt,
});
/** Reads see no contact whose deletion is under way. */
const live = { deletingAt: { $exists: false } } as const;
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function ensureContactIndexes(db: mongoose.mongo.Db): Promise<void> {
  await db.collection('contacts').createIndexes([
    { key: { verifiedKey: 1 }, name: verifiedIndex.name, unique: true, partialFilterExpression: { verifiedKey: { $type: 'string' } } },
    { key: { workspaceId: 1, updatedAt: -1, _id: -1 }, name: 'contacts_by_workspace' },
  ]);
  await db.collection('contact_visitors').createIndexes([{ key: { contactId: 1, linkedAt: 1 }, name: 'contact_visitors_by_contact' }]);
}

/** Contacts in MongoDB; links in `contact_visitors` keyed by visitor id (one contact per visitor by construction). */
export class MongoContactStore implements ContactStore {
  private readonly contacts;
  private readonly links;
  private readonly secrets;
  private readonly conversations;

  constructor(db: mongoose.mongo.Db) {
    this.contacts = db.collection<ContactDoc>('contacts');
    this.links = db.collection<ContactVisitorDoc>('contact_visitors');
    this.secrets = db.collection<IdentitySecretDoc>('site_identity_secrets');
    this.conversations = db.collection<ConversationDoc>('conversations');
    this.db = db;
  }
  private readonly db: mongoose.mongo.Db;

  private async toContact(d: ContactDoc): Promise<Contact> {
    const links = await this.links.find({ contactId: d._id }, { sort: { linkedAt: 1, _id: 1 } }).toArray();
    return {
      id: d._id,
      workspaceId: d.workspaceId,
      siteId: d.siteId,
      userId: d.userId ?? null,
      verified: d.verified,
      name: d.name ?? null,
      email: d.email ?? null,
      phone: d.phone ?? null,
      company: d.company ?? null,
      attributes: { ...d.attributes },
      notes: d.notes ?? '',
      visitorIds: links.map((l) => l._id),
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
    };
  }
  private async one(d: ContactDoc | null): Promise<Contact | null> {
    return d ? this.toContact(d) : null;
  }
  private verifiedKeyOf(c: Contact) {
    return c.verified && c.userId ? { verifiedKey: `${c.siteId}\n${c.userId}` } : {};
  }
  private async link(contactId: string, visitorId: string, at: number): Promise<void> {
    await this.links.updateOne({ _id: visitorId, contactId: { $ne: contactId } }, { $set: { contactId, linkedAt: at } }, { upsert: true }).catch((err: unknown) => {
      // The filter missed because the visitor is already linked to this contact: nothing to do.
      if (!isDuplicateKey(err)) throw err;
    });
  }

  async createContact(c: Contact): Promise<Contact> {
    await this.contacts
      .insertOne({ _id: c.id, workspaceId: c.workspaceId, siteId: c.siteId, createdAt: c.createdAt, ...profile(c), ...this.verifiedKeyOf(c) })
      .catch(taken);
    for (const visitorId of c.visitorIds) await this.link(c.id, visitorId, c.createdAt);
    return (await this.getContact(c.id))!;
  }
  async getContact(id: string): Promise<Contact | null> {
    return this.one(await this.contacts.findOne({ _id: id, ...live }));
  }
  async getVerifiedContact(siteId: string, userId: string): Promise<Contact | null> {
    return this.one(await this.contacts.findOne({ verifiedKey: `${siteId}\n${userId}`, ...live }));
  }
  async getContactOfVisitor(visitorId: string): Promise<Contact | null> {
    const link = await this.links.findOne({ _id: visitorId });
    return link ? this.getContact(link.contactId) : null;
  }
  async updateContact(c: Contact): Promise<Contact | null> {
    const key = this.verifiedKeyOf(c);
    const doc = await this.contacts
      .findOneAndUpdate(
        { _id: c.id },
        key.verifiedKey ? { $set: { ...profile(c), ...key } } : { $set: profile(c), $unset: { verifiedKey: '' } },
        { returnDocument: 'after', includeResultMetadata: false },
      )
      .catch(taken);
    return this.one(doc);
  }
  async linkVisitor(contactId: string, visitorId: string, at: number): Promise<Contact | null> {
    const doc = await this.contacts.findOneAndUpdate({ _id: contactId }, { $max: { updatedAt: at } }, { returnDocument: 'after', includeResultMetadata: false });
    if (!doc) return null;
    await this.link(contactId, visitorId, at);
    return this.toContact(doc);
  }
  async listContacts(workspaceId: string, o: { query: string; limit: number; after?: { updatedAt: number; id: string } }): Promise<ContactPage> {
    if (o.limit <= 0) return { contacts: [], next: null };
    const filter: mongoose.mongo.Filter<ContactDoc> = { workspaceId, ...live };
    if (o.query) filter.searchText = { $regex: escapeRegex(o.query) };
    if (o.after) filter.$or = [{ updatedAt: { $lt: o.after.updatedAt } }, { updatedAt: o.after.updatedAt, _id: { $lt: o.after.id } }];
    const docs = await this.contacts.find(filter, { sort: { updatedAt: -1, _id: -1 }, limit: o.limit + 1 }).toArray();
    const contacts = await Promise.all(docs.slice(0, o.limit).map((d) => this.toContact(d)));
    const last = contacts.at(-1);
    return { contacts, next: docs.length > o.limit && last ? { updatedAt: last.updatedAt, id: last.id } : null };
  }
  async deleteContact(id: string): Promise<boolean> {
    // The record first: a crash before the links go leaves links to nothing, which read as no contact.
    const deleted = (await this.contacts.deleteOne({ _id: id })).deletedCount > 0;
    await this.links.deleteMany({ contactId: id });
    return deleted;
  }
  async markContactDeleting(id: string, at: number): Promise<Contact | null> {
    // The first mark's time stays: the filter leaves a marked contact as it is.
    await this.contacts.updateOne({ _id: id, ...live }, { $set: { deletingAt: at } });
    return this.one(await this.contacts.findOne({ _id: id }));
  }
  async listContactDeletions(): Promise<Contact[]> {
    const docs = await this.contacts.find({ deletingAt: { $exists: true } }, { sort: { deletingAt: 1, _id: 1 } }).toArray();
    return Promise.all(docs.map((d) => this.toContact(d)));
  }
  async deleteVisitor(visitorId: string): Promise<void> {
    // The record last: a deletion cut short is retried from the visitor's id, which the contact still lists.
    await this.db.collection('trigger_events').deleteMany({ visitorId });
    await this.db.collection('visitors').deleteOne({ _id: visitorId as never });
    await this.links.deleteOne({ _id: visitorId });
  }
  async listContactConversations(contactId: string, limit: number): Promise<Conversation[]> {
    if (limit <= 0) return [];
    const visitorIds = (await this.links.find({ contactId }).toArray()).map((l) => l._id);
    const docs = await this.conversations.find({ visitorId: { $in: visitorIds } }, { sort: { createdAt: -1, _id: -1 }, limit }).toArray();
    return docs.map(conversationFromDoc);
  }
  async setIdentitySecret(siteId: string, secret: string, at: number): Promise<void> {
    await this.secrets.updateOne({ _id: siteId }, { $set: { secret, rotatedAt: at } }, { upsert: true });
  }
  async getIdentitySecret(siteId: string): Promise<string | null> {
    return (await this.secrets.findOne({ _id: siteId }))?.secret ?? null;
  }
}
