import { weekdays, type BusinessHours, type Weekday } from '@parley/shared';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * The weekday and wall-clock time at instant `at` in `timeZone`. Intl applies the zone's rules
 * for that instant, daylight-saving changes included, so 09:00 stays 09:00 local all year.
 */
export function localTime(timeZone: string, at: number): { day: Weekday; minutes: number } {
  const parts = formatter(timeZone).formatToParts(new Date(at));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = get('weekday').toLowerCase().slice(0, 3) as Weekday;
  if (!weekdays.includes(day)) throw new Error(`unexpected weekday ${day}`);
  return { day, minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

const toMinutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** True when `at` falls in one of the day's intervals (start included, end excluded); `null` hours: always open. */
export function isWithinHours(hours: BusinessHours | null, at: number): boolean {
  if (!hours) return true;
  const { day, minutes } = localTime(hours.timeZone, at);
  return (hours.weekly[day] ?? []).some(([from, to]) => minutes >= toMinutes(from) && minutes < toMinutes(to));
}
