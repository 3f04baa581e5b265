import type { LiveVisitor, LiveVisitorPatch } from '@parley/shared';
import type { LiveChange } from './live-list.js';

/**
 * Gathers live-list changes per site and hands them out as one patch per site every
 * `intervalMs`: a visitor who changes page three times in that window costs the console one
 * row, and a site with nobody watching costs nothing (`isWatched`).
 */
export class LivePatchBatcher {
  private readonly pending = new Map<string, { upsert: Map<string, LiveVisitor>; remove: Set<string> }>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly isWatched: (siteId: string) => boolean,
    private readonly total: (siteId: string) => Promise<number>,
    private readonly send: (patch: LiveVisitorPatch) => void,
    private readonly intervalMs = 500,
  ) {}

  add(change: LiveChange): void {
    if (!this.isWatched(change.siteId)) return;
    let site = this.pending.get(change.siteId);
    if (!site) this.pending.set(change.siteId, (site = { upsert: new Map(), remove: new Set() }));
    if ('upsert' in change) {
      site.upsert.set(change.upsert.visitorId, change.upsert);
      site.remove.delete(change.upsert.visitorId);
    } else {
      site.upsert.delete(change.remove);
      site.remove.add(change.remove);
    }
    this.timer ??= setTimeout(() => void this.flush(), this.intervalMs);
  }

  /** Sends what is pending; the site's total is read once per patch, after the changes it carries. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const pending = [...this.pending];
    this.pending.clear();
    for (const [siteId, site] of pending) {
      let total: number;
      try {
        total = await this.total(siteId);
      } catch {
        this.requeue(siteId, site);
        continue;
      }
      this.send({ siteId, total, upsert: [...site.upsert.values()], remove: [...site.remove] });
    }
  }

  /**
   * The shared list did not answer with the total: keeps the changes for the next patch rather
   * than lose them, unless a newer change of the same visitor came in meanwhile.
   */
  private requeue(siteId: string, site: { upsert: Map<string, LiveVisitor>; remove: Set<string> }): void {
    const newer = this.pending.get(siteId);
    const isNewer = (visitorId: string) => newer !== undefined && (newer.upsert.has(visitorId) || newer.remove.has(visitorId));
    for (const row of site.upsert.values()) if (!isNewer(row.visitorId)) this.add({ siteId, upsert: row });
    for (const visitorId of site.remove) if (!isNewer(visitorId)) this.add({ siteId, remove: visitorId });
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
  }
}
