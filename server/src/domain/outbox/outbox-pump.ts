import type { Logger } from '../../logger.js';

export interface OutboxPumpOptions<T> {
  /** For the log line when a run fails. */
  name: string;
  /** Claims due items with a lease (so no other worker or process takes them meanwhile). */
  claim: (limit: number) => Promise<T[]>;
  /** Sends one claimed item and records the outcome in the store. */
  process: (item: T) => Promise<void>;
  /** How often to look for retries coming due; a new item kicks the pump sooner. */
  pollMs: number;
  log: Logger;
  /** Items claimed per round; a full round is followed by another at once. */
  batch?: number;
}

/**
 * The worker loop every durable outbox shares: claim due items, process them, and poll again
 * after `pollMs`. One run at a time per process; a kick during a run schedules another round
 * right after it, so nothing enqueued meanwhile waits for the poll.
 */
export class OutboxPump<T> {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private readonly batch: number;

  constructor(private readonly options: OutboxPumpOptions<T>) {
    this.batch = options.batch ?? 20;
  }

  /** Starts polling; the first round also picks up what an earlier process left behind. */
  start(): void {
    this.stopped = false;
    this.kick();
  }

  /** Stops polling and resolves once the round under way (if any) has recorded its outcomes. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Runs a round now, or right after the one under way. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.run().finally(() => {
      this.running = null;
      // A kick that came after the last round looked: go again now rather than at the poll.
      if (this.again) this.kick();
      else this.schedule();
    });
  }

  private async run(): Promise<void> {
    try {
      do {
        this.again = false;
        const due = await this.options.claim(this.batch);
        await Promise.all(due.map((item) => this.options.process(item)));
        if (due.length === this.batch) this.again = true;
      } while (this.again && !this.stopped);
    } catch (err) {
      this.options.log.error({ err }, `${this.options.name} run failed`);
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => this.kick(), this.options.pollMs);
    this.timer.unref?.();
  }
}
