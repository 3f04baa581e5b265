import type { ContactAttributeValue } from '@parley/shared';

/** Attribute names a site may use for the person's IANA time zone in `identify`. */
const ZONE_KEYS = ['timeZone', 'timezone', 'time_zone', 'tz'] as const;

/**
 * The contact's time zone, when the site told it (an `identify` attribute such as
 * `timeZone: 'Asia/Taipei'`) and it is one this browser knows; else `null`. The live visitor data
 * carries no time zone, so nothing is guessed from the language or the address.
 */
export function contactTimeZone(attributes: Record<string, ContactAttributeValue>): string | null {
  for (const key of ZONE_KEYS) {
    const value = attributes[key];
    if (typeof value !== 'string' || !value) continue;
    try {
      return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
    } catch {
      // Not a zone this browser knows: try the next name.
    }
  }
  return null;
}

/** The time now in `zone`, written for the console's locale ("14:05", "下午2:05"). */
export function zonedClock(at: number, zone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: zone, hour: 'numeric', minute: '2-digit', weekday: 'short' }).format(at);
}
