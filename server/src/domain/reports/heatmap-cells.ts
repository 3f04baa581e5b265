import type { HeatmapCell } from '@parley/shared';
import type { ReportFact } from '../../store/reports-port.js';
import { waitMs } from './fact-measures.js';
import { percentiles } from './percentiles.js';
import { SlotCache } from './zoned-time.js';

/** New conversations and their waits by local weekday × hour of their start: 168 cells, Monday 00:00 first. */
export function heatmapCells(facts: readonly ReportFact[], timeZone: string): HeatmapCell[] {
  const counts = new Array<number>(168).fill(0);
  const waits = Array.from({ length: 168 }, () => [] as number[]);
  const slots = new SlotCache(timeZone);
  for (const f of facts) {
    const { weekday, hour } = slots.slot(f.createdAt);
    const i = (weekday - 1) * 24 + hour;
    counts[i]!++;
    const w = waitMs(f);
    if (w !== null) waits[i]!.push(w);
  }
  return counts.map((conversations, i) => ({ weekday: Math.floor(i / 24) + 1, hour: i % 24, conversations, waitSeconds: percentiles(waits[i]!) }));
}
