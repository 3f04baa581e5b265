import type { Benchmark, BenchContext, Measured } from '../core/benchmark.js';
import type { Figure } from '../core/result.js';
import { startParley } from '../procs/parley-process.js';
import { bothWays } from './latency-figures.js';
import { openRig, type RigOutcome } from './delivery-rig.js';

const p99LimitMs = 50;
const targetRate = 10_000;

/** Why a step did not hold: the reasons, from what was measured. */
function shortfalls(o: RigOutcome): string[] {
  const reasons: string[] = [];
  const p99 = bothWays(o).p99;
  if (!(p99 < p99LimitMs)) reasons.push(`p99 ${p99} ms`);
  if (o.undelivered > 0) reasons.push(`${o.undelivered} not delivered within the drain time`);
  if (o.ackFailures > 0) reasons.push(`${o.ackFailures} acks failed`);
  if (o.achievedRate < o.rate * 0.95) reasons.push(`generator sent only ${o.achievedRate}/s`);
  return reasons;
}

/** What the processes were doing at the lowest rate that did not hold. */
function bottleneck(o: RigOutcome): string {
  const d = o.serverLoopDelay;
  const parts = [
    `server process at ${o.serverCpu} cores (its main thread waited for a CPU ${Math.round(o.serverWaiting * 100)}% of the time), generator at ${o.generatorCpu} cores` +
      (d ? `, server event-loop delay p99 ${d.p99} ms (max ${d.max} ms)` : ''),
  ];
  if (o.serverWaiting >= 0.1) parts.push('other work on the machine took CPU time the server was waiting for: rerun on an idle machine');
  else if (o.serverCpu >= 0.8) parts.push("the server's one event loop is (nearly) saturated: it runs on one core and bursts queue behind it");
  else if (o.generatorCpu >= 0.8) parts.push('the load generator is (nearly) saturated on the shared cores');
  else parts.push('neither process was busy all the time: the latency comes from stalls of the event loop or from other load on the machine, not from a lack of CPU on average');
  return parts.join('; ');
}

/** Steps the rate up until a step fails, then bisects: the highest rate that held. */
async function search(ctx: BenchContext, mongodbUri?: string) {
  const t = ctx.sizes.throughput;
  const server = await startParley(mongodbUri ? { mongodbUri } : {});
  const rig = await openRig({
    mode: 'parley',
    url: server.url,
    serverPid: server.pid,
    loopDelay: () => server.loopDelay(),
    conversations: t.conversations,
    agents: t.agents,
    generators: 1,
  });
  const step = (rate: number) => rig.step({ rate, seconds: t.stepSeconds, warmupSeconds: t.stepSeconds / 5, drainMs: 5000, textChars: ctx.sizes.textChars });
  const tried: { rate: number; p99: number; held: boolean }[] = [];
  // The highest rate that held, and the lowest that did not (the search closes in between).
  const found: { best: RigOutcome | null; failed: RigOutcome | null } = { best: null, failed: null };
  try {
    const attempt = async (rate: number) => {
      const o = await step(rate);
      const held = shortfalls(o).length === 0;
      tried.push({ rate, p99: bothWays(o).p99, held });
      ctx.log(
        `  ${rate}/s: p99 ${bothWays(o).p99} ms, server ${o.serverCpu} cores (waited ${o.serverWaiting}), loop delay p99 ${o.serverLoopDelay?.p99} ms, ` +
          `${held ? 'held' : `not held (${shortfalls(o).join(', ')})`}`,
      );
      if (held) found.best = o;
      else found.failed = o;
      return held;
    };
    let rate = t.startRate;
    while (rate <= t.maxRate && (await attempt(rate))) rate = Math.round(rate * t.growth);
    let low = found.best?.rate ?? 0;
    let high = found.failed?.rate ?? 0;
    for (let i = 0; i < t.bisectSteps && high > 0 && high - low > t.startRate / 4; i++) {
      const mid = Math.round((low + high) / 2 / 100) * 100;
      if (mid <= low || mid >= high) break;
      if (await attempt(mid)) low = mid;
      else high = mid;
    }
  } finally {
    await rig.close();
    await server.stop();
  }
  return { ...found, tried };
}

