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

/**
 * The workspace's zone as the server takes it when a report names none: the first site's
 * opening hours' zone, else UTC (a workspace has no zone of its own yet).
 */
export function workspaceTimeZone(sites: readonly { settings?: { hours?: { timeZone: string } | null } }[]): string {
  for (const site of sites) {
    const zone = site.settings?.hours?.timeZone;
    if (zone) return zone;
  }
  return 'UTC';
}

/** Every zone the browser knows, with `extra` first when it does not (an old or odd name the server still takes). */
export function timeZoneChoices(extra: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.includes(extra) ? all : [extra, ...all];
}
