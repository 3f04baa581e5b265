import type { InboxItem, JourneyPage, LiveVisitor, LiveVisitorPage, TriggerHistoryEntry } from '@parley/shared';

/** A live visitor as this process keeps it: the console's row plus what proactive chat needs. */
export interface LiveEntry {
  row: LiveVisitor;
  workspaceId: string;
  session: string;
  /** Pages of this visit, oldest first (the last `journeyMax`). */
  journey: JourneyPage[];
  /** Their trigger events (capping and goals), loaded at the first page view this process sees. */
  history: TriggerHistoryEntry[];
  /** Rules shown in this visit: a conversation started in it counts for them. */
  shownThisVisit: Set<string>;
  inbox: InboxItem[];
  lastSeen: number;
  /** Set by the page's pagehide; the next page view of a navigation clears it. */
  leftAt: number | null;
}

export type LiveChange = { siteId: string; upsert: LiveVisitor } | { siteId: string; remove: string };

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

/**
 * Who is on each site now, in this process's memory: cheap to keep (one small object per
 * visitor, no store writes) and lost on restart, when the widgets' next heartbeats rebuild it.
 * Every change is reported to `onChange` listeners as an upsert of the row or a removal, which
 * the realtime layer batches into patches for consoles that subscribed.
 */
export class LiveVisitors {
  private readonly sites = new Map<string, Map<string, LiveEntry>>();
  private readonly listeners = new Set<(change: LiveChange) => void>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly options: LiveOptions = liveDefaults,
  ) {}

  onChange(listener: (change: LiveChange) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  get(siteId: string, visitorId: string): LiveEntry | undefined {
    return this.sites.get(siteId)?.get(visitorId);
  }

  count(siteId: string): number {
    return this.sites.get(siteId)?.size ?? 0;
  }

  entries(siteId: string): IterableIterator<LiveEntry> {
    return (this.sites.get(siteId) ?? new Map<string, LiveEntry>()).values();
  }

  /** Records a page view: a new row, the next page of the visit, or a new visit. */
  pageView(facts: PageViewFacts): LiveEntry {
    const at = this.now();
    let site = this.sites.get(facts.siteId);
    if (!site) this.sites.set(facts.siteId, (site = new Map()));
    const page: JourneyPage = { url: facts.url, title: facts.title, at };
    let entry = site.get(facts.visitorId);
    const visitStartedAt = Math.min(at, Math.max(facts.visitStartedAt, at - 24 * 3600_000));
    if (!entry || entry.session !== facts.session) {
      entry = {
        row: { ...rowOf(facts, at), visitStartedAt },
        workspaceId: facts.workspaceId,
        session: facts.session,
        journey: [],
        history: entry?.history ?? facts.history,
        shownThisVisit: new Set(),
        inbox: entry?.inbox ?? [],
        lastSeen: at,
        leftAt: null,
      };
      site.set(facts.visitorId, entry);
    } else {
      entry.row = { ...entry.row, ...rowOf(facts, at), visitStartedAt: entry.row.visitStartedAt };
      entry.lastSeen = at;
      entry.leftAt = null;
    }
    entry.journey.push(page);
    if (entry.journey.length > this.options.journeyMax) entry.journey.shift();
    this.emit({ siteId: facts.siteId, upsert: entry.row });
    return entry;
  }

  /** A heartbeat: the visitor is still here; a visibility change is news for the console. */
  touch(entry: LiveEntry, signal: { hidden?: boolean | undefined; leave?: boolean | undefined }): void {
    entry.lastSeen = this.now();
    if (signal.leave) entry.leftAt = entry.lastSeen;
    if (signal.hidden !== undefined && signal.hidden !== entry.row.hidden) this.update(entry, { hidden: signal.hidden });
  }

  /** Changes fields of the row and tells the listeners, when something did change. */
  update(entry: LiveEntry, patch: Partial<LiveVisitor>): void {
    const changed = (Object.keys(patch) as (keyof LiveVisitor)[]).some((k) => patch[k] !== entry.row[k]);
    if (!changed) return;
    entry.row = { ...entry.row, ...patch, updatedAt: this.now() };
    this.emit({ siteId: entry.row.siteId, upsert: entry.row });
  }

  /** Removes visitors who left or went silent; returns how many. */
  sweep(): number {
    const at = this.now();
    let removed = 0;
    for (const [siteId, site] of this.sites) {
      for (const [visitorId, entry] of site) {
        const gone = entry.leftAt !== null ? at - entry.leftAt > this.options.leaveGraceMs : at - entry.lastSeen > this.options.staleMs;
        if (!gone) continue;
        site.delete(visitorId);
        removed++;
        this.emit({ siteId, remove: visitorId });
      }
      if (site.size === 0) this.sites.delete(siteId);
    }
    return removed;
  }

  /**
   * One page of a site's list, newest visits first. The cursor is the last row's sort key, so
   * paging stays right while visitors come and go between pages.
   */
  page(siteId: string, cursor: string | null, limit: number): LiveVisitorPage {
    const rows = [...this.entries(siteId)].map((e) => e.row).sort(byNewestVisit);
    let start = 0;
    if (cursor) {
      const [at, id] = [Number(cursor.slice(0, cursor.indexOf('~'))), cursor.slice(cursor.indexOf('~') + 1)];
      start = rows.findIndex((r) => byNewestVisit(r, { visitStartedAt: at, visitorId: id }) > 0);
      if (start < 0) start = rows.length;
    }
    const visitors = rows.slice(start, start + limit);
    const last = visitors[visitors.length - 1];
    const more = start + limit < rows.length;
    return { siteId, total: rows.length, visitors, cursor: more && last ? `${last.visitStartedAt}~${last.visitorId}` : null };
  }

  private emit(change: LiveChange): void {
    for (const listener of this.listeners) listener(change);
  }
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
