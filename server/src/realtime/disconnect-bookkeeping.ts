/**
 * Store work that a socket's disconnect starts (a visitor's "did they leave unanswered?").
 * Nothing awaits it while serving; at shutdown the sockets close all at once and their
 * bookkeeping must finish before the store closes under it, so `settle` waits for it.
 */
export class DisconnectBookkeeping {
  private readonly pending = new Set<Promise<unknown>>();

  /** Keeps `work` until it settles; its failure is the caller's to log (attach a catch first). */
  track(work: Promise<unknown>): void {
    const tracked: Promise<unknown> = work.finally(() => this.pending.delete(tracked)).catch(() => undefined);
    this.pending.add(tracked);
  }

  /** Resolves once nothing is pending (false if `timeoutMs` passed first). */
  async settle(timeoutMs: number): Promise<boolean> {
    const until = Date.now() + timeoutMs;
    while (this.pending.size > 0) {
      const left = until - Date.now();
      if (left <= 0) return false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([Promise.all(this.pending), new Promise((resolve) => (timer = setTimeout(resolve, left)))]);
      clearTimeout(timer);
    }
    return true;
  }

  get size(): number {
    return this.pending.size;
  }
}
