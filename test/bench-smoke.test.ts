import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { weighBuiltWidget, weightBudget } from '../scripts/bench/weight/file-weight.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Figures that may be any number (negative load_to_launcher: visible before the load event). */
const signedFigures: Record<string, string[]> = {
  'host-page': ['x1_load_to_launcher_ms', 'x4_load_to_launcher_ms'],
  throughput: ['sustained_msgs_per_s'],
};

/** The figures each benchmark must produce as positive numbers, even at tiny sizes. */
const keyFigures: Record<string, string[]> = {
  weight: ['files_loader_gzip_bytes', 'files_loader_raw_bytes', 'browser_opened_gzip_bytes', 'browser_opened_transferred_bytes'],
  'host-page': ['x1_loader_main_thread_ms', 'x4_loader_main_thread_ms', 'x1_main_thread_with_ms'],
  'delivery-latency': ['r100_v2a_p50_ms', 'r1000_v2a_p99_ms', 'r1000_a2v_p999_ms', 'r1000_floor_p50_ms', 'r1000_v2a_p50_x_floor'],
  // The sustained rate may be 0 on a busy machine (no step held); the steps must have run.
  throughput: ['steps_tried', 'first_step_p99_ms'],
  'idle-visitors': ['visitors_connected', 'rss_after_mib', 'heap_kib_per_visitor'],
  assignment: ['waiting', 'notify_p50_ms', 'notify_p99_ms', 'claim_p99_ms'],
  'reconnect-storm': ['visitors', 'all_caught_up_ms', 'caught_up_p99_ms'],
  'search-quality': ['n_all', 'parley_all_top3', 'n_heldout_all', 'parley_heldout_all_top3', 'parley_heldout_zh_TW_short_top3', 'parley_fresh_all_top3', 'n_fresh_all', 'kb_search_round_trip_p95_ms', 'parley_en_mrr', 'minisearch_all_top3', 'flexsearch_all_top3', 'search_p95_ms', 'latency_articles'],
  'console-load': ['login_gzip_bytes', 'inbox_gzip_bytes', 'login_x4_tti_ms', 'inbox_x4_tti_ms', 'inbox_x1_ready_ms'],
  reports: ['conversations', 'events', 'overview_p50_ms', 'overview_p95_ms', 'overview_cpu_p95_ms'],
  'conversation-search': ['messages', 'searches', 'search_p95_ms', 'search_cpu_p95_ms', 'rate_high'],
};

function runQuickBench(out: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/bench.mjs', '--quick', `--out=${out}`], { cwd: repoRoot, env: process.env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('the widget weight budget', () => {
  it('keeps the loader within 2 KB gzip and the whole opened widget within 30 KB gzip', () => {
    const weight = weighBuiltWidget(path.join(repoRoot, 'widget', 'dist'));
    expect(weight.loader.gzip, `loader: ${weight.loader.gzip} B gzip`).toBeLessThanOrEqual(weightBudget.loaderGzipBytes);
    // On-demand chunks (chunks/lazy-*, e.g. self-service search) are not fetched by opening the widget.
    expect(weight.onOpen.gzip, `every built widget file but on-demand chunks: ${weight.onOpen.gzip} B gzip (all: ${weight.all.gzip})`).toBeLessThanOrEqual(
      weightBudget.openedGzipBytes,
    );
  });

  it('keeps the widget opened with nobody online (the leave-a-message form too) within 30 KB gzip', () => {
    const weight = weighBuiltWidget(path.join(repoRoot, 'widget', 'dist'));
    const routing = weight.files.filter((f) => /lazy-routing-parts-/.test(f.file));
    expect(routing, 'routing parts are one on-demand chunk').toHaveLength(1);
    expect(weight.onOpenNobodyOnline.gzip, `first open with routing's parts: ${weight.onOpenNobodyOnline.gzip} B gzip`).toBeLessThanOrEqual(
      weightBudget.openedGzipBytes,
    );
  });
});

describe('npm run bench --quick', () => {
  it('runs every benchmark end to end and writes well-formed results', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parley-bench-smoke-'));
    try {
      const out = path.join(dir, 'bench-results.json');
      const { code, output } = await runQuickBench(out);
      expect(code, output.slice(-4000)).toBe(0);
      const [header, ...results] = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>[];
      expect(header).toMatchObject({ kind: 'machine', quick: true, node: process.version });
      expect(header!.cores).toBeGreaterThan(0);
      expect(results.map((r) => r.name)).toEqual(Object.keys(keyFigures));
      for (const r of results) {
        expect(r.error, `${r.name}: ${r.error}`).toBeUndefined();
        expect(typeof r.met, String(r.name)).toBe('boolean');
        expect(Object.keys(r.target as object).length, `${r.name} has a target`).toBeGreaterThan(0);
        const figures = r.figures as Record<string, unknown>;
        for (const key of keyFigures[r.name as string]!) {
          expect(typeof figures[key], `${r.name}.${key} = ${String(figures[key])}`).toBe('number');
          expect(figures[key] as number, `${r.name}.${key}`).toBeGreaterThan(0);
        }
        for (const key of signedFigures[r.name as string] ?? []) expect(Number.isFinite(figures[key]), `${r.name}.${key}`).toBe(true);
      }
      // Outcomes that must hold at any size: nothing lost in the storm, one winner per claim race.
      const byName = Object.fromEntries(results.map((r) => [r.name, r.figures as Record<string, unknown>]));
      expect(byName['reconnect-storm']!.lost_messages).toBe(0);
      expect(byName.assignment!.exactly_one_winner).toBe(true);
      // The table shows every benchmark, met or not.
      for (const r of results) expect(output).toContain(String(r.title));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
