import { z } from 'zod';
import { limits } from '../limits.js';
import { DRAFT_MAX_CHARS, MAX_ATTACHMENTS_PER_MESSAGE } from './live-domain.js';

/** Payloads of the live-conversation events (typing, seen, rating, pre-chat). */

const id = z.string().min(1).max(limits.id).regex(/^[A-Za-z0-9_-]+$/, 'must be an id');

/** Attachment ids from `POST /api/v1/uploads`, carried by `message:send`. */
export const attachmentIdsSchema = z.array(id).min(1).max(MAX_ATTACHMENTS_PER_MESSAGE);

/** `typing` (no ack): `draft` is the sneak peek, dropped by the server unless the site allows it. */
export const typingSchema = z.object({
  conversationId: id,
  typing: z.boolean(),
  draft: z.string().max(DRAFT_MAX_CHARS).optional(),
});
export type TypingInput = z.infer<typeof typingSchema>;

/** `conversation:read` (no ack): the highest seq this side has seen while the conversation was visible. */
export const readSchema = z.object({ conversationId: id, seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) });
export type ReadInput = z.infer<typeof readSchema>;

/** `conversation:rate`: score 1–5 (thumbs: 1 and 5) and an optional comment. */
export const rateSchema = z.object({
  conversationId: id,
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(2000).optional(),
});
export type RateInput = z.infer<typeof rateSchema>;

/** `prechat:submit`: answers by field id; checked against the site's form on the server. */
export const prechatSubmitSchema = z.object({
  answers: z.record(z.string().min(1).max(40), z.union([z.string().max(1000), z.boolean()])),
});
export type PrechatSubmit = z.infer<typeof prechatSubmitSchema>;

/** `GET /api/v1/conversations/{id}/transcript?format=` */
export const transcriptFormatSchema = z.object({ format: z.enum(['text', 'html', 'json']).default('text') });
export type TranscriptFormat = z.infer<typeof transcriptFormatSchema>['format'];

/** The `conversationId` field of an upload. */
export const uploadFieldsSchema = z.object({ conversationId: id });
