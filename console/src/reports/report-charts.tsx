import type { ReportOverview } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';
import { ReportChart } from './report-chart.js';
import { formatDuration, formatShortDay } from './report-format.js';
import { ReportTable } from './report-table.js';
import { useReportsT } from './use-reports-t.js';

// Accent, danger and success of the tokens: each 3:1 or more on the surface.
const colours = { accent: '#2453d6', success: '#067647', danger: '#c0321a' };

/** Volume by day and the distributions of waits and first responses: each chart beside the table of its numbers. */
export function ReportCharts({ overview }: { overview: ReportOverview }) {
  const t = useReportsT();
  const { locale } = useI18n();
  const days = overview.days;
  const dist = overview.distributions;
  const bucketLabel = (i: number) => {
    const b = dist.waitSeconds[i]!;
    return b.upToSeconds === null
      ? t('reports.bucket.over', { time: formatDuration(dist.waitSeconds[i - 1]?.upToSeconds ?? 0, t) })
      : t('reports.bucket.upTo', { time: formatDuration(b.upToSeconds, t) });
  };
  const volumeTitle = t('reports.volume.title');
  const distTitle = t('reports.dist.title');
  return (
    <>
      <div class="report-pair">
        <figure class="report-figure" aria-label={t('reports.chart', { title: volumeTitle })}>
          <ReportChart
            kind="lines"
            labels={days.map((d) => formatShortDay(d.date, locale))}
            series={[
              { label: t('reports.col.started'), values: days.map((d) => d.started), colour: colours.accent },
              { label: t('reports.col.answered'), values: days.map((d) => d.answered), colour: colours.success },
              { label: t('reports.col.missed'), values: days.map((d) => d.missed), colour: colours.danger },
            ]}
          />
        </figure>
        <ReportTable
          id="report-volume-title"
          title={volumeTitle}
          file="conversations-by-day"
          rows={days.length}
          columns={[
            { label: t('reports.col.date'), show: (i) => formatShortDay(days[i]!.date, locale), csv: (i) => days[i]!.date },
            { label: t('reports.col.started'), numeric: true, show: (i) => String(days[i]!.started), csv: (i) => days[i]!.started },
            { label: t('reports.col.answered'), numeric: true, show: (i) => String(days[i]!.answered), csv: (i) => days[i]!.answered },
            { label: t('reports.col.missed'), numeric: true, show: (i) => String(days[i]!.missed), csv: (i) => days[i]!.missed },
          ]}
        />
      </div>
      <div class="report-pair">
        <figure class="report-figure" aria-label={t('reports.chart', { title: distTitle })}>
          <ReportChart
            kind="bars"
            labels={dist.waitSeconds.map((b, i) => (b.upToSeconds === null ? `> ${formatDuration(dist.waitSeconds[i - 1]?.upToSeconds ?? 0, t)}` : formatDuration(b.upToSeconds, t)))}
            series={[
              { label: t('reports.col.waitCount'), values: dist.waitSeconds.map((b) => b.count), colour: colours.accent },
              { label: t('reports.col.firstResponseCount'), values: dist.firstResponseSeconds.map((b) => b.count), colour: colours.success },
            ]}
          />
        </figure>
        <ReportTable
          id="report-dist-title"
          title={distTitle}
          file="wait-and-first-response"
          rows={dist.waitSeconds.length}
          columns={[
            { label: t('reports.col.bucket'), show: bucketLabel, csv: (i) => dist.waitSeconds[i]!.upToSeconds },
            { label: t('reports.col.waitCount'), numeric: true, show: (i) => String(dist.waitSeconds[i]!.count), csv: (i) => dist.waitSeconds[i]!.count },
            { label: t('reports.col.firstResponseCount'), numeric: true, show: (i) => String(dist.firstResponseSeconds[i]!.count), csv: (i) => dist.firstResponseSeconds[i]!.count },
          ]}
        />
      </div>
    </>
  );
}
