import { describe, expect, it } from 'vitest';
import { businessHoursSchema, type BusinessHours } from '@parley/shared';
import { isWithinHours, localTime } from './business-hours.js';

const weekdays9to17 = (timeZone: string): BusinessHours => ({
  timeZone,
  weekly: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']], thu: [['09:00', '17:00']], fri: [['09:00', '17:00']] },
});
const at = (iso: string) => Date.parse(iso);

describe('business hours', () => {
  it("reads one instant as each zone's own wall clock", () => {
    const instant = at('2024-06-05T08:30:00Z'); // a Wednesday
    expect(isWithinHours(weekdays9to17('Europe/London'), instant)).toBe(true); // 09:30 BST
    expect(isWithinHours(weekdays9to17('America/New_York'), instant)).toBe(false); // 04:30 EDT
    expect(isWithinHours(weekdays9to17('Asia/Shanghai'), instant)).toBe(true); // 16:30 CST
    expect(isWithinHours(weekdays9to17('Asia/Tokyo'), instant)).toBe(false); // 17:30 JST: closed at 17:00
  });

  it('follows a daylight-saving change: 09:00 local stays the opening hour', () => {
    const ny = weekdays9to17('America/New_York');
    // 13:30 UTC is 08:30 EST on Friday 8 March 2024 (closed) but 09:30 EDT on Monday 11 March (open).
    expect(isWithinHours(ny, at('2024-03-08T13:30:00Z'))).toBe(false);
    expect(isWithinHours(ny, at('2024-03-11T13:30:00Z'))).toBe(true);
    expect(localTime('America/New_York', at('2024-03-10T06:59:00Z'))).toEqual({ day: 'sun', minutes: 1 * 60 + 59 });
    expect(localTime('America/New_York', at('2024-03-10T07:00:00Z'))).toEqual({ day: 'sun', minutes: 3 * 60 });
    // Europe leaves summer time on 27 October 2024: 08:30 UTC is 09:30 CET the next day, 10:30 CEST before.
    const paris: BusinessHours = { timeZone: 'Europe/Paris', weekly: { fri: [['09:00', '10:00']], mon: [['09:00', '10:00']] } };
    expect(isWithinHours(paris, at('2024-10-25T08:30:00Z'))).toBe(false);
    expect(isWithinHours(paris, at('2024-10-28T08:30:00Z'))).toBe(true);
  });

  it('uses the weekday of the zone, not of UTC, and the end of an interval is closed', () => {
    const saturdayOnly: BusinessHours = { timeZone: 'Pacific/Auckland', weekly: { sat: [['00:00', '24:00']] } };
    expect(isWithinHours(saturdayOnly, at('2024-06-07T13:00:00Z'))).toBe(true); // Sat 01:00 in Auckland, Fri in UTC
    expect(isWithinHours(saturdayOnly, at('2024-06-08T13:00:00Z'))).toBe(false); // Sun 01:00
    const ny = weekdays9to17('America/New_York');
    expect(isWithinHours(ny, at('2024-06-05T21:00:00Z'))).toBe(false); // 17:00 EDT exactly
    expect(isWithinHours(ny, at('2024-06-05T20:59:00Z'))).toBe(true);
    expect(isWithinHours(null, 0)).toBe(true);
  });

  it('refuses an unknown time zone and an interval that ends before it starts', () => {
    expect(businessHoursSchema.safeParse({ timeZone: 'Mars/Olympus', weekly: {} }).success).toBe(false);
    expect(businessHoursSchema.safeParse({ timeZone: 'UTC', weekly: { mon: [['17:00', '09:00']] } }).success).toBe(false);
    expect(businessHoursSchema.safeParse({ timeZone: 'Asia/Taipei', weekly: { mon: [['09:00', '12:00'], ['13:00', '18:00']] } }).success).toBe(true);
  });
});
