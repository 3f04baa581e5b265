import type { OverviewFigures } from '@parley/shared';
import { useI18n } from '../i18n/i18n-context.js';
import { formatDuration, formatNumber, formatShare } from './report-format.js';
import { useReportsT, type ReportsT } from './use-reports-t.js';
import type { ReportsKey } from '@parley/shared';

interface CardFigure {
  key: ReportsKey;
  value(f: OverviewFigures): string;
  /** A second line under the value (p90). */
  detail?(f: OverviewFigures): string;
}

function figures(t: ReportsT, locale: string): CardFigure[] {
  const n = (v: number | null) => formatNumber(v, locale, t);
  const d = (v: number | null) => formatDuration(v, t);
  const p = (v: number | null) => formatShare(v, locale, t);
  return [
    { key: 'reports.card.started', value: (f) => n(f.conversations.started) },
    { key: 'reports.card.answered', value: (f) => n(f.conversations.answered) },
    { key: 'reports.card.missed', value: (f) => n(f.conversations.missed) },
    { key: 'reports.card.offline', value: (f) => n(f.conversations.offline) },
    { key: 'reports.card.wait', value: (f) => d(f.waitSeconds.median), detail: (f) => t('reports.p90', { value: d(f.waitSeconds.p90) }) },
    { key: 'reports.card.firstResponse', value: (f) => d(f.firstResponseSeconds.median), detail: (f) => t('reports.p90', { value: d(f.firstResponseSeconds.p90) }) },
    { key: 'reports.card.resolution', value: (f) => d(f.resolutionSeconds.median), detail: (f) => t('reports.p90', { value: d(f.resolutionSeconds.p90) }) },
    { key: 'reports.card.fcr', value: (f) => p(f.firstContactResolution) },
    { key: 'reports.card.frMet', value: (f) => p(f.sla.firstResponseMet) },
    { key: 'reports.card.resMet', value: (f) => p(f.sla.resolutionMet) },
    { key: 'reports.card.breaches', value: (f) => n(f.sla.breaches) },
    { key: 'reports.card.rating', value: (f) => (f.rating.average === null ? t('reports.none') : t('reports.ratingValue', { value: formatNumber(f.rating.average, locale, t, 2) })) },
    { key: 'reports.card.satisfied', value: (f) => p(f.rating.satisfiedShare) },
    { key: 'reports.card.responses', value: (f) => n(f.rating.responses) },
    { key: 'reports.card.botResolved', value: (f) => n(f.bots.resolved) },
    { key: 'reports.card.botHandedOff', value: (f) => n(f.bots.handedOff) },
    { key: 'reports.card.proactiveShown', value: (f) => n(f.proactive.shown) },
    { key: 'reports.card.proactiveReplied', value: (f) => n(f.proactive.replied) },
    { key: 'reports.card.proactiveGoals', value: (f) => n(f.proactive.goals) },
  ];
}

/** The overview's figures as cards, each with the previous period's value beneath. */
export function OverviewCards({ current, previous }: { current: OverviewFigures; previous: OverviewFigures }) {
  const t = useReportsT();
  const { locale } = useI18n();
  return (
    <ul class="report-cards">
      {figures(t, locale).map((card) => (
        <li key={card.key} class="report-card" data-figure={card.key.slice('reports.card.'.length)}>
          <span class="report-card-label">{t(card.key)}</span>
          <span class="report-card-value">{card.value(current)}</span>
          {card.detail && <span class="report-card-detail">{card.detail(current)}</span>}
          <span class="report-card-previous">{t('reports.previous', { value: card.value(previous) })}</span>
        </li>
      ))}
    </ul>
  );
}
