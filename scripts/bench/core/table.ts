import type { BenchResult, MachineHeader } from './result.js';

/** The figures worth a glance in the table; everything is in the JSON file. */
export type Highlights = (r: BenchResult) => string;

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

/** Renders the results as a plain-text table (also pasted into the README's Performance section). */
export function renderTable(header: MachineHeader, results: BenchResult[], highlights: Highlights): string {
  const lines = [
    `Parley benchmarks — ${header.cores} cores (${header.cpuModel}), Node ${header.node}, ${header.platform}, ${header.date}, load average ${header.loadAverageAtStart}${header.quick ? ' (QUICK sizes: not the real figures)' : ''}`,
    '',
  ];
  const rows = results.map((r) => [r.title, r.met ? 'met' : 'NOT MET', highlights(r), Object.entries(r.target).map(([k, v]) => `${k} ${v}`).join(', ')]);
  const head = ['benchmark', 'target', 'figures', 'held to'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => pad(c, widths[i]!)).join(' | ')} |`;
  lines.push(line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line));
  const unmet = results.filter((r) => !r.met);
  if (unmet.length) {
    lines.push('', 'Not met, and what holds them back:');
    for (const r of unmet) lines.push(`- ${r.title}: ${r.notes}`);
  }
  return lines.join('\n');
}
