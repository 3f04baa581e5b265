import { z } from 'zod';
import { limits } from '../limits.js';
import type { ClientRule } from './rule-selection.js';

/**
 * What the widget's tracker sends over plain HTTP (`POST /api/v1/visitor/pageview` and
 * `/visitor/ping`, bodies as `text/plain` JSON so no CORS preflight is needed), and what it
 * gets back. A visitor who never chats costs one small request per page view and one per
 * heartbeat while the tab is visible.
 */

const sessionId = z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/, 'must be an id');
const pageUrl = z.string().max(2000);

export const pageViewSchema = z.object({
  siteKey: z.string().min(1).max(limits.siteKey),
  token: z.string().min(1).max(limits.token).optional(),
  /** The visit: one browser tab's session (sessionStorage), kept across reloads. */
  session: sessionId,
  /** When the visit began (client clock, epoch ms). */
  visitStartedAt: z.number().int().min(0),
  /** Pages viewed in this visit, this one included. */
  pages: z.number().int().min(1).max(100_000),
  url: pageUrl.min(1),
  title: z.string().max(300).default(''),
  referrer: pageUrl.default(''),
  language: z.string().max(35).nullable().default(null),
});
export type PageView = z.infer<typeof pageViewSchema>;

export const widgetEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('trigger'), ruleId: z.string().min(1).max(64), kind: z.enum(['shown', 'opened', 'dismissed']) }),
  z.object({ type: z.literal('track'), name: z.string().trim().min(1).max(100) }),
  z.object({
    type: z.literal('identify'),
    // A page's bad value is dropped, not fatal: the ping also carries trigger events.
    name: z.string().trim().min(1).max(limits.name).optional().catch(undefined),
    email: z.email().max(limits.email).optional().catch(undefined),
  }),
]);
export type WidgetEvent = z.infer<typeof widgetEventSchema>;

export const pingSchema = z.object({
  siteKey: z.string().min(1).max(limits.siteKey),
  token: z.string().min(1).max(limits.token),
  session: sessionId,
  events: z.array(widgetEventSchema).max(50).default([]),
  /** Deepest scroll on the current page, percent. */
  scroll: z.number().int().min(0).max(100).optional(),
  hidden: z.boolean().optional(),
  /** The page is going away (pagehide): the visitor leaves the live list unless another page follows. */
  leave: z.boolean().optional(),
});
export type Ping = z.infer<typeof pingSchema>;

/** Something for the visitor that arrived while the app was not loaded. */
export type InboxItem =
  | { type: 'announcement'; id: string; text: string }
  | { type: 'chat'; conversationId: string; text: string; name: string };

export interface PageViewAnswer {
  /** The visitor token to keep (the same one the chat's socket uses). */
  token: string;
  visitorId: string;
  /** Rules that may fire on this page, best first. */
  rules: ClientRule[];
  /** How often to ping while the tab is visible. */
  heartbeatSeconds: number;
  inbox: InboxItem[];
}

export interface PingAnswer {
  inbox: InboxItem[];
}
