import type { HeatmapCell } from '@parley/shared';
import type { ReportGroupFigures } from '../../store/reports-port.js';
import { byKey, seconds } from './percentiles.js';

/** All 168 weekday × hour cells, Monday 00:00 first, from the store's `hourOfWeek` groups. */
export function heatmapCells(groups: readonly ReportGroupFigures[]): HeatmapCell[] {
  const cells = byKey(groups);
  return Array.from({ length: 168 }, (_, i) => {
    const g = cells.get(i);
    return { weekday: Math.floor(i / 24) + 1, hour: i % 24, conversations: g?.started ?? 0, waitSeconds: seconds(g?.waitMs ?? { median: null, p90: null }) };
  });
}
