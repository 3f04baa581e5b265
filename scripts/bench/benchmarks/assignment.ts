import type { Benchmark, Measured } from '../core/benchmark.js';
import { round2, summarize } from '../core/percentiles.js';
import type { AssignmentMethods } from '../load/assignment-worker.js';
import { startParley } from '../procs/parley-process.js';
import { benchAgentEmail, benchAgentPassword } from '../procs/seed-agents.js';
import { startWorker } from '../procs/worker-rpc.js';
import { latencyFigures } from './latency-figures.js';

const targetP99Ms = 50;

export const assignment: Benchmark = {
  name: 'assignment',
  title: '6. Assignment (manual routing: broadcast + claim race)',
  target: { notify_p99_ms: `<= ${targetP99Ms}`, winners_per_conversation: 'exactly 1' },
  summary: (f) =>
    `${f.waiting} waiting, ${f.agents} agents: every agent notified p50/p99 ${f.notify_p50_ms}/${f.notify_p99_ms} ms; claim p99 ${f.claim_p99_ms} ms; one winner each: ${f.exactly_one_winner}`,
  async run(ctx): Promise<Measured> {
    const a = ctx.sizes.assignment;
    const server = await startParley({ agents: a.agents });
    const worker = startWorker<AssignmentMethods>('assignment');
    try {
      const agents = Array.from({ length: a.agents }, (_, i) => ({ email: benchAgentEmail(i), password: benchAgentPassword }));
      await worker.call('setup', { url: server.url, agents, visitors: a.waiting });
      const created = await worker.call('createWaiting', { rate: a.createRate });
      const notify = summarize(created.notify);
      ctx.log(`  ${created.waiting} waiting; notify p50 ${notify.p50} p99 ${notify.p99} ms (${created.notify.length} receipts, ${created.missed} missed)`);
      const race = await worker.call('race', null);
      const claim = summarize(race.claimMs);
      ctx.log(`  claim race: p50 ${claim.p50} p99 ${claim.p99} ms, drained in ${round2(race.drainMs)} ms, exactly one winner: ${race.exactlyOne}`);
      const misses: string[] = [];
      if (!(notify.p99 <= targetP99Ms)) misses.push(`notify p99 ${notify.p99} ms`);
      if (created.missed > 0) misses.push(`${created.missed} agent notifications never arrived`);
      if (created.failures > 0) misses.push(`${created.failures} first messages failed`);
      if (!race.exactlyOne) misses.push('some conversation did not end with exactly one winner');
      if (race.errors > 0) misses.push(`${race.errors} claims failed with errors other than conflict`);
      return {
        figures: {
          mode: 'broadcast-claim',
          waiting: created.waiting,
          agents: a.agents,
          ...latencyFigures('notify', notify),
          notify_receipts: created.notify.length,
          ...latencyFigures('claim', claim),
          claims: race.claimMs.length,
          conflicts: race.conflicts,
          exactly_one_winner: race.exactlyOne,
          queue_drain_ms: round2(race.drainMs),
        },
        met: misses.length === 0,
        notes:
          `Routing is manual today (auto-assignment comes later): a new conversation is broadcast to every agent as conversation:updated (waiting) and agents take it with conversation:claim. ` +
          `notify = a visitor's emit of the first message (which makes the conversation assignable) to each of ${a.agents} agents receiving it as waiting, ` +
          `${a.waiting} conversations created at ${a.createRate}/s and left waiting; then every agent claims every waiting conversation, one at a time from its own place in the queue: ` +
          `claim = the claim's round trip; exactly one claim per conversation must win.` +
          (misses.length ? ` Not met: ${misses.join('; ')}.` : ''),
        size: { waiting: a.waiting, agents: a.agents, createRate: a.createRate },
      };
    } finally {
      await worker.call('close', null).catch(() => null);
      await worker.stop();
      await server.stop();
    }
  },
};
