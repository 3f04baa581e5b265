import type { ComponentChildren } from 'preact';
import type { HeatmapCell } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';
import { Button } from '../ui/button.js';
import { downloadCsv, toCsv } from './csv.js';
import { formatDuration, weekdayName } from './report-format.js';
import { useReportsT } from './use-reports-t.js';

const hours = Array.from({ length: 24 }, (_, h) => h);

/** Which of five shades a count gets, relative to the busiest cell. */
const level = (count: number, max: number) => (count === 0 ? 0 : Math.min(4, Math.ceil((count / max) * 4)));

/**
 * Busiest hours: a table of weekdays (rows) × hours (columns), the count in each cell and its
 * shade by count; each cell's label adds the median wait. The table is the chart: its numbers
 * are read as they are drawn, and it exports as CSV like every other table.
 */
export function HeatmapGrid({ cells, intro }: { cells: HeatmapCell[]; intro: ComponentChildren }) {
  const t = useReportsT();
  const { locale } = useI18n();
  const max = Math.max(1, ...cells.map((c) => c.conversations));
  const at = (weekday: number, hour: number) => cells[(weekday - 1) * 24 + hour]!;
  const title = t('reports.heatmap.title');
  // One line per cell, so that the median wait travels with the count.
  const exportCsv = () =>
    downloadCsv(
      'busiest-hours.csv',
      toCsv(
        ['weekday', 'hour', 'conversations', 'wait_median_seconds', 'wait_p90_seconds'],
        cells.map((c) => [c.weekday, c.hour, c.conversations, c.waitSeconds.median, c.waitSeconds.p90]),
      ),
    );
  return (
    <section class="report-block report-heatmap" aria-labelledby="report-heatmap-title">
      <header class="report-block-header">
        <h2 id="report-heatmap-title">{title}</h2>
        <Button size="small" onClick={exportCsv} aria-label={t('reports.csvLabel', { table: title })}>
          {t('reports.csv')}
        </Button>
      </header>
      {intro}
      {/* Focusable, so that keyboards can scroll the 24 hours sideways on a narrow window. */}
      <div class="report-heatmap-scroll" tabIndex={0} data-scrolls-sideways>
        <table class="report-heatmap-table">
          <caption class="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.col.weekday')}</th>
              {hours.map((h) => (
                <th key={h} scope="col">
                  {String(h).padStart(2, '0')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[1, 2, 3, 4, 5, 6, 7].map((weekday) => (
              <tr key={weekday}>
                <th scope="row">{weekdayName(weekday, locale)}</th>
                {hours.map((h) => {
                  const cell = at(weekday, h);
                  const label = t('reports.heatmap.cell', {
                    weekday: weekdayName(weekday, locale, 'long'),
                    hour: String(h).padStart(2, '0'),
                    count: cell.conversations,
                    wait: formatDuration(cell.waitSeconds.median, t),
                  });
                  return (
                    <td key={h} class={`heat-${level(cell.conversations, max)}`} title={label} data-weekday={weekday} data-hour={h}>
                      {cell.conversations}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
