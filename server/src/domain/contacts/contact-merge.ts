import { ErrorCode, type Contact } from '@parley/shared';
import { AppError } from '../../app-error.js';
import type { Store } from '../../store/port.js';

/**
 * Merges `other` into `kept`: every browser of `other` moves over (so every conversation
 * follows), empty fields are filled from it, its attributes fill in those `kept` lacks, notes
 * are joined; then `other` is deleted. Two verified contacts of different users cannot be one
 * (`conflict`): each user id must keep proving its own identity.
 * A crash half-way leaves browsers already moved and `other` still there: merging again finishes it.
 */
export async function mergeContacts(store: Store, kept: Contact, other: Contact, at: number): Promise<Contact> {
  if (kept.id === other.id) throw new AppError(ErrorCode.badRequest, 'otherId: a contact cannot be merged into itself', [{ path: 'otherId', message: 'the same contact' }]);
  if (kept.verified && other.verified && kept.userId !== other.userId) {
    throw new AppError(ErrorCode.conflict, 'both contacts are verified users with different user ids');
  }
  for (const visitorId of other.visitorIds) await store.contacts.linkVisitor(kept.id, visitorId, at);
  const notes = [kept.notes, other.notes].filter((n) => n.trim()).join('\n\n');
  // The other's verified identity moves with it: delete it first, the user id is unique.
  const verified = kept.verified || other.verified;
  await store.contacts.deleteContact(other.id);
  const merged = await store.contacts.updateContact({
    ...kept,
    userId: kept.verified ? kept.userId : other.verified ? other.userId : (kept.userId ?? other.userId),
    verified,
    name: kept.name ?? other.name,
    email: kept.email ?? other.email,
    phone: kept.phone ?? other.phone,
    company: kept.company ?? other.company,
    attributes: { ...other.attributes, ...kept.attributes },
    notes,
    updatedAt: Math.max(at, kept.updatedAt),
  });
  return merged ?? kept;
}
