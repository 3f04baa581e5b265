/**
 * Counts commands that are being handled, so a shutdown can wait for writes already under
 * way to reach the store (and be acknowledged) before the store closes.
 */
export class Inflight {
  private count = 0;
  private waiters: Array<() => void> = [];
  private closing = false;

  /** True once a shutdown began: new commands are refused with `unavailable` and retried by clients. */
  get draining(): boolean {
    return this.closing;
  }

  get size(): number {
    return this.count;
  }

  async track<T>(work: () => Promise<T>): Promise<T> {
    this.count++;
    try {
      return await work();
    } finally {
      this.count--;
      if (this.count === 0) for (const wake of this.waiters.splice(0)) wake();
    }
  }

  /** Stops taking work and resolves when none is left, or after `timeoutMs` (returning false). */
  async drain(timeoutMs: number): Promise<boolean> {
    this.closing = true;
    if (this.count === 0) return true;
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
