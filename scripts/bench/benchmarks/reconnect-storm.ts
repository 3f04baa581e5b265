import { DEMO } from '@parley/server';
import type { Benchmark, Measured } from '../core/benchmark.js';
import { round2, summarize } from '../core/percentiles.js';
import type { StormMethods } from '../load/storm-worker.js';
import { startParley } from '../procs/parley-process.js';
import { cpuMeter, runQueueWaitMeter } from '../procs/proc-stats.js';
import { listenOverflowMeter } from '../procs/tcp-stats.js';
import { startWorker } from '../procs/worker-rpc.js';
import { latencyFigures } from './latency-figures.js';

export const reconnectStorm: Benchmark = {
  name: 'reconnect-storm',
  title: '7. Reconnect storm (all dropped, all back)',
  target: { lost_messages: 0, all_back_and_caught_up: 'yes (time reported)' },
  summary: (f) => `${f.visitors} visitors back and caught up in ${f.all_caught_up_ms} ms (p99 ${f.caught_up_p99_ms} ms); lost ${f.lost_messages}, duplicates ${f.duplicates}`,
  async run(ctx): Promise<Measured> {
    const s = ctx.sizes.storm;
    const server = await startParley();
    const worker = startWorker<StormMethods>('storm');
    try {
      await worker.call('setup', { url: server.url, visitors: s.visitors, email: DEMO.email, password: DEMO.password });
      const dropped = await worker.call('drop', null);
      const wrote = await worker.call('writeWhileAway', { perVisitor: s.missedPerVisitor });
      const meter = cpuMeter([server.pid, worker.pid]);
      const waiting = runQueueWaitMeter(server.pid);
      const overflows = listenOverflowMeter();
      const storm = await worker.call('reconnect', null);
      const [serverCores = 0, generatorCores = 0] = meter();
      const serverWaiting = waiting();
      const listenOverflows = overflows();
      const back = summarize(storm.back);
      const caught = summarize(storm.caughtUp);
      ctx.log(`  ${storm.caughtUp.length}/${s.visitors} back and caught up in ${round2(storm.allMs)} ms; lost ${storm.lost}`);
      const misses: string[] = [];
      if (storm.lost > 0) misses.push(`${storm.lost} messages lost`);
      if (storm.failures > 0) misses.push(`${storm.failures} visitors did not come back (${storm.firstError})`);
      if (dropped.connected > 0) misses.push(`${dropped.connected} sockets were still connected after the drop`);
      if (wrote.failures > 0) misses.push(`${wrote.failures} agent messages failed while the visitors were away`);
      return {
        figures: {
          visitors: s.visitors,
          missed_per_visitor: s.missedPerVisitor,
          all_back_ms: back.max,
          all_caught_up_ms: round2(storm.allMs),
          ...latencyFigures('back', back),
          ...latencyFigures('caught_up', caught),
          lost_messages: storm.lost,
          duplicates: storm.duplicates,
          not_back: storm.failures,
          server_cores: serverCores,
          server_cpu_wait_share: serverWaiting,
          listen_queue_overflows: listenOverflows,
          generator_cores: generatorCores,
        },
        met: misses.length === 0,
        notes:
          `${s.visitors} visitors, each with a conversation, lose their connections at once (transport closed, no Socket.IO goodbye); ` +
          `the agent writes ${s.missedPerVisitor} message(s) to each conversation meanwhile; then all reconnect at the same moment with their visitor tokens ` +
          `and catch up with messages:sync from the highest seq they hold. back = reconnect start to the session event; caught up = to holding every seq the server acked. ` +
          `During the storm the server process used ${serverCores} cores and the generator ${generatorCores} (1.0 = one core busy); ` +
          `the server's main thread waited for a CPU ${Math.round(serverWaiting * 100)}% of the time.` +
          (serverCores >= 0.8 ? " The server's one event loop (handshakes, token checks, catch-up reads) is what limits how fast they come back." : '') +
          (listenOverflows > 0
            ? ` The kernel dropped ${listenOverflows} connection attempts because the server's listen queue was full (Node's default backlog is 511); ` +
              `the clients' TCP retries a dropped SYN only after 1 s, then 3 s, 7 s…, which stretches the storm.`
            : '') +
          (misses.length ? ` Not met: ${misses.join('; ')}.` : ''),
        size: { visitors: s.visitors, missedPerVisitor: s.missedPerVisitor },
      };
    } finally {
      await worker.call('close', null).catch(() => null);
      await worker.stop();
      await server.stop();
    }
  },
};
