import type { Contact, Conversation } from '@parley/shared';

/** A page of contacts, newest change first, and where the next page starts. */
export interface ContactPage {
  contacts: Contact[];
  /** Pass back as `after` for the next page; `null` on the last. */
  next: { updatedAt: number; id: string } | null;
}

/**
 * Contacts, the visitors (browsers) linked to each, and each site's identity secret.
 * A visitor is linked to at most one contact; a site has at most one verified contact per
 * `userId` (both adapters: a unique index, so racing identifies end with one contact).
 */
export interface ContactStore {
  /**
   * Stores the contact and links its `visitorIds` (taking each from any contact it was linked
   * to). Fails with `conflict` when it is verified and the site has a verified contact with its userId.
   */
  createContact(contact: Contact): Promise<Contact>;
  getContact(id: string): Promise<Contact | null>;
  /** The site's verified contact for a user id. */
  getVerifiedContact(siteId: string, userId: string): Promise<Contact | null>;
  /** The contact a visitor is linked to. */
  getContactOfVisitor(visitorId: string): Promise<Contact | null>;
  /**
   * Replaces userId, verified, name, email, phone, company, attributes, notes and updatedAt
   * (not the links); `null` when missing; `conflict` as `createContact`.
   */
  updateContact(contact: Contact): Promise<Contact | null>;
  /** Links a visitor to the contact (moving it from any other) and moves `updatedAt`; `null` when the contact is missing. */
  linkVisitor(contactId: string, visitorId: string, at: number): Promise<Contact | null>;
  /**
   * The workspace's contacts, newest change first; `query` (lower-case) must occur in the
   * name, email, phone, company or user id. `after`: the page before's `next`.
   */
  listContacts(workspaceId: string, options: { query: string; limit: number; after?: { updatedAt: number; id: string } }): Promise<ContactPage>;
  /** Deletes the contact record and its links (not its visitors or conversations); false when missing. */
  deleteContact(id: string): Promise<boolean>;
  /** Conversations of every visitor linked to the contact, newest first. */
  listContactConversations(contactId: string, limit: number): Promise<Conversation[]>;
  /**
   * Marks the contact as being deleted: from then on every read above (get, by user id, by
   * visitor, list) acts as if it were gone, and the mark survives a restart, so a deletion cut
   * short is finished at the next start (`listContactDeletions`). Idempotent; `null` when missing.
   */
  markContactDeleting(id: string, at: number): Promise<Contact | null>;
  /** Contacts marked for deletion and not yet deleted, oldest mark first (with their visitors). */
  listContactDeletions(): Promise<Contact[]>;
  /**
   * Removes a visitor for good: its record, its trigger events and its contact link. Its
   * conversations are the caller's to delete first. No error when it is already gone.
   */
  deleteVisitor(visitorId: string): Promise<void>;
  /** Creates or replaces the site's identity secret (kept as given: verifying a hash needs it). */
  setIdentitySecret(siteId: string, secret: string, at: number): Promise<void>;
  getIdentitySecret(siteId: string): Promise<string | null>;
}

/** What contact search matches against: every searchable field, lower-cased, in one string. */
export function contactSearchText(c: Pick<Contact, 'name' | 'email' | 'phone' | 'company' | 'userId'>): string {
  return [c.name, c.email, c.phone, c.company, c.userId].filter(Boolean).join('\n').toLowerCase();
}
