import type { Benchmark, Measured } from '../core/benchmark.js';
import { round2, summarize } from '../core/percentiles.js';
import type { Figure } from '../core/result.js';
import { startParley } from '../procs/parley-process.js';
import { startRelay } from '../procs/relay-process.js';
import { bothWays, latencyFigures } from './latency-figures.js';
import { openRig } from './delivery-rig.js';

const targetRate = 1000;
const target = { p50_ms: 1, p99_ms: 10 };

export const delivery: Benchmark = {
  name: 'delivery-latency',
  title: '3. Delivery latency (vs bare ws relay)',
  target: { rate_msgs_per_s: targetRate, p50_ms: `<= ${target.p50_ms}`, p99_ms: `<= ${target.p99_ms}` },
  summary: (f) =>
    `@1000/s v→a p50/p99/p99.9 ${f.r1000_v2a_p50_ms}/${f.r1000_v2a_p99_ms}/${f.r1000_v2a_p999_ms} ms, ` +
    `a→v ${f.r1000_a2v_p50_ms}/${f.r1000_a2v_p99_ms}/${f.r1000_a2v_p999_ms} ms, floor ${f.r1000_floor_p50_ms}/${f.r1000_floor_p99_ms}/${f.r1000_floor_p999_ms} ms`,
  async run(ctx): Promise<Measured> {
    const d = ctx.sizes.delivery;
    const rates = [...new Set([...d.rates, ...(ctx.found.sustainableRate ? [ctx.found.sustainableRate] : [])])].sort((a, b) => a - b);
    const server = await startParley();
    const relay = await startRelay();
    const figures: Record<string, Figure> = {};
    const misses: string[] = [];
    try {
      const common = { conversations: d.conversations, agents: d.agents, generators: 1 };
      const parley = await openRig({ mode: 'parley', url: server.url, serverPid: server.pid, loopDelay: () => server.loopDelay(), ...common });
      const floor = await openRig({ mode: 'relay', url: relay.url, serverPid: relay.pid, ...common });
      try {
        for (const rate of rates) {
          const step = { rate, seconds: d.seconds, warmupSeconds: d.warmupSeconds, drainMs: 5000, textChars: ctx.sizes.textChars };
          // The same generator shape, one right after the other, so both see the same machine.
          const p = await parley.step(step);
          const f = await floor.step(step);
          const tag = rate === ctx.found.sustainableRate && !d.rates.includes(rate) ? 'max' : `r${rate}`;
          const v2a = summarize(p.v2a);
          const a2v = summarize(p.a2v);
          const fl = bothWays(f);
          Object.assign(
            figures,
            { [`${tag}_rate`]: rate },
            latencyFigures(`${tag}_v2a`, v2a),
            latencyFigures(`${tag}_a2v`, a2v),
            latencyFigures(`${tag}_ack`, summarize(p.ack)),
            latencyFigures(`${tag}_floor`, fl),
            {
              [`${tag}_v2a_p50_x_floor`]: round2(v2a.p50 / fl.p50),
              [`${tag}_v2a_p99_x_floor`]: round2(v2a.p99 / fl.p99),
              [`${tag}_v2a_p999_x_floor`]: round2(v2a.p999 / fl.p999),
              [`${tag}_a2v_p50_x_floor`]: round2(a2v.p50 / fl.p50),
              [`${tag}_a2v_p99_x_floor`]: round2(a2v.p99 / fl.p99),
              [`${tag}_a2v_p999_x_floor`]: round2(a2v.p999 / fl.p999),
              [`${tag}_undelivered`]: p.undelivered,
              [`${tag}_server_cores`]: p.serverCpu,
              [`${tag}_server_cpu_wait_share`]: p.serverWaiting,
              [`${tag}_server_loop_delay_p99_ms`]: p.serverLoopDelay?.p99 ?? null,
            },
          );
          ctx.log(`  ${rate}/s: v2a p50 ${v2a.p50} p99 ${v2a.p99}; a2v p50 ${a2v.p50} p99 ${a2v.p99}; floor p50 ${fl.p50} p99 ${fl.p99} ms`);
          if (rate === targetRate) {
            for (const [dir, s] of [['visitor→agent', v2a], ['agent→visitor', a2v]] as const) {
              if (!(s.p50 <= target.p50_ms)) misses.push(`${dir} p50 ${s.p50} ms (floor ${fl.p50} ms)`);
              if (!(s.p99 <= target.p99_ms)) misses.push(`${dir} p99 ${s.p99} ms (floor ${fl.p99} ms)`);
            }
            if (p.undelivered > 0) misses.push(`${p.undelivered} messages not delivered`);
          }
        }
      } finally {
        await parley.close();
        await floor.close();
      }
    } finally {
      await relay.stop();
      await server.stop();
    }
    const measuredTarget = rates.includes(targetRate);
    if (!measuredTarget) misses.push(`${targetRate}/s was not among the rates run`);
    return {
      figures,
      met: misses.length === 0,
      notes:
        `One-way latency from the sender's emit to the receiver's event, both ends in one generator process ` +
        `(socket.io-client, WebSocket transport); ${d.conversations} conversations, ${d.agents} agent sockets; ` +
        `Parley stores every message before acking and broadcasting it. Floor: a bare ws relay process (no storage, no routing) ` +
        `driven by the same generator with the same JSON payload. Rates: ${rates.join(', ')}/s` +
        `${ctx.found.sustainableRate ? ` (${ctx.found.sustainableRate}/s is the highest sustainable rate the throughput benchmark found)` : ''}.` +
        (misses.length ? ` Not met at ${targetRate}/s: ${misses.join('; ')}.` : ''),
      size: { conversations: d.conversations, agents: d.agents, seconds: d.seconds, rates: rates.join(',') },
    };
  },
};
