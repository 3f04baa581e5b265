import type { InboxItem, LiveVisitor, LiveVisitorPage } from '@parley/shared';
import { afterPageView, afterSignal, goneAt, liveDefaults, pageOfRows, type LiveEntry, type LiveOptions, type LiveSignal, type PageViewFacts } from './live-entry.js';
import type { LiveChange, LiveList } from './live-list.js';

interface Held {
  entry: LiveEntry;
  inbox: InboxItem[];
}

/**
 * The live list of a single server process, in its memory: cheap to keep (one small object per
 * visitor, no store writes) and lost on restart, when the widgets' next heartbeats rebuild it.
 */
export class MemoryLiveList implements LiveList {
  private readonly sites = new Map<string, Map<string, Held>>();
  private readonly listeners = new Set<(change: LiveChange) => void>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly options: LiveOptions = liveDefaults,
  ) {}

  onChange(listener: (change: LiveChange) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  async get(siteId: string, visitorId: string): Promise<LiveEntry | null> {
    return this.sites.get(siteId)?.get(visitorId)?.entry ?? null;
  }

  async pageView(facts: PageViewFacts): Promise<LiveEntry> {
    let site = this.sites.get(facts.siteId);
    if (!site) this.sites.set(facts.siteId, (site = new Map()));
    const held = site.get(facts.visitorId);
    const entry = afterPageView(held?.entry ?? null, facts, this.now(), this.options);
    site.set(facts.visitorId, { entry, inbox: held?.inbox ?? [] });
    this.emit({ siteId: facts.siteId, upsert: entry.row });
    return entry;
  }

  async signal(siteId: string, visitorId: string, signal: LiveSignal): Promise<LiveEntry | null> {
    return this.modify(siteId, visitorId, (entry) => afterSignal(entry, signal, this.now()));
  }

  async modify(siteId: string, visitorId: string, change: (entry: LiveEntry) => LiveEntry): Promise<LiveEntry | null> {
    const held = this.sites.get(siteId)?.get(visitorId);
    if (!held) return null;
    const before = held.entry;
    held.entry = change(before);
    if (held.entry.row !== before.row) this.emit({ siteId, upsert: held.entry.row });
    return held.entry;
  }

  async pushInbox(siteId: string, visitorId: string, item: InboxItem): Promise<void> {
    this.sites.get(siteId)?.get(visitorId)?.inbox.push(item);
  }

  async takeInbox(siteId: string, visitorId: string): Promise<InboxItem[]> {
    return this.sites.get(siteId)?.get(visitorId)?.inbox.splice(0) ?? [];
  }

  async rows(siteId: string): Promise<LiveVisitor[]> {
    return [...(this.sites.get(siteId)?.values() ?? [])].map((held) => held.entry.row);
  }

  async page(siteId: string, cursor: string | null, limit: number): Promise<LiveVisitorPage> {
    return pageOfRows(siteId, await this.rows(siteId), cursor, limit);
  }

  async count(siteId: string): Promise<number> {
    return this.sites.get(siteId)?.size ?? 0;
  }

  async sweep(): Promise<number> {
    const at = this.now();
    let removed = 0;
    for (const [siteId, site] of this.sites) {
      for (const [visitorId, held] of site) {
        if (goneAt(held.entry, this.options) >= at) continue;
        site.delete(visitorId);
        removed++;
        this.emit({ siteId, remove: visitorId });
      }
      if (site.size === 0) this.sites.delete(siteId);
    }
    return removed;
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }

  private emit(change: LiveChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
