import { ErrorCode, limits, type Contact, type ContactListQuery, type ContactPatch, type Conversation, type Message, type Site, type Visitor, type VisitorIdentity, type VisitorIdentifyResult } from '@parley/shared';
import { AppError, notFound } from '../../app-error.js';
import type { TokenService } from '../../auth/tokens.js';
import type { Store } from '../../store/port.js';
import type { Actor } from '../conversations/conversation-access.js';
import { assertCanSee } from '../conversations/conversation-access.js';
import { newIdentitySecret } from './identity-hash.js';
import { identifyVisitor, withoutNulls } from './visitor-identify.js';
import { decodeContactCursor, encodeContactCursor } from './contact-cursor.js';
import { mergeContacts } from './contact-merge.js';
import type { ContactDeletion } from './contact-deletion.js';

type AgentActor = Actor & { kind: 'agent' };

/** Contacts and verified identity: the widget's identify, the console's contact pages, each site's identity secret. */
export class ContactsService {
  constructor(
    private readonly deps: { store: Store; tokens: TokenService; deletion: ContactDeletion; now?: () => number },
  ) {}

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  /**
   * The widget's `Parley('identify', …)`, at the handshake or later. Refuses a wrong `userHash`,
   * a missing one in strict mode, and an unverified claim of a verified user's id (`forbidden`,
   * nothing linked). A verified identify answers the user's visitor and its token when this
   * browser is to take it over (so every device shows the same conversations).
   */
  async identify(site: Site, visitorId: string, identity: VisitorIdentity): Promise<VisitorIdentifyResult> {
    const outcome = await identifyVisitor(this.deps.store, site, visitorId, identity, this.now());
    return {
      contactId: outcome.contact.id,
      verified: outcome.contact.verified,
      reconnectWith: outcome.switched ? { visitorId: outcome.visitorId, token: this.deps.tokens.signVisitor({ visitorId: outcome.visitorId, siteId: site.id }) } : null,
    };
  }

  /** `visitor:identify` on a connected socket: the same, for the socket's site. */
  async identifyOnSite(siteId: string, visitorId: string, identity: VisitorIdentity): Promise<VisitorIdentifyResult> {
    const site = await this.deps.store.getSite(siteId);
    if (!site) throw notFound('site');
    return this.identify(site, visitorId, identity);
  }

  /**
   * The handshake's `identity`: the visitor (and token) the socket is to speak for, which is
   * the verified user's own when this browser joins them; else the one the token named.
   */
  async identifyAtHandshake(site: Site, resolved: { visitor: Visitor; token: string }, identity: VisitorIdentity): Promise<{ visitor: Visitor; token: string }> {
    const result = await this.identify(site, resolved.visitor.id, identity);
    const visitor = await this.deps.store.getVisitor(result.reconnectWith?.visitorId ?? resolved.visitor.id);
    if (!visitor) return resolved;
    return { visitor, token: result.reconnectWith?.token ?? resolved.token };
  }

  /** Creates or rotates a site's identity secret (admins); the old one stops verifying at once. */
  async rotateIdentitySecret(actor: AgentActor, siteId: string): Promise<{ secret: string }> {
    if (actor.role !== 'admin') throw new AppError(ErrorCode.forbidden, 'only an admin can change the identity secret');
    const site = await this.deps.store.getSite(siteId);
    if (!site || site.workspaceId !== actor.workspaceId) throw notFound('site');
    const secret = newIdentitySecret();
    await this.deps.store.contacts.setIdentitySecret(site.id, secret, this.now());
    return { secret };
  }

  /** A page of the workspace's contacts, newest change first; `q` finds name, email, phone, company or user id. */
  async list(actor: AgentActor, query: ContactListQuery): Promise<{ contacts: Contact[]; nextCursor: string | null }> {
    const after = query.cursor ? decodeContactCursor(query.cursor) : undefined;
    const page = await this.deps.store.contacts.listContacts(actor.workspaceId, { query: query.q.toLowerCase(), limit: query.limit, ...(after ? { after } : {}) });
    return { contacts: page.contacts, nextCursor: page.next ? encodeContactCursor(page.next) : null };
  }

