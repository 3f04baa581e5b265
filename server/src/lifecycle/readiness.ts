/**
 * `/readyz`: whether this process should get traffic. Not before `listen()` has finished, not
 * once SIGTERM has started the drain, and only while every dependency (the store, Redis)
 * answers within the timeout. `/healthz` (alive) stays separate: a load balancer takes a
 * process out of rotation on a failed readiness check, an orchestrator restarts it on a failed
 * liveness one, and a store outage should not restart every process at once.
 */
export class Readiness {
  private state: 'starting' | 'ready' | 'draining' = 'starting';

  constructor(
    private readonly checks: Record<string, () => Promise<unknown>>,
    private readonly timeoutMs = 2000,
  ) {}

  markReady(): void {
    if (this.state === 'starting') this.state = 'ready';
  }

  markDraining(): void {
    this.state = 'draining';
  }

  /** Runs every check (in parallel) and says whether the process is ready, and why not. */
  async report(): Promise<{ ready: boolean; status: 'starting' | 'ready' | 'draining'; checks: Record<string, string> }> {
    const entries = await Promise.all(
      Object.entries(this.checks).map(async ([name, check]) => [name, await this.outcome(check)] as const),
    );
    const checks = Object.fromEntries(entries);
    const ready = this.state === 'ready' && entries.every(([, outcome]) => outcome === 'ok');
    return { ready, status: this.state, checks };
  }

  private async outcome(check: () => Promise<unknown>): Promise<string> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve(`no answer in ${this.timeoutMs} ms`), this.timeoutMs);
    });
    try {
      return await Promise.race([check().then(() => 'ok'), timeout]);
    } catch (err) {
      return (err as Error).message || 'failed';
    } finally {
      clearTimeout(timer);
    }
  }
}
