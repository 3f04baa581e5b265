import { z } from 'zod';
import { locales, type Locale } from '../i18n/locale.js';

/** Largest avatar as a data URL (characters): about 24 KB of image, enough for 128×128. */
export const avatarDataUrlChars = 32_000;

const imageSignatures: Record<string, (bytes: string) => boolean> = {
  'image/png': (b) => b.startsWith('\x89PNG'),
  'image/jpeg': (b) => b.startsWith('\xff\xd8\xff'),
  'image/webp': (b) => b.startsWith('RIFF') && b.slice(8, 12) === 'WEBP',
};

/**
 * An avatar: an https URL, or a small PNG, JPEG or WebP as a base64 data URL whose bytes really
 * are that image type (clients shrink a picked file to 128×128 before sending it).
 */
export const imageUrlSchema = z
  .string()
  .max(avatarDataUrlChars)
  .refine((value) => {
    if (value.startsWith('https://')) return value.length <= 2000 && URL.canParse(value);
    const match = /^data:(image\/(?:png|jpeg|webp));base64,([A-Za-z0-9+/]+={0,2})$/.exec(value);
    if (!match) return false;
    try {
      return imageSignatures[match[1]!]!(atob(match[2]!.slice(0, 16)));
    } catch {
      return false;
    }
  }, 'must be an https URL or a small PNG, JPEG or WebP data URL');

/** The typical reply time the widget states: computed from recent chats, a fixed one, or none. */
export const replyTimes = ['auto', 'minutes', 'hours', 'day', 'off'] as const;
export type ReplyTime = (typeof replyTimes)[number];

const appearanceFields = {
  /** The launcher and header colour; the widget picks a text colour with AA contrast on it. */
  brandColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #2563eb')
    .transform((c) => c.toLowerCase()),
  launcherSide: z.enum(['left', 'right']),
  /** The greeting per language; a language without one uses the widget's own. */
  welcome: z.partialRecord(z.enum(locales as [Locale, ...Locale[]]), z.string().trim().max(500)),
  /** The name in the widget's header; `null`: the site's name. */
  teamName: z.string().trim().min(1).max(80).nullable(),
  avatarUrl: imageUrlSchema.nullable(),
  replyTime: z.enum(replyTimes),
};

/** The widget's look for one site, as the visitor's session carries it. */
export const siteAppearanceSchema = z.object(appearanceFields);
export type SiteAppearance = z.infer<typeof siteAppearanceSchema>;

/** Changes to the look: merged over the current one. */
export const siteAppearancePatchSchema = z.object(appearanceFields).partial().strict();
export type SiteAppearancePatch = z.infer<typeof siteAppearancePatchSchema>;

export const defaultSiteAppearance: SiteAppearance = {
  brandColor: '#2563eb',
  launcherSide: 'right',
  welcome: {},
  teamName: null,
  avatarUrl: null,
  replyTime: 'auto',
};

/** A site's stored look with defaults filled in for what was never set. */
export function appearanceOf(site: { appearance?: Partial<SiteAppearance> | undefined }): SiteAppearance {
  return { ...defaultSiteAppearance, ...site.appearance };
}
