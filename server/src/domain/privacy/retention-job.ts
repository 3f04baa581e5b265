import { nanoid } from 'nanoid';
import type { Logger } from '../../logger.js';
import type { Store } from '../../store/port.js';
import type { RetentionRun } from '../../store/privacy-port.js';
import type { ConversationFiles } from './conversation-eraser.js';
import { retainSite } from './retention.js';

/** The lease's name in the store: one job for every process sharing it. */
export const RETENTION_LEASE = 'retention';

/**
 * The scheduled retention job: every `intervalMs`, the process holding the store's lease runs
 * a pass over every site with `retentionDays` (`retention.ts`). The lease outlives an interval,
 * so with several servers on one store (and one Redis) one of them runs it; should two ever
 * overlap, the deletion is idempotent: each counts only what it removed itself.
 */
export class RetentionJob {
  private timer: ReturnType<typeof setInterval> | null = null;
  private current: Promise<RetentionRun[]> | null = null;
  private readonly holder = nanoid();

  constructor(
    private readonly store: Store,
    private readonly files: ConversationFiles,
    private readonly log: Logger,
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.run(), this.intervalMs);
    this.timer.unref?.();
  }

  /** Stops the timer and waits for a pass under way (the store may close then). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.current?.catch(() => undefined);
  }

  /** One pass now, if this process holds (or takes) the lease; the runs it recorded. */
  run(): Promise<RetentionRun[]> {
    if (this.current) return this.current;
    this.current = this.runNow().finally(() => (this.current = null));
    return this.current;
  }

  private async runNow(): Promise<RetentionRun[]> {
    const runs: RetentionRun[] = [];
    try {
      const now = this.now();
      if (!(await this.store.privacy.takeLease(RETENTION_LEASE, this.holder, now, this.intervalMs * 2))) return runs;
      for (const site of await this.store.privacy.allSites()) {
        const run = await retainSite(this.store, this.files, site, now);
        if (run) runs.push(run);
      }
      const removed = runs.filter((r) => r.conversations || r.visitors);
      if (removed.length) this.log.info({ runs: removed.map(({ siteId, conversations, messages, files, visitors }) => ({ siteId, conversations, messages, files, visitors })) }, 'retention removed old data');
    } catch (err) {
      this.log.error({ err }, 'retention pass failed');
    }
    return runs;
  }
}
