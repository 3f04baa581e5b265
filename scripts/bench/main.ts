// `npm run bench`: runs Parley's benchmarks on this machine, prints a table and writes
// bench-results.json. `--quick` runs tiny sizes (the smoke test), `--out=FILE` writes
// elsewhere, `--only=name,name` runs some of them, `--set=idle.visitors=3000,storm.visitors=500`
// changes sizes.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Benchmark, BenchContext } from './core/benchmark.js';
import { loadAverage, machineHeader } from './core/machine.js';
import { failedResult, type BenchResult } from './core/result.js';
import { fullSizes, quickSizes, withOverrides } from './core/sizes.js';
import { renderTable } from './core/table.js';
import { repoRoot } from './procs/fork-ts.js';
import { benchmarks, runOrder } from './benchmarks/index.js';

function arg(name: string): string | undefined {
  const hit = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  return hit === undefined ? undefined : hit.slice(name.length + 3);
}

const quick = arg('quick') !== undefined;
const out = path.resolve(repoRoot, arg('out') || 'bench-results.json');
const only = arg('only')?.split(',').filter(Boolean);
const mongodbUri = process.env.MONGODB_URI || undefined;
const selected = runOrder.filter((b) => !only || only.includes(b.name));
if (only && selected.length !== only.length) {
  process.stderr.write(`unknown benchmark in --only; known: ${benchmarks.map((b) => b.name).join(', ')}\n`);
  process.exit(2);
}

const header = machineHeader(quick, Boolean(mongodbUri));
const log = (line: string) => process.stdout.write(`${line}\n`);
const sizes = withOverrides(structuredClone(quick ? quickSizes : fullSizes), arg('set'));
const ctx: BenchContext = { sizes, quick, log, found: {}, mongodbUri };
log(`Parley benchmarks on ${header.cores} cores (${header.cpuModel}), Node ${header.node}${quick ? ' — quick sizes' : ''}`);
if (header.loadAverageAtStart > 0.5) log(`Note: the machine is not idle (load average ${header.loadAverageAtStart}); figures will be worse than they should.`);

const byName = new Map<string, BenchResult>();
for (const bench of selected) {
  const started = Date.now();
  log(`\n${bench.title}`);
  try {
    const measured = await bench.run(ctx);
    byName.set(bench.name, { name: bench.name, title: bench.title, target: bench.target, ...measured, durationMs: Date.now() - started });
  } catch (err) {
    log(`  failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    byName.set(bench.name, failedResult(bench.name, bench.title, bench.target, err, started));
  }
  log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

// Results in the order (1 to 7), whatever order they ran in.
const results = benchmarks.flatMap((b) => byName.get(b.name) ?? []);
header.loadAverageAtEnd = loadAverage();
writeFileSync(out, `${JSON.stringify([header, ...results], null, 2)}\n`);
const summaries = new Map<string, Benchmark>(benchmarks.map((b) => [b.name, b]));
log(`\n${renderTable(header, results, (r) => (r.figures && Object.keys(r.figures).length ? summaries.get(r.name)!.summary(r.figures) : '—'))}`);
log(`\nWrote ${path.relative(process.cwd(), out) || out}`);
// Targets not met are figures like any other (exit 0); a benchmark that could not run is an error.
process.exit(results.some((r) => r.error) ? 1 : 0);
