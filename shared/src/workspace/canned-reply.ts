import { z } from 'zod';

/** Who sees a canned reply: everyone in the workspace, or only the agent who wrote it. */
export const cannedReplyScopes = ['workspace', 'personal'] as const;
export type CannedReplyScope = (typeof cannedReplyScopes)[number];

/** A language tag as the texts are keyed (`en`, `zh-CN`, `zh-TW`, `pt-BR`). */
const languageTag = z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag');

/**
 * A shortcut is what the agent types after `/`: letters of any script (so `退款` works), digits,
 * `-` and `_`; stored lower-case so `/Refund` and `/refund` are one shortcut.
 */
export const cannedShortcutSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N}_-]+$/u, 'must be letters, digits, - or _ (no spaces)')
  .transform((s) => s.toLowerCase());

/** `POST /api/v1/canned-replies` and `PUT /api/v1/canned-replies/{id}`. */
export const cannedReplyInputSchema = z.object({
  shortcut: cannedShortcutSchema,
  /** One text per language, e.g. `{ en: 'Hello {{visitor.name}}', 'zh-CN': '{{visitor.name}}，您好' }`. */
  texts: z
    .record(languageTag, z.string().trim().min(1).max(5000))
    .refine((t) => Object.keys(t).length >= 1, 'needs a text in at least one language')
    .refine((t) => Object.keys(t).length <= 20, 'at most 20 languages'),
  scope: z.enum(cannedReplyScopes).default('personal'),
});
export type CannedReplyInput = z.infer<typeof cannedReplyInputSchema>;

export interface CannedReply {
  id: string;
  workspaceId: string;
  shortcut: string;
  texts: Record<string, string>;
  scope: CannedReplyScope;
  /** The agent who owns a personal reply (who wrote it); `null` for a workspace reply. */
  ownerId: string | null;
  createdAt: number;
  updatedAt: number;
}
