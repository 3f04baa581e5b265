import type { Database } from 'better-sqlite3';
import { ErrorCode, type Contact, type ContactAttributeValue, type Conversation } from '@parley/shared';
import { AppError } from '../../app-error.js';
import { contactSearchText, type ContactPage, type ContactStore } from '../contact-port.js';
import { toConversation, type ConversationRow } from './sqlite-rows.js';

interface ContactRow {
  id: string;
  workspace_id: string;
  site_id: string;
  user_id: string | null;
  verified: number;
  name: string | null;
  email: string | null;
  phone: string | null;
  company: string | null;
  attributes: string;
  notes: string;
  created_at: number;
  updated_at: number;
}

const taken = (err: unknown): never => {
  if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new AppError(ErrorCode.conflict, 'this user id already has a verified contact');
  throw err;
};

/** Contacts in SQLite: a row each, its browsers in `contact_visitors` (one contact per visitor: the primary key). */
export class SqliteContactStore implements ContactStore {
  private readonly s;
  private readonly inTransaction: <T>(work: () => T) => T;

  constructor(db: Database) {
    this.s = {
      insert: db.prepare(
        `INSERT INTO contacts (id, workspace_id, site_id, user_id, verified, name, email, phone, company, attributes, notes, search_text, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      update: db.prepare(
        `UPDATE contacts SET user_id = ?, verified = ?, name = ?, email = ?, phone = ?, company = ?, attributes = ?, notes = ?, search_text = ?, updated_at = ?
         WHERE id = ? RETURNING *`,
      ),
      touch: db.prepare('UPDATE contacts SET updated_at = max(updated_at, ?) WHERE id = ? RETURNING *'),
      get: db.prepare('SELECT * FROM contacts WHERE id = ? AND deleting_at IS NULL'),
      verified: db.prepare('SELECT * FROM contacts WHERE site_id = ? AND user_id = ? AND verified = 1 AND deleting_at IS NULL'),
      ofVisitor: db.prepare('SELECT c.* FROM contacts c JOIN contact_visitors v ON v.contact_id = c.id WHERE v.visitor_id = ? AND c.deleting_at IS NULL'),
      visitors: db.prepare('SELECT visitor_id FROM contact_visitors WHERE contact_id = ? ORDER BY linked_at, visitor_id'),
      link: db.prepare(
        `INSERT INTO contact_visitors (visitor_id, contact_id, linked_at) VALUES (?, ?, ?)
         ON CONFLICT (visitor_id) DO UPDATE SET contact_id = excluded.contact_id, linked_at = excluded.linked_at
         WHERE contact_visitors.contact_id != excluded.contact_id`,
      ),
      list: db.prepare(
        `SELECT * FROM contacts WHERE workspace_id = ? AND deleting_at IS NULL AND instr(search_text, ?) > 0
           AND (updated_at < ? OR (updated_at = ? AND id < ?))
         ORDER BY updated_at DESC, id DESC LIMIT ?`,
      ),
      conversations: db.prepare(
        `SELECT * FROM conversations WHERE visitor_id IN (SELECT visitor_id FROM contact_visitors WHERE contact_id = ?)
         ORDER BY created_at DESC, id DESC LIMIT ?`,
      ),
      setSecret: db.prepare(
        `INSERT INTO site_identity_secrets (site_id, secret, rotated_at) VALUES (?, ?, ?)
         ON CONFLICT (site_id) DO UPDATE SET secret = excluded.secret, rotated_at = excluded.rotated_at`,
      ),
      remove: db.prepare('DELETE FROM contacts WHERE id = ?'),
      unlinkAll: db.prepare('DELETE FROM contact_visitors WHERE contact_id = ?'),
      getSecret: db.prepare('SELECT secret FROM site_identity_secrets WHERE site_id = ?'),
      markDeleting: db.prepare('UPDATE contacts SET deleting_at = coalesce(deleting_at, ?) WHERE id = ? RETURNING *'),
      deletions: db.prepare('SELECT * FROM contacts WHERE deleting_at IS NOT NULL ORDER BY deleting_at, id'),
      // Its conversations are gone by now (the caller's first step), so nothing refers to the visitor.
      deleteVisitorParts: ['DELETE FROM trigger_events WHERE visitor_id = ?', 'DELETE FROM contact_visitors WHERE visitor_id = ?', 'DELETE FROM visitors WHERE id = ?'].map((sql) =>
        db.prepare(sql),
      ),
    };
    this.inTransaction = <T>(work: () => T) => db.transaction(work).immediate();
  }

  private toContact(r: ContactRow): Contact {
    return {
      id: r.id,
      workspaceId: r.workspace_id,
      siteId: r.site_id,
      userId: r.user_id,
      verified: r.verified === 1,
      name: r.name,
      email: r.email,
      phone: r.phone,
      company: r.company,
      attributes: JSON.parse(r.attributes) as Record<string, ContactAttributeValue>,
      notes: r.notes,
      visitorIds: (this.s.visitors.all(r.id) as { visitor_id: string }[]).map((v) => v.visitor_id),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  }
  private one(row: unknown): Contact | null {
    return row ? this.toContact(row as ContactRow) : null;
  }

  async createContact(c: Contact): Promise<Contact> {
    return this.inTransaction(() => {
      try {
        this.s.insert.run(c.id, c.workspaceId, c.siteId, c.userId, c.verified ? 1 : 0, c.name, c.email, c.phone, c.company, JSON.stringify(c.attributes), c.notes, contactSearchText(c), c.createdAt, c.updatedAt);
      } catch (err) {
        taken(err);
      }
      for (const visitorId of c.visitorIds) this.s.link.run(visitorId, c.id, c.createdAt);
      return this.toContact(this.s.get.get(c.id) as ContactRow);
    });
  }
  async getContact(id: string): Promise<Contact | null> {
    return this.one(this.s.get.get(id));
  }
  async getVerifiedContact(siteId: string, userId: string): Promise<Contact | null> {
    return this.one(this.s.verified.get(siteId, userId));
  }
  async getContactOfVisitor(visitorId: string): Promise<Contact | null> {
    return this.one(this.s.ofVisitor.get(visitorId));
  }
  async updateContact(c: Contact): Promise<Contact | null> {
    try {
      const row = this.s.update.get(c.userId, c.verified ? 1 : 0, c.name, c.email, c.phone, c.company, JSON.stringify(c.attributes), c.notes, contactSearchText(c), c.updatedAt, c.id);
      return this.one(row);
    } catch (err) {
      return taken(err);
    }
  }
  async linkVisitor(contactId: string, visitorId: string, at: number): Promise<Contact | null> {
    return this.inTransaction(() => {
      const row = this.s.touch.get(at, contactId);
      if (!row) return null;
      this.s.link.run(visitorId, contactId, at);
      return this.toContact(row as ContactRow);
    });
  }
  async listContacts(workspaceId: string, o: { query: string; limit: number; after?: { updatedAt: number; id: string } }): Promise<ContactPage> {
    const after = o.after ?? { updatedAt: Number.MAX_SAFE_INTEGER, id: '' };
    const rows = this.s.list.all(workspaceId, o.query, after.updatedAt, after.updatedAt, after.id || '\uffff', o.limit + 1) as ContactRow[];
    const contacts = rows.slice(0, o.limit).map((r) => this.toContact(r));
    const last = contacts.at(-1);
    return { contacts, next: rows.length > o.limit && last ? { updatedAt: last.updatedAt, id: last.id } : null };
  }
  async deleteContact(id: string): Promise<boolean> {
    return this.inTransaction(() => {
      this.s.unlinkAll.run(id);
      return this.s.remove.run(id).changes > 0;
    });
  }
  async markContactDeleting(id: string, at: number): Promise<Contact | null> {
    return this.one(this.s.markDeleting.get(at, id));
  }
  async listContactDeletions(): Promise<Contact[]> {
    return (this.s.deletions.all() as ContactRow[]).map((r) => this.toContact(r));
  }
  async deleteVisitor(visitorId: string): Promise<void> {
    this.inTransaction(() => {
      for (const statement of this.s.deleteVisitorParts) statement.run(visitorId);
    });
  }
  async listContactConversations(contactId: string, limit: number): Promise<Conversation[]> {
    return (this.s.conversations.all(contactId, limit) as ConversationRow[]).map(toConversation);
  }
  async setIdentitySecret(siteId: string, secret: string, at: number): Promise<void> {
    this.s.setSecret.run(siteId, secret, at);
  }
  async getIdentitySecret(siteId: string): Promise<string | null> {
    return (this.s.getSecret.get(siteId) as { secret: string } | undefined)?.secret ?? null;
  }
}
