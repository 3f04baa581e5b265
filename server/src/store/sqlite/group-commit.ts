/**
 * Group commit: writes that arrive in the same turn of the event loop are applied in one
 * transaction, each inside its own savepoint, and every caller is answered only after that
 * transaction committed. Under load this writes each touched page to the WAL once per batch
 * instead of once per message; alone, a write waits at most until the end of the current turn.
 */
export class GroupCommit<I, O> {
  private queue: Array<{ input: I; resolve: (output: O) => void; reject: (err: unknown) => void }> = [];
  private scheduled = false;

  /**
   * @param runBatch runs `apply` for every input inside ONE transaction
   * @param apply one write, run inside its own savepoint, so a failing write undoes only itself
   */
  constructor(
    private readonly runBatch: (work: () => void) => void,
    private readonly apply: (input: I) => O,
  ) {}

  submit(input: I): Promise<O> {
    return new Promise((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Commits everything queued now (also used before the database closes). */
  flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    if (batch.length === 0) return;
    this.queue = [];
    const outcomes: Array<{ ok: true; value: O } | { ok: false; error: unknown }> = [];
    try {
      this.runBatch(() => {
        for (const item of batch) {
          try {
            outcomes.push({ ok: true, value: this.apply(item.input) });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
      });
    } catch (error) {
      // The commit itself failed: nothing of the batch is stored, and every caller hears so.
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.error);
    });
  }
}
