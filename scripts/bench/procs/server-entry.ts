// The Parley server as the benchmarks run it: the same composition root as `npm start`
// (server/src/main.ts), in its own process, plus an IPC channel on which the bench harness asks
// for heap figures after a full GC and for the event-loop delay. That channel exists only in
// this bench entry; the production server has no such hook.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createParleyServer, loadConfig } from '@parley/server';

// BENCH_SEARCH_INDEX=off: the search benchmark's delivery run without the transcript index.
const server = await createParleyServer(loadConfig(), { searchIndex: process.env.BENCH_SEARCH_INDEX !== 'off' });
const url = await server.listen();

// How long callbacks waited for the event loop: stalls (a long synchronous write, GC) show here.
const loopDelay = monitorEventLoopDelay({ resolution: 1 });
loopDelay.enable();

process.on('message', (msg: { type: string; id: number }) => {
  if (msg.type === 'loop-delay') {
    const ms = (ns: number) => Math.round(ns / 1e4) / 100;
    process.send?.({ type: 'loop-delay', id: msg.id, p50: ms(loopDelay.percentile(50)), p99: ms(loopDelay.percentile(99)), max: ms(loopDelay.max) });
    loopDelay.reset();
    return;
  }
  if (msg.type !== 'memory') return;
  // Two passes: the first may only queue finalizers. Needs --expose-gc.
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  process.send?.({ type: 'memory', id: msg.id, rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, gc: Boolean(gc) });
});

const stop = () => {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
// The harness died: do not linger holding the port and the data directory.
process.once('disconnect', stop);
process.send?.({ type: 'ready', url });
