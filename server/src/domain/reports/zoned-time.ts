/**
 * Wall-clock arithmetic in an IANA time zone with `Intl` only: where a local day starts, and
 * which local day, weekday and hour an instant falls in. Correct across daylight-saving changes
 * because every answer asks the zone's offset at that instant, never assumes one for the day.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(at: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatterOf(timeZone).formatToParts(at)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** Local time minus UTC at `at`, in milliseconds (e.g. +8 h in Shanghai). */
export function zoneOffsetMs(at: number, timeZone: string): number {
  const w = wallClock(at, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(at / 1000) * 1000;
}

/**
 * The instant a local calendar day (`YYYY-MM-DD`) starts in `timeZone`. Where midnight itself
 * is skipped by a daylight-saving change, the first instant after the gap.
 */
export function dayStart(date: string, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const localMidnight = Date.UTC(y, m - 1, d);
  let at = localMidnight - zoneOffsetMs(localMidnight, timeZone);
  // The offset at the guess may differ from the one at the true instant (a change that day): ask again.
  const again = localMidnight - zoneOffsetMs(at, timeZone);
  if (again !== at && localDate(again, timeZone) === date) at = again;
  return at;
}

/** The `YYYY-MM-DD` a day `days` after `date` (calendar arithmetic, no zone involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

export function localDate(at: number, timeZone: string): string {
  const w = wallClock(at, timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** From `from` on, the zone is `offsetMs` ahead of UTC (until the next entry). */
export interface OffsetFrom {
  from: number;
  offsetMs: number;
}

/**
 * The zone's offsets over `[from, to)`: the one at `from`, then each change with the instant it
 * happens, found by halving the day it falls in (a change is whole seconds). Lets a store turn
 * instants into local time with arithmetic (one comparison per change) instead of asking `Intl`
 * per row. Assumes at most one change a day, which every zone keeps.
 */
export function zoneOffsets(timeZone: string, from: number, to: number): OffsetFrom[] {
  const out: OffsetFrom[] = [{ from, offsetMs: zoneOffsetMs(from, timeZone) }];
  const day = 86_400_000;
  for (let lo = from; lo < to; lo += day) {
    const hi = Math.min(lo + day, to);
    const before = zoneOffsetMs(lo, timeZone);
    if (zoneOffsetMs(hi, timeZone) === before) continue;
    let a = lo;
    let b = hi; // offset(a) = before, offset(b) differs
    while (b - a > 1000) {
      const mid = a + Math.floor((b - a) / 2000) * 1000;
      if (mid <= a) break;
      if (zoneOffsetMs(mid, timeZone) === before) a = mid;
      else b = mid;
    }
    out.push({ from: b, offsetMs: zoneOffsetMs(b, timeZone) });
  }
  return out;
}

/** The `YYYY-MM-DD` of a local day number (days since 1970-01-01 in local time). */
export const localDayDate = (localDay: number): string => new Date(localDay * 86_400_000).toISOString().slice(0, 10);
