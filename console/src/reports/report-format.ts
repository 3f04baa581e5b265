import type { ReportsT } from './use-reports-t.js';

/** A duration in seconds as people read it: "45 s", "2 min 5 s", "1 h 30 min". */
export function formatDuration(seconds: number | null, t: ReportsT): string {
  if (seconds === null) return t('reports.none');
  const whole = Math.round(seconds);
  if (whole < 60) return t('reports.seconds', { s: whole });
  if (whole < 3600) return whole % 60 === 0 ? t('reports.minutesOnly', { m: whole / 60 }) : t('reports.minutes', { m: Math.floor(whole / 60), s: whole % 60 });
  const minutes = Math.floor((whole % 3600) / 60);
  return minutes === 0 ? t('reports.hoursOnly', { h: Math.floor(whole / 3600) }) : t('reports.hours', { h: Math.floor(whole / 3600), m: minutes });
}

/** A share from 0 to 1 as a percentage in the reader's locale. */
export function formatShare(share: number | null, locale: string, t: ReportsT): string {
  if (share === null) return t('reports.none');
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

export function formatNumber(value: number | null, locale: string, t: ReportsT, digits = 0): string {
  if (value === null) return t('reports.none');
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** A local calendar day in the reader's locale ("2026年3月28日", "Mar 28, 2026"). */
export function formatDay(date: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** A local calendar day, short ("Mar 28", "3月28日"): the year is in the period above. */
export function formatShortDay(date: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** ISO weekday (1 = Monday) in the reader's locale. */
export function weekdayName(weekday: number, locale: string, style: 'long' | 'short' = 'short'): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(Date.UTC(2024, 0, weekday));
}
