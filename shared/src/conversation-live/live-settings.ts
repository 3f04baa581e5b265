import { z } from 'zod';
import { attachmentTypes, type AttachmentType } from './live-domain.js';

/**
 * A site's settings for the live conversation; merged into the site settings
 * (`siteSettingsSchema` in routing.ts) so one REST route and one form change them all.
 */

const label = z.partialRecord(z.enum(['en', 'zh-CN', 'zh-TW']), z.string().trim().min(1).max(200));
const fieldId = z.string().min(1).max(40).regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, _ or -');

/** One field of the pre-chat form. `name`, `email`, `phone` and `department` are the built-in kinds. */
export const prechatFieldSchema = z
  .object({
    id: fieldId,
    kind: z.enum(['name', 'email', 'phone', 'department', 'text', 'select', 'checkbox']),
    required: z.boolean(),
    /** Per language; the widget falls back to English, then to its own label for built-in kinds. */
    label: label.default({}),
    /** `select` only: the choices, each with labels per language. */
    options: z.array(z.object({ value: z.string().trim().min(1).max(100), label: label.default({}) })).max(50).optional(),
  })
  .refine((f) => f.kind !== 'select' || (f.options?.length ?? 0) > 0, 'a select field needs options');
export type PrechatField = z.infer<typeof prechatFieldSchema>;

export const prechatSettingsSchema = z.object({
  enabled: z.boolean(),
  fields: z
    .array(prechatFieldSchema)
    .max(20)
    .refine((fields) => new Set(fields.map((f) => f.id)).size === fields.length, 'field ids must be unique'),
});
export type PrechatSettings = z.infer<typeof prechatSettingsSchema>;

/** The largest upload limit an admin may set (bytes). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export const liveSettingsFields = {
  /** Agents see what the visitor types before it is sent; the widget says so. Off by default. */
  sneakPeek: z.boolean(),
  /** "Mei joined the chat" / "Mei left the chat" lines in the visitor's language. */
  joinLeaveLines: z.boolean(),
  /** What visitors and agents may attach. */
  uploads: z.object({
    enabled: z.boolean(),
    maxBytes: z.number().int().min(1).max(MAX_UPLOAD_BYTES),
    types: z.array(z.enum(attachmentTypes)).max(attachmentTypes.length),
  }),
  /** How the widget asks for a rating when a chat closes: five stars or thumbs (1 and 5). */
  rating: z.object({ enabled: z.boolean(), style: z.enum(['stars', 'thumbs']) }),
  prechat: prechatSettingsSchema,
};

export const defaultLiveSettings = {
  sneakPeek: false,
  joinLeaveLines: true,
  uploads: { enabled: true, maxBytes: 10 * 1024 * 1024, types: [...attachmentTypes] as AttachmentType[] },
  rating: { enabled: true, style: 'stars' as 'stars' | 'thumbs' },
  prechat: { enabled: false, fields: [] as PrechatField[] },
};

/** What the widget needs of these settings, sent in its session. */
export interface LiveFeatures {
  sneakPeek: boolean;
  uploads: { enabled: boolean; maxBytes: number; types: AttachmentType[] };
  rating: { enabled: boolean; style: 'stars' | 'thumbs' };
  prechat: {
    enabled: boolean;
    fields: PrechatField[];
    /** Field ids this visitor already answered: never asked again. */
    known: string[];
  };
}
