import { z } from 'zod';
import { clientIdSchema, messageTextSchema } from '../schemas.js';
import { limits } from '../limits.js';
import { textMatchOps, type TextMatch } from './text-match.js';
import type { JourneyPage, LiveVisitor } from './live-visitor.js';

const id = z.string().min(1).max(limits.id).regex(/^[A-Za-z0-9_-]+$/, 'must be an id');

/** `visitors:subscribe`: the first page of a site's live list, and its patches from then on. */
export const liveVisitorsSubscribeSchema = z.object({
  siteId: id,
  limit: z.number().int().min(1).max(1000).default(200),
});
export type LiveVisitorsSubscribe = z.infer<typeof liveVisitorsSubscribeSchema>;

/** `visitors:page`: the next page after `cursor`. */
export const liveVisitorsPageSchema = z.object({
  siteId: id,
  cursor: z.string().min(1).max(200),
  limit: z.number().int().min(1).max(1000).default(200),
});
export type LiveVisitorsPage = z.infer<typeof liveVisitorsPageSchema>;

export const siteRefSchema = z.object({ siteId: id });

/** `visitor:chat`: an agent starts a conversation with a visitor on the site now. */
export const startChatSchema = z.object({
  siteId: id,
  visitorId: id,
  clientId: clientIdSchema,
  text: messageTextSchema,
});
export type StartChat = z.infer<typeof startChatSchema>;

/** An announcement (service notice) to visitors on a site now, or those on matching pages. */
export const announcementInputSchema = z.object({
  text: z.string().trim().min(1).max(1000),
  urlMatch: z
    .object({ op: z.enum(textMatchOps), value: z.string().trim().min(1).max(500) })
    .nullable()
    .default(null),
});
export type AnnouncementInput = z.input<typeof announcementInputSchema>;

export interface Announcement {
  id: string;
  siteId: string;
  text: string;
  urlMatch: TextMatch | null;
  createdAt: number;
  /** Visitors it was handed to (each at most once). */
  recipients: number;
}

/** The trigger a conversation started from, by id and by the name it had then. */
export interface ConversationTrigger {
  ruleId: string;
  name: string;
}

/** What the console shows beside a transcript: the trigger, the pages the visitor went through. */
export interface ConversationContext {
  conversationId: string;
  trigger: ConversationTrigger | null;
  journey: JourneyPage[];
  /** The visitor's live row while they are on the site. */
  live: LiveVisitor | null;
}
