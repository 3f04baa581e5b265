import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { forkTs, nextMessage, stopChild } from './fork-ts.js';
import { rssBytes } from './proc-stats.js';
import { seedBenchAgents } from './seed-agents.js';

export interface ServerMemory {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

export interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
}

export interface ParleyProcess {
  url: string;
  pid: number;
  store: 'sqlite' | 'mongo';
  /** RSS from /proc and the heap after a full GC, as the server process itself reports it. */
  memory(): Promise<ServerMemory>;
  /** Event-loop delay in ms since the previous call (the first call starts the count). */
  loopDelay(): Promise<LoopDelay>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Extra agents to seed before the server starts (embedded store only). */
  agents?: number;
  /** MongoDB instead of the embedded store. */
  mongodbUri?: string;
  /** `false`: the server does not index messages for search (BENCH_SEARCH_INDEX=off). */
  searchIndex?: boolean;
}

/**
 * Starts the real Parley server in its own process on a free loopback port with a fresh data
 * directory and the demo workspace, and waits until GET /healthz answers.
 */
export async function startParley(options: StartOptions = {}): Promise<ParleyProcess> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'parley-bench-'));
  if (!options.mongodbUri && options.agents) await seedBenchAgents(dataDir, options.agents);
  const child = forkTs('procs/server-entry.ts', {
    // BENCH_CPU_PROF=<dir>: write a V8 CPU profile of each server process (to see what limits it).
    nodeFlags: ['--expose-gc', ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [])],
    env: {
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      // Thousands of simulated visitors come from one address: the abuse limits would refuse them.
      RATE_LIMITS: 'off',
      SEED_DEMO: 'true',
      BENCH_SEARCH_INDEX: options.searchIndex === false ? 'off' : 'on',
      ...(options.mongodbUri ? { MONGODB_URI: options.mongodbUri } : { MONGODB_URI: '' }),
    },
  });
  try {
    const { url } = await nextMessage<{ type: 'ready'; url: string }>(child, 'ready', 60_000);
    await waitHealthy(url);
    return handle(child, url, dataDir, options.mongodbUri ? 'mongo' : 'sqlite');
  } catch (err) {
    await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
}

function handle(child: ChildProcess, url: string, dataDir: string, store: 'sqlite' | 'mongo'): ParleyProcess {
  let nextId = 0;
  return {
    url,
    pid: child.pid!,
    store,
    async memory() {
      const id = ++nextId;
      const reply = nextMessage<ServerMemory & { type: 'memory'; id: number }>(child, 'memory', 30_000);
      child.send({ type: 'memory', id });
      const m = await reply;
      // RSS is read from /proc after the GC the child ran, so both figures describe one moment.
      return { rss: rssBytes(child.pid!), heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external };
    },
    async loopDelay() {
      const id = ++nextId;
      const reply = nextMessage<LoopDelay & { type: 'loop-delay' }>(child, 'loop-delay', 30_000);
      child.send({ type: 'loop-delay', id });
      const { p50, p99, max } = await reply;
      return { p50, p99, max };
    },
    async stop() {
      await stopChild(child, 10_000);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitHealthy(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url}/healthz did not answer`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