function describe(prefix: string, found: Awaited<ReturnType<typeof search>>): Record<string, Figure> {
  const { best, failed } = found;
  const b = best ? bothWays(best) : null;
  return {
    [`${prefix}sustained_msgs_per_s`]: best?.rate ?? 0,
    [`${prefix}at_sustained_p50_ms`]: b?.p50 ?? null,
    [`${prefix}at_sustained_p99_ms`]: b?.p99 ?? null,
    [`${prefix}at_sustained_server_cores`]: best?.serverCpu ?? null,
    [`${prefix}at_sustained_generator_cores`]: best?.generatorCpu ?? null,
    [`${prefix}at_sustained_server_cpu_wait_share`]: best?.serverWaiting ?? null,
    [`${prefix}at_sustained_loop_delay_p99_ms`]: best?.serverLoopDelay?.p99 ?? null,
    [`${prefix}lowest_failing_rate`]: failed?.rate ?? null,
    [`${prefix}lowest_failing_p99_ms`]: failed ? bothWays(failed).p99 : null,
    [`${prefix}lowest_failing_server_cores`]: failed?.serverCpu ?? null,
    [`${prefix}lowest_failing_server_cpu_wait_share`]: failed?.serverWaiting ?? null,
    [`${prefix}lowest_failing_loop_delay_p99_ms`]: failed?.serverLoopDelay?.p99 ?? null,
    [`${prefix}steps_tried`]: found.tried.length,
    [`${prefix}first_step_p99_ms`]: found.tried[0]?.p99 ?? null,
    [`${prefix}steps`]: found.tried.map((s) => `${s.rate}:${s.p99}ms:${s.held ? 'held' : 'failed'}`).join(' '),
  };
}

export const throughput: Benchmark = {
  name: 'throughput',
  title: '4. Throughput (stored and delivered, p99 < 50 ms)',
  target: { sustained_msgs_per_s: `>= ${targetRate}`, p99_ms: `< ${p99LimitMs}` },
  summary: (f) => `${f.sustained_msgs_per_s} msgs/s sustained (p99 ${f.at_sustained_p99_ms} ms)${f.mongo_sustained_msgs_per_s !== undefined ? `; MongoDB ${f.mongo_sustained_msgs_per_s}/s` : ''}`,
  async run(ctx): Promise<Measured> {
    const t = ctx.sizes.throughput;
    const sqlite = await search(ctx);
    ctx.found.sustainableRate = sqlite.best?.rate;
    let figures: Record<string, Figure> = { store: 'sqlite', ...describe('', sqlite) };
    let mongoNote = 'MongoDB: not run (MONGODB_URI is not set).';
    if (ctx.mongodbUri) {
      ctx.log('  on MongoDB:');
      const mongo = await search(ctx, ctx.mongodbUri);
      figures = { ...figures, ...describe('mongo_', mongo) };
      mongoNote = `MongoDB: ${mongo.best?.rate ?? 0} msgs/s sustained.`;
    }
    const rate = sqlite.best?.rate ?? 0;
    const met = rate >= targetRate;
    const held = sqlite.failed
      ? `At ${sqlite.failed.rate}/s: ${shortfalls(sqlite.failed).join(', ')}; ${bottleneck(sqlite.failed)}.`
      : `No step failed up to the largest rate tried (${t.maxRate}/s).`;
    return {
      figures,
      met,
      notes:
        `Open-loop load from one generator process (socket.io-client), ${t.conversations} conversations, ${t.agents} agent sockets; ` +
        `half the messages visitor to agent, half agent to visitor; every message stored in the embedded store before its ack; ` +
        `a step holds when p99 < ${p99LimitMs} ms, nothing is lost and the generator keeps the rate. ${held} ${mongoNote}`,
      size: { conversations: t.conversations, agents: t.agents, stepSeconds: t.stepSeconds, startRate: t.startRate },
    };
  },
};
