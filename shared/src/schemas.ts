import { z } from 'zod';
import { visitorIdentitySchema } from './contacts/contact.js';
import { conversationStatuses } from './domain.js';
import { limits } from './limits.js';
import type { FieldIssue } from './errors.js';
import { attachmentIdsSchema } from './conversation-live/live-schemas.js';

/**
 * Every payload a client sends is parsed by one of these before any handler runs
 * (types alone are not validation). Types for handlers come from `z.infer`.
 */

const id = z.string().min(1).max(limits.id).regex(/^[A-Za-z0-9_-]+$/, 'must be an id');
/** nanoid's alphabet; long enough that two clients never collide by chance. */
export const clientIdSchema = z
  .string()
  .min(8)
  .max(limits.clientId)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be a nanoid-style id');

/** Message text: trimmed of surrounding blank space, never empty, at most `limits.messageText`. */
export const messageTextSchema = z
  .string()
  .max(limits.messageText * 2, `must be at most ${limits.messageText} characters`)
  .transform((text) => text.trim())
  .pipe(z.string().min(1, 'must not be empty').max(limits.messageText, `must be at most ${limits.messageText} characters`));

export const visitorHandshakeSchema = z.object({
  protocol: z.number().int(),
  siteKey: z.string().min(1).max(limits.siteKey),
  token: z.string().min(1).max(limits.token).optional(),
  /** The browser's language, for the system lines the visitor reads. */
  locale: z.string().min(1).max(35).optional(),
  /** `Parley('identify', …)` made before the socket opened (contacts/contact.ts). */
  identity: visitorIdentitySchema.optional(),
});
export type VisitorHandshake = z.infer<typeof visitorHandshakeSchema>;

export const agentHandshakeSchema = z.object({
  protocol: z.number().int(),
  token: z.string().min(1).max(limits.token),
});
export type AgentHandshake = z.infer<typeof agentHandshakeSchema>;

export const emptyPayloadSchema = z.object({}).optional().transform(() => ({}));

export const visitorSendMessageSchema = z.object({
  clientId: clientIdSchema,
  text: messageTextSchema,
  /** Omitted for the first message: the server opens a conversation. */
  conversationId: id.optional(),
  /** The proactive message this answers: a new conversation starts with it and records the trigger. */
  triggerId: id.optional(),
  /** Chosen in the pre-chat step; only the first message of a conversation uses it. */
  departmentId: id.optional(),
  /** The page the visitor writes from: the site's URL rules may pick a department. */
  pageUrl: z.string().max(2000).optional(),
  /** Ids from `POST /api/v1/uploads` (needs `conversationId`: files go into an open conversation). */
  attachments: attachmentIdsSchema.optional(),
});
export type VisitorSendMessage = z.infer<typeof visitorSendMessageSchema>;

export const agentSendMessageSchema = z.object({
  conversationId: id,
  clientId: clientIdSchema,
  text: messageTextSchema,
  internal: z.boolean().default(false),
  /** Ids from `POST /api/v1/uploads`. */
  attachments: attachmentIdsSchema.optional(),
  /** Supervisors and admins: an internal note only the conversation's assignee sees (`Message.whisperTo`). */
  whisper: z.boolean().optional(),
});
export type AgentSendMessage = z.infer<typeof agentSendMessageSchema>;

export const syncMessagesSchema = z.object({
  conversationId: id,
  /** Highest seq the client already has; 0 for everything. */
  afterSeq: z.number().int().min(0),
});
export type SyncMessages = z.infer<typeof syncMessagesSchema>;

export const conversationRefSchema = z.object({ conversationId: id });
export type ConversationRef = z.infer<typeof conversationRefSchema>;

export const conversationListSchema = z.object({
  status: z.array(z.enum(conversationStatuses)).min(1).max(3).optional(),
  /** `true` limits the list to conversations assigned to the caller. */
  mine: z.boolean().optional(),
  /** Only missed chats (`true`) or only the others (`false`). */
  missed: z.boolean().optional(),
  /** Only offline messages (`true`) or only live chats (`false`). */
  offline: z.boolean().optional(),
  /** Only conversations carrying this tag. */
  tagId: z.string().min(1).max(limits.id).optional(),
  limit: z.number().int().min(1).max(limits.listPage).default(50),
});
export type ConversationList = z.infer<typeof conversationListSchema>;

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email().max(limits.email)),
  password: z.string().min(1).max(limits.password),
});
export type Login = z.infer<typeof loginSchema>;

export const restSendMessageSchema = z.object({
  text: messageTextSchema,
  clientId: clientIdSchema.optional(),
  internal: z.boolean().default(false),
  /** Ids from `POST /api/v1/uploads`. */
  attachments: attachmentIdsSchema.optional(),
  /** Supervisors and admins: an internal note only the conversation's assignee sees (`Message.whisperTo`). */
  whisper: z.boolean().optional(),
});
export type RestSendMessage = z.infer<typeof restSendMessageSchema>;

export const restConversationQuerySchema = z.object({
  status: z.enum(conversationStatuses).optional(),
  /** Only conversations carrying this tag (a tag id). */
  tag: z.string().min(1).max(limits.id).optional(),
  limit: z.coerce.number().int().min(1).max(limits.listPage).default(50),
});

export const restMessagesQuerySchema = z.object({
  afterSeq: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(limits.syncPage).default(limits.syncPage),
});

/** A validation error's issues as dotted field paths, for forms that show each beside its field. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.slice(0, 20).map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** Turns a zod error into one readable line for an error body. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
