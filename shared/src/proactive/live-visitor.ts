import type { DeviceType } from './trigger-rule.js';

/** One page of a visit, as the console's journey shows it. */
export interface JourneyPage {
  url: string;
  title: string;
  at: number;
}

/**
 * A visitor on a site now, as the console's live list shows one row. Times on page and on
 * site are computed by the console from `pageSince` and `visitStartedAt`, so a visitor who
 * only sits on a page causes no traffic to the console.
 */
export interface LiveVisitor {
  visitorId: string;
  siteId: string;
  /** From `Parley('identify', { name })`, or the name the visitor gave. */
  name: string | null;
  email: string | null;
  url: string;
  title: string;
  referrer: string | null;
  pageSince: number;
  visitStartedAt: number;
  /** Pages viewed in this visit. */
  pages: number;
  returning: boolean;
  device: DeviceType;
  browser: string;
  language: string | null;
  /** The conversation that is not closed, if the visitor is chatting. */
  conversationId: string | null;
  /** The tab is in the background. */
  hidden: boolean;
  /** Server time of the last change the console was told of. */
  updatedAt: number;
}

/** A page of the live list: `cursor` asks for the next one (`null`: that was the last). */
export interface LiveVisitorPage {
  siteId: string;
  /** Visitors on the site now. */
  total: number;
  visitors: LiveVisitor[];
  cursor: string | null;
}

/**
 * What changed in a site's live list since the last patch: rows to add or replace, visitors
 * who left. Sent at most a few times a second per site, only to consoles that subscribed.
 */
export interface LiveVisitorPatch {
  siteId: string;
  total: number;
  upsert: LiveVisitor[];
  remove: string[];
}
