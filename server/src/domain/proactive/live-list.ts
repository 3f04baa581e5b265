import type { InboxItem, LiveVisitor, LiveVisitorPage } from '@parley/shared';
import type { LiveEntry, LiveSignal, PageViewFacts } from './live-entry.js';

export type LiveChange = { siteId: string; upsert: LiveVisitor } | { siteId: string; remove: string };

/**
 * Who is on each site now. Page views and heartbeats change it, the console reads it in pages
 * and hears every change through `onChange` (an upsert of a row or a removal). One process
 * keeps it in memory (`MemoryLiveList`); several share it through Redis (`RedisLiveList`), so
 * a widget's requests may land on any process and every console sees the whole list.
 *
 * Entries are values: `get` hands out a copy, and a change is a function from the current
 * entry to the next one, which a shared list may run again when another process changed the
 * entry meanwhile (so it must not have side effects).
 */
export interface LiveList {
  onChange(listener: (change: LiveChange) => void): () => void;
  get(siteId: string, visitorId: string): Promise<LiveEntry | null>;
  /** Records a page view: a new row, the next page of the visit, or a new visit. */
  pageView(facts: PageViewFacts): Promise<LiveEntry>;
  /** A heartbeat: the visitor is still here; a visibility change is news for the console. */
  signal(siteId: string, visitorId: string, signal: LiveSignal): Promise<LiveEntry | null>;
  /**
   * Changes a live visitor's entry: `change` gets the current entry and returns the next, or
   * the same one for no change. Resolves with the entry written, `null` when not live.
   */
  modify(siteId: string, visitorId: string, change: (entry: LiveEntry) => LiveEntry): Promise<LiveEntry | null>;
  /** Leaves something for the visitor's next page view or heartbeat (kept while they are live). */
  pushInbox(siteId: string, visitorId: string, item: InboxItem): Promise<void>;
  /** Takes what waits for the visitor: each item is handed out once, whichever process asks. */
  takeInbox(siteId: string, visitorId: string): Promise<InboxItem[]>;
  /** Every row of a site (announcements, paging). */
  rows(siteId: string): Promise<LiveVisitor[]>;
  page(siteId: string, cursor: string | null, limit: number): Promise<LiveVisitorPage>;
  count(siteId: string): Promise<number>;
  /** Removes visitors who left or went silent; returns how many this call removed. */
  sweep(): Promise<number>;
  close(): Promise<void>;
}