  async get(actor: AgentActor, id: string): Promise<Contact> {
    const contact = await this.deps.store.contacts.getContact(id);
    if (!contact || contact.workspaceId !== actor.workspaceId) throw notFound('contact');
    return contact;
  }

  /** An agent's edit: the fields sent replace the stored ones; attributes merge (`null` removes one). */
  async update(actor: AgentActor, id: string, patch: ContactPatch): Promise<Contact> {
    const current = await this.get(actor, id);
    const { attributes, ...fields } = patch;
    const next: Contact = {
      ...current,
      ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
      attributes: attributes ? withoutNulls({ ...current.attributes, ...attributes }) : current.attributes,
      updatedAt: Math.max(this.now(), current.updatedAt),
    };
    const updated = await this.deps.store.contacts.updateContact(next);
    if (!updated) throw notFound('contact');
    return updated;
  }

  /**
   * `DELETE /contacts/{id}` (admins): the contact with their conversations, files, events and
   * browsers, for good (see `ContactDeletion`: marked first, finished after a crash). Refused
   * while one of their conversations is not closed, as a conversation's own deletion is.
   */
  async delete(actor: AgentActor, id: string): Promise<void> {
    if (actor.role !== 'admin') throw new AppError(ErrorCode.forbidden, 'only an admin can delete a contact');
    await this.get(actor, id);
    const open = (await this.deps.store.contacts.listContactConversations(id, limits.listPage)).find((c) => c.status !== 'closed');
    if (open) throw new AppError(ErrorCode.conflict, `close conversation ${open.id} before deleting this contact; nothing was deleted`);
    if (!(await this.deps.deletion.delete(id))) throw notFound('contact');
  }

  /** Every conversation of every browser linked to the contact, newest first. */
  async conversations(actor: AgentActor, id: string, limit: number): Promise<Conversation[]> {
    await this.get(actor, id);
    return this.deps.store.contacts.listContactConversations(id, limit);
  }

  /** `POST /contacts/{id}/merge { otherId }`: one contact with both contacts' browsers and conversations. */
  async merge(actor: AgentActor, id: string, otherId: string): Promise<Contact> {
    const kept = await this.get(actor, id);
    const other = await this.deps.store.contacts.getContact(otherId);
    if (!other || other.workspaceId !== actor.workspaceId) {
      throw new AppError(ErrorCode.badRequest, 'otherId: no such contact in this workspace', [{ path: 'otherId', message: 'no such contact' }]);
    }
    return mergeContacts(this.deps.store, kept, other, this.now());
  }

  /** `GET /contacts/{id}/export`: everything held about the contact, as one JSON document. */
  async export(actor: AgentActor, id: string): Promise<{ contact: Contact; conversations: Array<{ conversation: Conversation; messages: Message[] }>; exportedAt: number }> {
    const contact = await this.get(actor, id);
    const conversations = [];
    for (const conversation of await this.deps.store.contacts.listContactConversations(id, 10_000)) {
      const messages: Message[] = [];
      for (let afterSeq = 0; ; ) {
        const page = await this.deps.store.listMessages({ conversationId: conversation.id, afterSeq, limit: 500, includeInternal: true });
        // Whispers are words between colleagues about the chat, not data about the contact: never exported.
        messages.push(...page.filter((m) => !m.whisperTo));
        if (page.length < 500) break;
        afterSeq = page.at(-1)!.seq;
      }
      conversations.push({ conversation, messages });
    }
    return { contact, conversations, exportedAt: this.now() };
  }

  /** The contact of a conversation's visitor (the console's contact panel); `null` before any identify. */
  async ofConversation(actor: AgentActor, conversationId: string): Promise<Contact | null> {
    const conversation = assertCanSee(actor, await this.deps.store.getConversation(conversationId));
    return this.deps.store.contacts.getContactOfVisitor(conversation.visitorId);
  }
}
