import { describe, expect, it } from 'vitest';
import { contactTimeZone, zonedClock } from './local-time.js';

describe("a contact's local time", () => {
  it('takes the time zone the site gave as an attribute, skipping what is not a zone', () => {
    expect(contactTimeZone({ timeZone: 'Asia/Taipei' })).toBe('Asia/Taipei');
    expect(contactTimeZone({ timezone: 'Mars/Olympus', tz: 'Europe/Paris' })).toBe('Europe/Paris');
    expect(contactTimeZone({ plan: 'pro' })).toBeNull();
    expect(contactTimeZone({ timeZone: 5 })).toBeNull();
  });
  it("writes the time in that zone, not the agent's", () => {
    const noonUtc = Date.UTC(2026, 0, 5, 12, 0); // a Monday
    expect(zonedClock(noonUtc, 'Asia/Taipei', 'en-GB')).toBe('Mon 20:00');
    expect(zonedClock(noonUtc, 'America/New_York', 'en-GB')).toBe('Mon 07:00');
  });
});
