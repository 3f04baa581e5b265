import type { Benchmark, Measured } from '../core/benchmark.js';
import { round2, summarize } from '../core/percentiles.js';
import type { AssignmentMethods } from '../load/assignment-worker.js';
import { startParley } from '../procs/parley-process.js';
import { benchAgentCapacity, benchAgentEmail, benchAgentPassword } from '../procs/seed-agents.js';
import { startWorker } from '../procs/worker-rpc.js';
import { latencyFigures } from './latency-figures.js';

const targetP99Ms = 50;

export const assignment: Benchmark = {
  name: 'assignment',
  title: '6. Assignment (automatic routing, and the manual broadcast + claim race)',
  target: {
    auto_arrive_p99_ms: `<= ${targetP99Ms}`,
    auto_freed_p99_ms: `<= ${targetP99Ms}`,
    notify_p99_ms: `<= ${targetP99Ms}`,
    winners_per_conversation: 'exactly 1',
  },
  summary: (f) =>
    `automatic: assigned on arrival p50/p99 ${f.auto_arrive_p50_ms}/${f.auto_arrive_p99_ms} ms, next queued chat after a close p50/p99 ${f.auto_freed_p50_ms}/${f.auto_freed_p99_ms} ms at ${f.auto_closes_per_s} closes/s ` +
    `(burst: p99 ${f.auto_burst_p99_ms} ms, ${f.auto_burst_assignments_per_s} assignments/s; ${f.auto_queued} queued, ${f.agents} agents of capacity ${f.capacity}); ` +
    `manual: ${f.waiting} waiting, every agent notified p99 ${f.notify_p99_ms} ms, claim p99 ${f.claim_p99_ms} ms, one winner each: ${f.exactly_one_winner}`,
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
      const queued = a.waiting;
      const arrivals = a.agents * benchAgentCapacity;
      const arrive = await worker.call('autoArrive', {
        url: server.url,
        count: arrivals + 2 * queued,
        arrivals,
        rate: a.createRate,
        capacity: benchAgentCapacity,
      });
      const arriveMs = summarize(arrive.assignMs);
      ctx.log(`  automatic, on arrival: p50 ${arriveMs.p50} p99 ${arriveMs.p99} ms (${arrive.assignMs.length} of ${arrive.arrivals}, ${arrive.missing} never assigned)`);
      const drain = await worker.call('autoDrain', { capacity: benchAgentCapacity, rate: a.createRate, from: arrivals, count: queued, paced: true });
      const freedMs = summarize(drain.freedMs);
      ctx.log(
        `  automatic, from the queue after a close (${a.createRate} closes/s): p50 ${freedMs.p50} p99 ${freedMs.p99} ms (${drain.freedMs.length} of ${drain.queued} queued), ` +
          `over capacity ${drain.overCapacity}, assigned twice ${drain.assignedTwice}`,
      );
      const burst = await worker.call('autoDrain', { capacity: benchAgentCapacity, rate: a.createRate, from: arrivals + queued, count: queued, paced: false });
      const burstMs = summarize(burst.freedMs);
      const burstRate = Math.round((burst.freedMs.length / burst.drainMs) * 1000);
      ctx.log(
        `  automatic, burst (every agent closes again as soon as it got one): p50 ${burstMs.p50} p99 ${burstMs.p99} ms, ${burstRate} assignments/s, ` +
          `over capacity ${burst.overCapacity}, assigned twice ${burst.assignedTwice}`,
      );
      const misses: string[] = [];
      if (!(arriveMs.p99 <= targetP99Ms)) misses.push(`automatic on-arrival p99 ${arriveMs.p99} ms`);
      if (!(freedMs.p99 <= targetP99Ms)) misses.push(`automatic after-close p99 ${freedMs.p99} ms`);
      if (arrive.missing > 0 || arrive.failures > 0) misses.push(`${arrive.missing} arrivals never assigned, ${arrive.failures} first messages failed`);
      if (drain.freedMs.length < drain.queued - drain.failures) misses.push(`${drain.queued - drain.failures - drain.freedMs.length} queued chats not assigned after a close`);
      if (burst.freedMs.length < burst.queued - burst.failures) misses.push(`${burst.queued - burst.failures - burst.freedMs.length} queued chats not assigned in the burst`);
      if (drain.overCapacity + burst.overCapacity > 0) misses.push(`an agent went over capacity ${drain.overCapacity + burst.overCapacity} times`);
      if (drain.assignedTwice + burst.assignedTwice > 0) misses.push(`${drain.assignedTwice + burst.assignedTwice} chats assigned twice`);
      if (!(notify.p99 <= targetP99Ms)) misses.push(`notify p99 ${notify.p99} ms`);
      if (created.missed > 0) misses.push(`${created.missed} agent notifications never arrived`);
      if (created.failures > 0) misses.push(`${created.failures} first messages failed`);
      if (!race.exactlyOne) misses.push('some conversation did not end with exactly one winner');
      if (race.errors > 0) misses.push(`${race.errors} claims failed with errors other than conflict`);
      return {
        figures: {
          agents: a.agents,
          capacity: benchAgentCapacity,
          ...latencyFigures('auto_arrive', arriveMs),
          auto_arrivals: arrive.assignMs.length,
          ...latencyFigures('auto_freed', freedMs),
          auto_queued: drain.queued,
          auto_reassigned_after_close: drain.freedMs.length,
          auto_closes_per_s: a.createRate,
          ...latencyFigures('auto_burst', burstMs),
          auto_burst_assignments_per_s: burstRate,
          auto_over_capacity: drain.overCapacity + burst.overCapacity,
          auto_assigned_twice: drain.assignedTwice + burst.assignedTwice,
          waiting: created.waiting,
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
          `Automatic: ${a.agents} agents online with room for ${benchAgentCapacity} chats each; ${a.agents * benchAgentCapacity} visitors write a first message at ${a.createRate}/s ` +
          `(auto_arrive = the visitor's emit to the chosen agent receiving the assignment), then ${queued} more queue while everyone is full and the agents close chats, ${a.createRate} closes/s in all ` +
          `(auto_freed = a close's emit to that agent receiving the oldest queued chat); then ${queued} more queue and every agent closes again as soon as it got the next chat ` +
          `(auto_burst: not held to the target, it shows the most assignments per second the server makes); nobody may pass their capacity and no chat may be assigned twice. ` +
          `Manual: agents set away, a new conversation is broadcast to every agent as conversation:updated (waiting) and agents take it with conversation:claim. ` +
          `notify = a visitor's emit of the first message (which makes the conversation assignable) to each of ${a.agents} agents receiving it as waiting, ` +
          `${a.waiting} conversations created at ${a.createRate}/s and left waiting; then every agent claims every waiting conversation, one at a time from its own place in the queue: ` +
          `claim = the claim's round trip; exactly one claim per conversation must win.` +
          (misses.length ? ` Not met: ${misses.join('; ')}.` : ''),
        size: { waiting: a.waiting, agents: a.agents, createRate: a.createRate, capacity: benchAgentCapacity },
      };
    } finally {
      await worker.call('close', null).catch(() => null);
      await worker.stop();
      await server.stop();
    }
  },
};
