import { z } from 'zod';
import { limits } from '../limits.js';

const id = z.string().min(1).max(limits.id).regex(/^[A-Za-z0-9_-]+$/, 'must be an id');

/** A coloured label on conversations, named once per workspace. */
export interface Tag {
  id: string;
  workspaceId: string;
  name: string;
  /** `#rrggbb`, lower-case. */
  colour: string;
  createdAt: number;
}

/** `POST /api/v1/tags` and `PATCH /api/v1/tags/{id}` (there every field is optional). */
export const tagInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}#,]+$/u, 'must not contain control characters, # or ,'),
  colour: z
    .string()
    .trim()
    .regex(/^#[0-9A-Fa-f]{6}$/, 'must be a colour like #1f8a70')
    .transform((c) => c.toLowerCase()),
});
export type TagInput = z.infer<typeof tagInputSchema>;
export const tagPatchSchema = tagInputSchema.partial().refine((p) => p.name !== undefined || p.colour !== undefined, 'send name or colour');
export type TagPatch = z.infer<typeof tagPatchSchema>;

/** `PUT /api/v1/conversations/{id}/tags`: the conversation's whole set of tags. */
export const conversationTagsSchema = z.object({
  tagIds: z
    .array(id)
    .max(20)
    .refine((ids) => new Set(ids).size === ids.length, 'a tag is listed twice'),
});
export type ConversationTags = z.infer<typeof conversationTagsSchema>;
