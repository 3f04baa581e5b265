import { z } from 'zod';
import { limits } from './limits.js';
import { conversationRefSchema } from './schemas.js';

/** How many transcripts a visitor may have mailed per conversation. */
export const TRANSCRIPT_REQUESTS_PER_CONVERSATION = 3;

/** The widget's "email me the transcript" (`transcript:request`): the visitor's own conversation only. */
export const transcriptRequestSchema = conversationRefSchema.extend({
  email: z.string().trim().toLowerCase().pipe(z.email().max(limits.email)),
});
export type TranscriptRequest = z.infer<typeof transcriptRequestSchema>;

/** A mail's state in the outbox; `failed` ones are listed for admins with a retry action. */
export const mailStatuses = ['pending', 'sending', 'sent', 'failed'] as const;
export type MailStatusName = (typeof mailStatuses)[number];

/** `GET /api/v1/mail?status=failed&limit=50`. */
export const mailListQuerySchema = z.object({
  status: z.enum(mailStatuses).default('failed'),
  limit: z.coerce.number().int().min(1).max(limits.listPage).default(50),
});

/** A mail as admins see it in the outbox list (the body stays on the server). */
export interface MailSummary {
  id: string;
  kind: 'invitation' | 'password-reset' | 'offline-message' | 'offline-reply' | 'transcript';
  to: string;
  subject: string;
  locale: string;
  status: MailStatusName;
  attempts: number;
  lastError: string | null;
  createdAt: number;
  /** Pending: when the next attempt is due. */
  nextAttemptAt: number;
  sentAt: number | null;
}
