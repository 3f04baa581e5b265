import { z } from 'zod';
import { limits } from '../limits.js';

/** A custom attribute's value as a page or an agent sets it. */
export type ContactAttributeValue = string | number | boolean | null;

/**
 * Who a visitor is, across visits, browsers and devices: built from `Parley('identify', …)`
 * and from forms, edited by agents. A verified contact (its `userId` proven by the site's
 * HMAC) links every browser of that user; an unverified one is one browser's own.
 */
export interface Contact {
  id: string;
  workspaceId: string;
  siteId: string;
  /** The site's own user id from `identify`; `null` when none was given. */
  userId: string | null;
  /** True once an identify carried a `userHash` that matched the site's identity secret. */
  verified: boolean;
  name: string | null;
  email: string | null;
  phone: string | null;
  company: string | null;
  attributes: Record<string, ContactAttributeValue>;
  notes: string;
  /** Every visitor (browser) linked to this contact, the first one first. */
  visitorIds: string[];
  createdAt: number;
  updatedAt: number;
}

const attributeKey = z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/, 'must be letters, digits, _ . or - (at most 40)');
const attributeValue = z.union([z.string().max(500), z.number().finite(), z.boolean(), z.null()]);
/** At most 50 attributes; `null` removes one (in a PATCH). */
export const contactAttributesSchema = z.record(attributeKey, attributeValue).refine((a) => Object.keys(a).length <= 50, 'at most 50 attributes');
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/**
 * `Parley('identify', { userId, email, name, userHash, attributes })`: on the visitor socket as
 * the handshake's `identity`, or the `visitor:identify` command. `userHash` is the hex
 * HMAC-SHA256 of `userId` with the site's identity secret.
 */
export const visitorIdentitySchema = z.object({
  userId: z.string().trim().min(1).max(200).optional(),
  email: z.email().max(limits.email).optional(),
  name: z.string().trim().min(1).max(limits.name).optional(),
  userHash: z.string().regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex digits (HMAC-SHA256)').optional(),
  attributes: contactAttributesSchema.optional(),
})
  // An identify that names nobody would still make a contact: refused, like any empty command.
  .refine((i) => i.userId !== undefined || i.email !== undefined || i.name !== undefined || i.attributes !== undefined, {
    message: 'names nobody: give userId, email, name or attributes',
  });
export type VisitorIdentity = z.infer<typeof visitorIdentitySchema>;

/** What `visitor:identify` answers. */
export interface VisitorIdentifyResult {
  contactId: string;
  verified: boolean;
  /**
   * Non-null when this browser now speaks for another visitor (the verified user's, whose
   * conversations follow them): keep `token` as the visitor token and reconnect, and the
   * `session` then names `visitorId`. `null`: nothing to do.
   */
  reconnectWith: { visitorId: string; token: string } | null;
}

/** `PATCH /api/v1/contacts/{id}`: what an agent edits (attributes are merged; `null` removes one). */
export const contactPatchSchema = z
  .object({
    name: optionalText(limits.name),
    email: z.email().max(limits.email).nullable().optional(),
    phone: optionalText(40),
    company: optionalText(200),
    notes: z.string().max(10_000).optional(),
    attributes: contactAttributesSchema.optional(),
  })
  .strict();
export type ContactPatch = z.infer<typeof contactPatchSchema>;

/** `GET /api/v1/contacts?q=&limit=&cursor=`. */
export const contactListQuerySchema = z.object({
  q: z.string().trim().max(200).default(''),
  limit: z.coerce.number().int().min(1).max(limits.listPage).default(50),
  /** The `nextCursor` of the page before. */
  cursor: z.string().max(200).optional(),
});
export type ContactListQuery = z.infer<typeof contactListQuerySchema>;
