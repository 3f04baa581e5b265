import type { Benchmark, Measured } from '../core/benchmark.js';
import { round2, summarize } from '../core/percentiles.js';
import type { Figure } from '../core/result.js';
import { startParley } from '../procs/parley-process.js';
import { transcriptLines } from '../search/transcript-lines.js';
import { measureTranscriptSearch } from '../search/transcript-search-latency.js';
import { openRig, type RigOutcome } from './delivery-rig.js';

const targetP95Ms = 200;
/** With the index, delivery may be at most this much worse than without it. */
const worseAtMost = 1.1;

/**
 * Conversation search (issue 14): its latency over a seeded embedded store, and what keeping
 * the index costs delivery: two servers, one indexing messages as they are stored and one not
 * (`BENCH_SEARCH_INDEX=off`), the same generator shape sending chat lines in English and
 * Chinese at the same rates, one right after the other (the order alternating per rate).
 */
export const conversationSearch: Benchmark = {
  name: 'conversation-search',
  title: 'Conversation search (embedded store) and delivery with the index vs without',
  target: {
    search_p95_ms: `<= ${targetP95Ms} at 100,000 conversations and 1,000,000 messages`,
    delivery_with_index_x_without: `<= ${worseAtMost} (latency p50/p99 and server CPU per message)`,
  },
  summary: (f) =>
    `search p50/p95 ${f.search_p50_ms}/${f.search_p95_ms} ms over ${f.messages} messages; ` +
    `with index ÷ without @${f.rate_high}/s: p50 ${f.high_p50_x}, p99 ${f.high_p99_x}, CPU/msg ${f.high_cpu_per_msg_x}`,
  async run(ctx): Promise<Measured> {
    const z = ctx.sizes.conversationSearch;
    const figures: Record<string, Figure> = {};
    const misses: string[] = [];

    const latency = await measureTranscriptSearch(z.conversations, z.perConversation, z.rounds, ctx.log);
    Object.assign(figures, {
      conversations: latency.conversations,
      messages: latency.messages,
      seed_s: latency.seedSeconds,
      searches: latency.searches,
      search_p50_ms: latency.p50,
      search_p95_ms: latency.p95,
      search_p99_ms: latency.p99,
      search_max_ms: latency.max,
      search_cpu_p95_ms: latency.cpuP95,
      search_worst_kind: latency.worstKind,
      search_worst_kind_p95_ms: latency.worstP95,
    });
    ctx.log(`  search p50 ${latency.p50} ms, p95 ${latency.p95} ms (CPU p95 ${latency.cpuP95} ms); slowest kind ${latency.worstKind} p95 ${latency.worstP95} ms`);
    if (!(latency.p95 <= targetP95Ms)) misses.push(`search p95 ${latency.p95} ms`);

    const withIndex = await startParley();
    const without = await startParley({ searchIndex: false });
    try {
      const common = { conversations: z.deliveryConversations, agents: z.deliveryAgents, generators: 1 };
      const rigs = {
        with: await openRig({ mode: 'parley', url: withIndex.url, serverPid: withIndex.pid, loopDelay: () => withIndex.loopDelay(), ...common }),
        without: await openRig({ mode: 'parley', url: without.url, serverPid: without.pid, loopDelay: () => without.loopDelay(), ...common }),
      };
      try {
        for (const [i, [tag, rate]] of [['low', z.rates[0]!], ['high', z.rates[1]!]].entries() as IterableIterator<[number, [string, number]]>) {
          const step = { rate, seconds: z.seconds, warmupSeconds: z.warmupSeconds, drainMs: 5000, textChars: ctx.sizes.textChars, texts: [...transcriptLines] };
          const outcome: Partial<Record<'with' | 'without', RigOutcome>> = {};
          for (const side of i % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const)) outcome[side] = await rigs[side].step(step);
          const w = outcome.with!;
          const wo = outcome.without!;
          const both = (o: RigOutcome) => summarize([...o.v2a, ...o.a2v]);
          const sw = both(w);
          const swo = both(wo);
          // Server CPU per message: cores used over the messages each step carried.
          const cpuPerMsg = (o: RigOutcome) => (o.serverCpu * z.seconds) / Math.max(1, o.measured);
          const x = (a: number, b: number) => (b > 0 ? round2(a / b) : null);
          Object.assign(figures, {
            [`rate_${tag}`]: rate,
            [`${tag}_with_p50_ms`]: sw.p50,
            [`${tag}_with_p99_ms`]: sw.p99,
            [`${tag}_without_p50_ms`]: swo.p50,
            [`${tag}_without_p99_ms`]: swo.p99,
            [`${tag}_with_server_cores`]: w.serverCpu,
            [`${tag}_without_server_cores`]: wo.serverCpu,
            [`${tag}_p50_x`]: x(sw.p50, swo.p50),
            [`${tag}_p99_x`]: x(sw.p99, swo.p99),
            [`${tag}_cpu_per_msg_x`]: x(cpuPerMsg(w), cpuPerMsg(wo)),
            [`${tag}_undelivered`]: w.undelivered + wo.undelivered,
          });
          ctx.log(
            `  ${rate}/s with index p50/p99 ${sw.p50}/${sw.p99} ms, ${w.serverCpu} cores; without ${swo.p50}/${swo.p99} ms, ${wo.serverCpu} cores`,
          );
          for (const key of [`${tag}_p50_x`, `${tag}_p99_x`, `${tag}_cpu_per_msg_x`]) {
            const ratio = figures[key];
            if (typeof ratio === 'number' && ratio > worseAtMost) misses.push(`${key} ${ratio}`);
          }
          if (w.undelivered + wo.undelivered > 0) misses.push(`${w.undelivered + wo.undelivered} messages not delivered at ${rate}/s`);
        }
      } finally {
        await rigs.with.close();
        await rigs.without.close();
      }
    } finally {
      await withIndex.stop();
      await without.stop();
    }
    return {
      figures,
      met: misses.length === 0,
      notes:
        `Search: ${latency.conversations} closed conversations and ${latency.messages} messages (English, Simplified and Traditional Chinese chat lines with an order number each) ` +
        `written straight into a SQLite file with their FTS5 index rows (the domain's own terms), then ConversationSearch in process as GET /search runs it, ` +
        `${latency.searches} searches of ten kinds one at a time (limit 20). Delivery: two servers, one without the index (BENCH_SEARCH_INDEX=off), ` +
        `${z.deliveryConversations} conversations, the same lines sent both ways at ${z.rates.join(' and ')}/s; ratios are with ÷ without (latency of both directions together; ` +
        `server CPU per message). Wall times on a shared machine count other processes' turns.` +
        (misses.length ? ` Not met: ${misses.join('; ')}.` : ''),
      size: { conversations: z.conversations, perConversation: z.perConversation, rounds: z.rounds, rates: z.rates.join(','), seconds: z.seconds },
    };
  },
};
