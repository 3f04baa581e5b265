import type { JourneyPage, LiveVisitor, LiveVisitorPage, TriggerHistoryEntry } from '@parley/shared';

/**
 * A live visitor as the server keeps one: the console's row plus what proactive chat needs.
 * Plain data (no Sets, no class), so a shared list can keep it as JSON in Redis; every change
 * is a new value made by the functions below, which both lists (memory and Redis) apply.
 */
export interface LiveEntry {
  row: LiveVisitor;
  workspaceId: string;
  session: string;
  /** Pages of this visit, oldest first (the last `journeyMax`). */
  journey: JourneyPage[];
  /** Their trigger events (capping and goals), loaded at the first page view of the visitor. */
  history: TriggerHistoryEntry[];
  /** Rules shown in this visit: a conversation started in it counts for them. */
  shownThisVisit: string[];
  lastSeen: number;
  /** Set by the page's pagehide; the next page view of a navigation clears it. */
  leftAt: number | null;
}

export interface PageViewFacts {
  siteId: string;
  workspaceId: string;
  visitorId: string;
  session: string;
  visitStartedAt: number;
  pages: number;
  url: string;
  title: string;
  referrer: string | null;
  returning: boolean;
  device: LiveVisitor['device'];
  browser: string;
  language: string | null;
  name: string | null;
  email: string | null;
  conversationId: string | null;
  history: TriggerHistoryEntry[];
}

export interface LiveOptions {
  staleMs: number;
  leaveGraceMs: number;
  journeyMax: number;
}

export const liveDefaults: LiveOptions = {
  /** A visitor not heard of for this long (no heartbeat: tab closed, machine asleep) has left. */
  staleMs: 75_000,
  /** After pagehide, how long a next page view may take before the visitor counts as gone. */
  leaveGraceMs: 8_000,
  journeyMax: 50,
};

/** A heartbeat's news: the tab's visibility, and whether the page is going away. */
export interface LiveSignal {
  hidden?: boolean | undefined;
  leave?: boolean | undefined;
}

/** The entry after a page view: a new row, the next page of the visit, or a new visit. */
export function afterPageView(prev: LiveEntry | null, facts: PageViewFacts, at: number, options: LiveOptions): LiveEntry {
  const page: JourneyPage = { url: facts.url, title: facts.title, at };
  // A visit cannot have started in the future or more than a day ago, whatever the page says.
  const visitStartedAt = Math.min(at, Math.max(facts.visitStartedAt, at - 24 * 3600_000));
  if (!prev || prev.session !== facts.session) {
    return {
      row: { ...rowOf(facts, at), visitStartedAt },
      workspaceId: facts.workspaceId,
      session: facts.session,
      journey: [page],
      history: prev?.history ?? facts.history,
      shownThisVisit: [],
      lastSeen: at,
      leftAt: null,
    };
  }
  return {
    ...prev,
    row: { ...rowOf(facts, at), visitStartedAt: prev.row.visitStartedAt },
    journey: [...prev.journey, page].slice(-options.journeyMax),
    lastSeen: at,
    leftAt: null,
  };
}

/** The entry after a heartbeat; the row (the console's business) changes only with the visibility. */
export function afterSignal(entry: LiveEntry, signal: LiveSignal, at: number): LiveEntry {
  const next = { ...entry, lastSeen: at, leftAt: signal.leave ? at : entry.leftAt };
  return signal.hidden === undefined ? next : withRow(next, { hidden: signal.hidden }, at);
}

/** The entry with fields of its row changed; the same entry when nothing changes. */
export function withRow(entry: LiveEntry, patch: Partial<LiveVisitor>, at: number): LiveEntry {
  const changed = (Object.keys(patch) as (keyof LiveVisitor)[]).some((k) => patch[k] !== entry.row[k]);
  return changed ? { ...entry, row: { ...entry.row, ...patch, updatedAt: at } } : entry;
}

/** When the visitor counts as gone unless heard of again: a grace after pagehide, else the stale time. */
export function goneAt(entry: LiveEntry, options: LiveOptions): number {
  return entry.leftAt !== null ? entry.leftAt + options.leaveGraceMs : entry.lastSeen + options.staleMs;
}

/**
 * One page of a site's list, newest visits first. The cursor is the last row's sort key, so
 * paging stays right while visitors come and go between pages.
 */
export function pageOfRows(siteId: string, all: LiveVisitor[], cursor: string | null, limit: number): LiveVisitorPage {
  const rows = all.sort(byNewestVisit);
  let start = 0;
  if (cursor) {
    const split = cursor.indexOf('~');
    const after = { visitStartedAt: Number(cursor.slice(0, split)), visitorId: cursor.slice(split + 1) };
    start = rows.findIndex((r) => byNewestVisit(r, after) > 0);
    if (start < 0) start = rows.length;
  }
  const visitors = rows.slice(start, start + limit);
  const last = visitors[visitors.length - 1];
  const more = start + limit < rows.length;
  return { siteId, total: rows.length, visitors, cursor: more && last ? `${last.visitStartedAt}~${last.visitorId}` : null };
}

function rowOf(f: PageViewFacts, at: number): LiveVisitor {
  return {
    visitorId: f.visitorId,
    siteId: f.siteId,
    name: f.name,
    email: f.email,
    url: f.url,
    title: f.title,
    referrer: f.referrer,
    pageSince: at,
    visitStartedAt: f.visitStartedAt,
    pages: f.pages,
    returning: f.returning,
    device: f.device,
    browser: f.browser,
    language: f.language,
    conversationId: f.conversationId,
    hidden: false,
    updatedAt: at,
  };
}

function byNewestVisit(a: Pick<LiveVisitor, 'visitStartedAt' | 'visitorId'>, b: Pick<LiveVisitor, 'visitStartedAt' | 'visitorId'>): number {
  return b.visitStartedAt - a.visitStartedAt || (a.visitorId < b.visitorId ? -1 : a.visitorId > b.visitorId ? 1 : 0);
}
