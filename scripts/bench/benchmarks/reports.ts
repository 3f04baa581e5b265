import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DomainEvents, Reports, SqliteStore, createLogger } from '@parley/server';
import type { Benchmark, Measured } from '../core/benchmark.js';
import { round2, summarize } from '../core/percentiles.js';
import { seedReportData } from '../reports/report-seed.js';

const targetP95Ms = 500;

/**
 * Reports on the embedded store: `sizes.reports.conversations` conversations with ten events
 * each over 30 days, then the overview of the whole range (and its previous period) asked
 * `rounds` times in process, as `GET /reports/overview` asks it. CPU time is reported beside
 * the wall time: on a shared machine the wall time also counts other processes' turns.
 */
export const reportsOverview: Benchmark = {
  name: 'reports',
  title: 'Reports (overview over the event log, embedded store)',
  target: { overview_p95_ms: `<= ${targetP95Ms} at 1,000,000 events and 100,000 conversations` },
  summary: (f) => `overview of ${f.conversations} conversations / ${f.events} events: p50/p95 ${f.overview_p50_ms}/${f.overview_p95_ms} ms (CPU p95 ${f.overview_cpu_p95_ms} ms)`,
  async run(ctx): Promise<Measured> {
    const r = ctx.sizes.reports;
    const dir = mkdtempSync(path.join(tmpdir(), 'parley-bench-reports-'));
    try {
      const file = path.join(dir, 'reports.db');
      await new SqliteStore(file).close();
      const from = Date.UTC(2026, 0, 1);
      const seeded = seedReportData(file, r.conversations, 30, from);
      ctx.log(`  seeded ${seeded.conversations} conversations, ${seeded.events} events`);
      const store = new SqliteStore(file);
      const reports = new Reports({ store, events: new DomainEvents(), log: createLogger('silent') });
      const actor = { kind: 'agent' as const, agentId: 'bench', workspaceId: seeded.workspaceId, name: 'bench', role: 'admin' as const };
      const wall: number[] = [];
      const cpu: number[] = [];
      let started = 0;
      try {
        for (let i = 0; i < r.rounds; i++) {
          const t = performance.now();
          const c = process.cpuUsage();
          const overview = await reports.overview(actor, { from: '2026-01-01', to: '2026-01-30', timeZone: 'Europe/Berlin' });
          const used = process.cpuUsage(c);
          wall.push(performance.now() - t);
          cpu.push((used.user + used.system) / 1000);
          started = overview.conversations.started;
        }
      } finally {
        reports.close();
        await store.close();
      }
      const w = summarize(wall);
      const p95 = (xs: number[]) => round2(Float64Array.from(xs).sort()[Math.ceil(0.95 * xs.length) - 1]!);
      const overviewP95 = p95(wall);
      ctx.log(`  overview p50 ${w.p50} ms, p95 ${overviewP95} ms, CPU p95 ${p95(cpu)} ms (${started} conversations in range)`);
      return {
        figures: {
          conversations: seeded.conversations,
          events: seeded.events,
          overview_p50_ms: w.p50,
          overview_p95_ms: overviewP95,
          overview_cpu_p95_ms: p95(cpu),
        },
        met: overviewP95 <= targetP95Ms,
        notes:
          'In process on SQLite: per period, one SQL statement sums, counts and ranks the range\'s conversations joined to their folded event rows (conversation_report, kept as events are appended; percentiles and buckets by an aggregate function registered on the connection), one counts them per local day, one reads the latest rating comments and one counts proactive messages; only those answers reach JavaScript. Wall time on a shared machine counts other processes\' turns; CPU time is this process\'s own.',
        size: { conversations: r.conversations, rounds: r.rounds },
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
