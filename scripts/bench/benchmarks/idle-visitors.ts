import type { Benchmark, Measured } from '../core/benchmark.js';
import { round2 } from '../core/percentiles.js';
import { openFileCount, openFilesLimits } from '../procs/open-files.js';
import { startParley, type ServerMemory } from '../procs/parley-process.js';
import { listenOverflowMeter } from '../procs/tcp-stats.js';
import { startWorker } from '../procs/worker-rpc.js';
import type { IdleMethods } from '../load/idle-worker.js';

const targetKiB = 20;
/** Headroom over the files the idle server holds (store, stdio, listener, Node's own). */
const spareFds = 16;

const kib = (bytes: number) => round2(bytes / 1024);

async function connectAll(url: string, counts: number[], addresses: string[]) {
  const workers = counts.map(() => startWorker<IdleMethods>('idle'));
  const results = await Promise.all(
    workers.map((w, i) => {
      // Each generator takes its own share of the source addresses (all of them when too few).
      const mine = addresses.filter((_, j) => j % workers.length === i);
      return w.call('connect', { url, count: counts[i]!, localAddresses: mine.length ? mine : addresses, concurrency: 50 });
    }),
  );
  return {
    connected: results.reduce((a, r) => a + r.connected, 0),
    failed: results.reduce((a, r) => a + r.failed, 0),
    firstError: results.find((r) => r.firstError)?.firstError ?? '',
    async close() {
      await Promise.all(workers.map((w) => w.call('close', null).catch(() => null)));
      await Promise.all(workers.map((w) => w.stop()));
    },
  };
}

function split(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

export const idleVisitors: Benchmark = {
  name: 'idle-visitors',
  title: '5. Idle visitors (memory per connected visitor)',
  target: { rss_kib_per_visitor: `<= ${targetKiB}` },
  summary: (f) => `${f.visitors_connected} idle: ${f.rss_kib_per_visitor} KiB RSS, ${f.heap_kib_per_visitor} KiB heap per visitor`,
  async run(ctx): Promise<Measured> {
    const s = ctx.sizes.idle;
    const server = await startParley();
    try {
      // The server's open-files hard limit caps how many sockets one process can hold.
      const [, hard] = openFilesLimits(server.pid);
      const visitors = Math.min(s.visitors, hard - openFileCount(server.pid) - spareFds);
      const addresses = Array.from({ length: s.sourceAddresses }, (_, i) => `127.0.0.${i + 1}`);
      // Warm up first (JIT, pools, SQLite cache) so the figure is what each visitor adds.
      const warm = await connectAll(server.url, [Math.min(200, visitors)], addresses);
      await warm.close();
      await new Promise((r) => setTimeout(r, 500));
      const before: ServerMemory = await server.memory();
      const started = Date.now();
      const overflows = listenOverflowMeter();
      const pool = await connectAll(server.url, split(visitors, s.workers), addresses);
      const listenOverflows = overflows();
      const connectSeconds = (Date.now() - started) / 1000;
      ctx.log(`  ${pool.connected} connected in ${connectSeconds.toFixed(1)} s (${pool.failed} failed)`);
      await new Promise((r) => setTimeout(r, ctx.quick ? 300 : 3000));
      const after: ServerMemory = await server.memory();
      await pool.close();
      const n = pool.connected;
      const rssPer = n > 0 ? kib((after.rss - before.rss) / n) : Number.NaN;
      const heapPer = n > 0 ? kib((after.heapUsed - before.heapUsed) / n) : Number.NaN;
      const capped = visitors < s.visitors;
      const complete = pool.failed === 0 && n === visitors;
      const met = complete && rssPer <= targetKiB;
      const notes = [
        `Fresh server process; ${n} visitors connected with socket.io-client from ${s.workers} generator processes over source addresses ${addresses[0]}..${addresses.at(-1)}, ` +
          `each holding its session and doing nothing. RSS from /proc/<pid>/status and heapUsed from the server process, both after a full GC, before and after; per visitor = difference / visitors.`,
        capped ? `Asked for ${s.visitors}, but this machine's hard limit on open files per process is ${hard} (raising it needs CAP_SYS_RESOURCE), so ${visitors} is the most one process can hold here.` : '',
        pool.failed ? `${pool.failed} failed to connect (first error: ${pool.firstError}).` : '',
        rssPer > targetKiB
          ? `Each idle visitor costs ${rssPer} KiB RSS, of which ${heapPer} KiB is JavaScript heap (its Socket.IO, engine.io and ws objects, handshake data and room membership) and the rest native memory (sockets, buffers, allocator).`
          : '',
      ];
      return {
        figures: {
          visitors_requested: s.visitors,
          visitors_connected: n,
          connect_seconds: round2(connectSeconds),
          rss_before_mib: round2(before.rss / 2 ** 20),
          rss_after_mib: round2(after.rss / 2 ** 20),
          heap_before_mib: round2(before.heapUsed / 2 ** 20),
          heap_after_mib: round2(after.heapUsed / 2 ** 20),
          rss_kib_per_visitor: rssPer,
          heap_kib_per_visitor: heapPer,
          open_files_hard_limit: hard,
          listen_queue_overflows: listenOverflows,
        },
        met,
        notes: notes.filter(Boolean).join(' '),
        size: { visitors: s.visitors, workers: s.workers, sourceAddresses: s.sourceAddresses },
      };
    } finally {
      await server.stop();
    }
  },
};
