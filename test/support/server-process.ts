import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A free TCP port on loopback, found by binding port 0 and releasing it. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * The real server as its own process (`npm start`'s entry), on a fixed port so a page loaded
 * from it can reconnect after a restart, with its data in a temporary directory.
 */
export class ServerProcess {
  private child: ChildProcess | null = null;
  private output = '';
  readonly url: string;

  private constructor(
    readonly port: number,
    readonly dataDir: string,
    private readonly env: Record<string, string>,
    /** A data directory shared with other processes belongs to the test, which removes it. */
    private readonly ownsData: boolean,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  /**
   * Starts a server process. Pass `dataDir` to share one SQLite file between several processes
   * (with `REDIS_URL` in `env` they then serve one site together); it is left for the caller to remove.
   * Pass `port` (from `freePort()`) when the environment must name the server's own address, e.g. `PUBLIC_URL`.
   */
  static async start(env: Record<string, string> = {}, options: { dataDir?: string; port?: number } = {}): Promise<ServerProcess> {
    const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'parley-e2e-'));
    const server = new ServerProcess(options.port ?? (await freePort()), dataDir, env, options.dataDir === undefined);
    await server.boot();
    return server;
  }

  /** Stops with SIGTERM (graceful) and waits for the process to exit. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
    this.child = null;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.boot();
  }

  /** Starts it again after `stop()`, on the same port and data. */
  async resume(): Promise<void> {
    await this.boot();
  }

  async dispose(): Promise<void> {
    await this.stop();
    if (this.ownsData) rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** What the process printed, for failure messages. */
  get log(): string {
    return this.output.slice(-4000);
  }

  private async boot(): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: repoRoot,
      // The abuse limits are off unless a test turns them on: e2e tests open many visitors from 127.0.0.1.
      env: { ...process.env, PORT: String(this.port), HOST: '127.0.0.1', DATA_DIR: this.dataDir, LOG_LEVEL: 'warn', RATE_LIMITS: 'off', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    const until = Date.now() + 30_000;
    while (Date.now() < until) {
      if (child.exitCode !== null) throw new Error(`server exited during start:\n${this.log}`);
      try {
        const res = await fetch(`${this.url}/healthz`);
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`server did not become healthy:\n${this.log}`);
  }
}
