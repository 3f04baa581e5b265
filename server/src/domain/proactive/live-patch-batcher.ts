import type { LiveVisitor, LiveVisitorPatch } from '@parley/shared';
import type { LiveChange } from './live-visitors.js';

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
    private readonly total: (siteId: string) => number,
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
    this.timer ??= setTimeout(() => this.flush(), this.intervalMs);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const [siteId, site] of this.pending) {
      this.send({ siteId, total: this.total(siteId), upsert: [...site.upsert.values()], remove: [...site.remove] });
    }
    this.pending.clear();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
  }
}
