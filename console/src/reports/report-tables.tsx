import { useI18n } from '../i18n/i18n-context.js';
import { formatFullTime } from '../time/relative-time.js';
import { formatDuration, formatNumber, formatShare } from './report-format.js';
import type { ReportData } from './reports-page.js';
import { ReportTable } from './report-table.js';
import { useReportsT } from './use-reports-t.js';

/** The agents', departments' and latest comments' tables. */
export function ReportTables({ data }: { data: ReportData }) {
  const t = useReportsT();
  const { locale } = useI18n();
  const agents = data.agents.agents;
  const departments = data.departments.departments;
  const comments = data.overview.rating.latestComments;
  const d = (v: number | null) => formatDuration(v, t);
  const rating = (r: { average: number | null; responses: number }) => (r.average === null ? t('reports.none') : `${formatNumber(r.average, locale, t, 2)} (${r.responses})`);
  return (
    <>
      <ReportTable
        id="report-agents-title"
        title={t('reports.agents.title')}
        file="agents"
        rows={agents.length}
        columns={[
          { label: t('reports.col.name'), show: (i) => agents[i]!.name, csv: (i) => agents[i]!.name },
          { label: t('reports.col.conversations'), numeric: true, show: (i) => String(agents[i]!.conversations), csv: (i) => agents[i]!.conversations },
          { label: t('reports.col.firstResponse'), numeric: true, show: (i) => d(agents[i]!.firstResponseSeconds.median), csv: (i) => agents[i]!.firstResponseSeconds.median },
          { label: t('reports.col.resolution'), numeric: true, show: (i) => d(agents[i]!.resolutionSeconds.median), csv: (i) => agents[i]!.resolutionSeconds.median },
          { label: t('reports.col.rating'), numeric: true, show: (i) => rating(agents[i]!.rating), csv: (i) => agents[i]!.rating.average },
          { label: t('reports.col.online'), numeric: true, show: (i) => d(agents[i]!.onlineSeconds), csv: (i) => agents[i]!.onlineSeconds },
          { label: t('reports.col.utilisation'), numeric: true, show: (i) => formatShare(agents[i]!.utilisation, locale, t), csv: (i) => agents[i]!.utilisation },
        ]}
      />
      <ReportTable
        id="report-departments-title"
        title={t('reports.departments.title')}
        file="departments"
        rows={departments.length}
        columns={[
          { label: t('reports.col.name'), show: (i) => departments[i]!.name ?? t('reports.departments.none'), csv: (i) => departments[i]!.name },
          { label: t('reports.col.conversations'), numeric: true, show: (i) => String(departments[i]!.conversations), csv: (i) => departments[i]!.conversations },
          { label: t('reports.col.answered'), numeric: true, show: (i) => String(departments[i]!.answered), csv: (i) => departments[i]!.answered },
          { label: t('reports.col.missed'), numeric: true, show: (i) => String(departments[i]!.missed), csv: (i) => departments[i]!.missed },
          { label: t('reports.col.wait'), numeric: true, show: (i) => d(departments[i]!.waitSeconds.median), csv: (i) => departments[i]!.waitSeconds.median },
          { label: t('reports.col.firstResponse'), numeric: true, show: (i) => d(departments[i]!.firstResponseSeconds.median), csv: (i) => departments[i]!.firstResponseSeconds.median },
          { label: t('reports.col.resolution'), numeric: true, show: (i) => d(departments[i]!.resolutionSeconds.median), csv: (i) => departments[i]!.resolutionSeconds.median },
          { label: t('reports.col.rating'), numeric: true, show: (i) => rating(departments[i]!.rating), csv: (i) => departments[i]!.rating.average },
        ]}
      />
      <ReportTable
        id="report-comments-title"
        title={t('reports.comments.title')}
        file="latest-comments"
        rows={comments.length}
        columns={[
          { label: t('reports.col.score'), numeric: true, show: (i) => t('reports.ratingValue', { value: comments[i]!.score }), csv: (i) => comments[i]!.score },
          { label: t('reports.col.comment'), show: (i) => comments[i]!.comment, csv: (i) => comments[i]!.comment },
          { label: t('reports.col.ratedAt'), show: (i) => formatFullTime(comments[i]!.ratedAt, locale), csv: (i) => new Date(comments[i]!.ratedAt).toISOString() },
        ]}
      />
    </>
  );
}
