import { nanoid } from 'nanoid';
import { ErrorCode, type Contact, type Site, type VisitorIdentity } from '@parley/shared';
import { AppError } from '../../app-error.js';
import type { Store } from '../../store/port.js';
import { settingsOf } from '../routing/site-settings.js';
import { identityHashMatches } from './identity-hash.js';

/** What an identify did: the contact, and the visitor this browser now speaks for. */
export interface IdentifyOutcome {
  contact: Contact;
  /** The verified user's first visitor when it is not this browser's: the browser takes it over. */
  visitorId: string;
  switched: boolean;
}

/**
 * One identify, top to bottom: check the hash (or refuse), then a verified identify finds or
 * creates the site's one contact for that user id and links this browser to it; an unverified
 * one only ever touches this browser's own unverified contact.
 */
export async function identifyVisitor(store: Store, site: Site, visitorId: string, identity: VisitorIdentity, at: number): Promise<IdentifyOutcome> {
  const verified = await checkIdentity(store, site, identity);
  const contact = verified ? await verifiedContact(store, site, visitorId, identity, at) : await unverifiedContact(store, site, visitorId, identity, at);
  const namedVisitor = { ...(identity.name ? { name: identity.name } : {}), ...(identity.email ? { email: identity.email } : {}) };
  const primary = contact.visitorIds[0] ?? visitorId;
  if (Object.keys(namedVisitor).length && (verified || !contact.verified)) {
    await store.proactive.setVisitorIdentity(primary, namedVisitor);
  }
  return { contact, visitorId: primary, switched: primary !== visitorId };
}

/** True for a matching hash; throws for a wrong one, and for a missing one where it is required. */
async function checkIdentity(store: Store, site: Site, identity: VisitorIdentity): Promise<boolean> {
  if (identity.userHash !== undefined) {
    if (!identity.userId) throw new AppError(ErrorCode.badRequest, 'userHash needs the userId it was computed from', [{ path: 'userId', message: 'required with userHash' }]);
    const secret = await store.contacts.getIdentitySecret(site.id);
    if (!secret) throw new AppError(ErrorCode.forbidden, 'this site has no identity secret yet: create one in its settings');
    if (!identityHashMatches(secret, identity.userId, identity.userHash)) {
      throw new AppError(ErrorCode.forbidden, 'userHash does not match userId: send the hex HMAC-SHA256 of userId with the site identity secret');
    }
    return true;
  }
  if (settingsOf(site).requireVerifiedIdentity) {
    throw new AppError(ErrorCode.forbidden, 'this site accepts only verified identities: send userHash with userId');
  }
  if (identity.userId && (await store.contacts.getVerifiedContact(site.id, identity.userId))) {
    throw new AppError(ErrorCode.forbidden, 'this userId belongs to a verified contact: send its userHash');
  }
  return false;
}

async function verifiedContact(store: Store, site: Site, visitorId: string, identity: VisitorIdentity, at: number): Promise<Contact> {
  const userId = identity.userId!;
  let contact = await store.contacts.getVerifiedContact(site.id, userId);
  if (!contact) {
    try {
      contact = await store.contacts.createContact({ ...blank(site, visitorId, at), userId, verified: true, ...profileOf(identity, null) });
    } catch (err) {
      // Another browser of the same user verified at the same moment: theirs is the contact.
      if (!(err instanceof AppError && err.code === ErrorCode.conflict)) throw err;
      contact = await store.contacts.getVerifiedContact(site.id, userId);
      if (!contact) throw err;
    }
  }
  if (!contact.visitorIds.includes(visitorId)) contact = (await store.contacts.linkVisitor(contact.id, visitorId, at)) ?? contact;
  return (await store.contacts.updateContact({ ...contact, ...profileOf(identity, contact), updatedAt: Math.max(at, contact.updatedAt) })) ?? contact;
}

async function unverifiedContact(store: Store, site: Site, visitorId: string, identity: VisitorIdentity, at: number): Promise<Contact> {
  const current = await store.contacts.getContactOfVisitor(visitorId);
  // A verified browser that also identifies without a hash changes nothing of the verified contact.
  if (current?.verified) return current;
  if (!current) return store.contacts.createContact({ ...blank(site, visitorId, at), userId: identity.userId ?? null, ...profileOf(identity, null) });
  const updated = await store.contacts.updateContact({ ...current, userId: identity.userId ?? current.userId, ...profileOf(identity, current), updatedAt: at });
  return updated ?? current;
}

function blank(site: Site, visitorId: string, at: number): Contact {
  return {
    id: `ct_${nanoid(12)}`,
    workspaceId: site.workspaceId,
    siteId: site.id,
    userId: null,
    verified: false,
    name: null,
    email: null,
    phone: null,
    company: null,
    attributes: {},
    notes: '',
    visitorIds: [visitorId],
    createdAt: at,
    updatedAt: at,
  };
}

/** What the page said, over what is stored: a field the page left out keeps its value. */
function profileOf(identity: VisitorIdentity, current: Contact | null): Pick<Contact, 'name' | 'email' | 'attributes'> {
  return {
    name: identity.name ?? current?.name ?? null,
    email: identity.email ?? current?.email ?? null,
    attributes: withoutNulls({ ...(current?.attributes ?? {}), ...(identity.attributes ?? {}) }),
  };
}

export function withoutNulls(attributes: Contact['attributes']): Contact['attributes'] {
  return Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== null));
}
