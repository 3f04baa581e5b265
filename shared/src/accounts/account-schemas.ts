import { z } from 'zod';
import { locales, type Locale } from '../i18n/locale.js';
import { limits } from '../limits.js';
import { allowedOriginSchema, allowedOriginsSchema } from './allowed-origin.js';
import { newPasswordSchema } from './password-policy.js';
import { imageUrlSchema, siteAppearancePatchSchema } from './site-appearance.js';

/** Payloads of the accounts REST routes: set-up, sign-up, sites, team, my account, API keys. */

const id = z.string().min(1).max(limits.id).regex(/^[A-Za-z0-9_-]+$/, 'must be an id');
const locale = z.enum(locales as [Locale, ...Locale[]]);
/** Emails are compared trimmed and lower-case everywhere. */
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(limits.email));
const personName = z.string().trim().min(1, 'must not be empty').max(limits.name);
const role = z.enum(['agent', 'supervisor', 'admin']);

/** First run (and sign-up): the first admin, the workspace, and the first site with its address. */
export const setupSchema = z.object({
  name: personName,
  email: emailSchema,
  password: newPasswordSchema,
  workspaceName: z.string().trim().min(1, 'must not be empty').max(limits.name),
  site: z.object({ name: z.string().trim().min(1, 'must not be empty').max(limits.name), origin: allowedOriginSchema }),
});
export type SetupInput = z.infer<typeof setupSchema>;

const siteFields = {
  name: z.string().trim().min(1, 'must not be empty').max(limits.name),
  allowedOrigins: allowedOriginsSchema,
  /** The widget's language; `null` follows the visitor's browser. */
  locale: locale.nullable(),
  appearance: siteAppearancePatchSchema,
};
export const siteInputSchema = z
  .object({
    ...siteFields,
    allowedOrigins: siteFields.allowedOrigins.default([]),
    locale: siteFields.locale.default(null),
    appearance: siteFields.appearance.default({}),
  })
  .strict();
export type SiteInput = z.infer<typeof siteInputSchema>;
export const sitePatchSchema = z.object(siteFields).partial().strict();
export type SitePatch = z.infer<typeof sitePatchSchema>;

export const invitationInputSchema = z
  .object({
    email: emailSchema,
    role: role.default('agent'),
    departmentIds: z.array(id).max(50).default([]),
    /** Most chats at once; 0: the site's default. */
    capacity: z.number().int().min(0).max(50).default(0),
  })
  .strict();
export type InvitationInput = z.infer<typeof invitationInputSchema>;

export const acceptInvitationSchema = z.object({ name: personName, password: newPasswordSchema });
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;

/** An admin changes a person's role, capacity, or whether they may sign in at all. */
export const agentAccountPatchSchema = z
  .object({ role: role.optional(), capacity: z.number().int().min(0).max(50).optional(), active: z.boolean().optional() })
  .strict();
export type AgentAccountPatch = z.infer<typeof agentAccountPatchSchema>;

/** What a person changes about themselves. */
export const profilePatchSchema = z
  .object({ name: personName.optional(), avatarUrl: imageUrlSchema.nullable().optional(), language: locale.nullable().optional() })
  .strict();
export type ProfilePatch = z.infer<typeof profilePatchSchema>;

export const passwordChangeSchema = z.object({
  currentPassword: z.string().min(1, 'must not be empty').max(limits.password),
  newPassword: newPasswordSchema,
});
export const passwordResetRequestSchema = z.object({ email: emailSchema });
export const passwordResetSchema = z.object({ password: newPasswordSchema });

export const apiKeyInputSchema = z.object({ name: z.string().trim().min(1, 'must not be empty').max(80) }).strict();
