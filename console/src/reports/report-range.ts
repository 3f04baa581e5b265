/** The periods the page offers; `custom` takes the two dates typed in. */
export type RangePreset = 'today' | '7d' | '30d' | 'custom';

/** Today's date (`YYYY-MM-DD`) in a time zone. */
export function todayIn(timeZone: string, now = Date.now()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The first and last day of a preset, both included, ending today. */
export function presetRange(preset: Exclude<RangePreset, 'custom'>, timeZone: string, now = Date.now()): { from: string; to: string } {
  const to = todayIn(timeZone, now);
  const length = preset === 'today' ? 1 : preset === '7d' ? 7 : 30;
  return { from: addDays(to, 1 - length), to };
}

/** The browser's own zone: the reports' days and hours are cut in it. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
