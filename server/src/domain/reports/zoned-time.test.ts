import { describe, expect, it } from 'vitest';
import { addDays, dayStart, localDate, SlotCache, zoneOffsetMs } from './zoned-time.js';

describe('zoned time', () => {
  it('starts a day at local midnight on both sides of a daylight-saving change', () => {
    expect(new Date(dayStart('2026-03-29', 'Europe/Berlin')).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(new Date(dayStart('2026-03-30', 'Europe/Berlin')).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(new Date(dayStart('2026-10-25', 'Europe/Berlin')).toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(new Date(dayStart('2026-10-26', 'Europe/Berlin')).toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(new Date(dayStart('2026-03-28', 'Asia/Shanghai')).toISOString()).toBe('2026-03-27T16:00:00.000Z');
    expect(new Date(dayStart('2026-03-08', 'America/New_York')).toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(new Date(dayStart('2026-03-09', 'America/New_York')).toISOString()).toBe('2026-03-09T04:00:00.000Z');
  });

  it('takes the first instant after a skipped midnight (Santiago springs forward at 00:00)', () => {
    // 2026-09-06 00:00 does not exist in America/Santiago: the day starts at 01:00 (-03:00).
    expect(new Date(dayStart('2026-09-06', 'America/Santiago')).toISOString()).toBe('2026-09-06T04:00:00.000Z');
  });

  it('gives local dates, weekdays and hours, with half-hour zones', () => {
    expect(zoneOffsetMs(Date.parse('2026-03-29T00:30:00Z'), 'Europe/Berlin')).toBe(3_600_000);
    expect(zoneOffsetMs(Date.parse('2026-03-29T01:30:00Z'), 'Europe/Berlin')).toBe(7_200_000);
    const slots = new SlotCache('Asia/Kolkata');
    expect(slots.slot(Date.parse('2026-03-29T18:29:59Z'))).toEqual({ date: '2026-03-29', weekday: 7, hour: 23 });
    expect(slots.slot(Date.parse('2026-03-29T18:30:00Z'))).toEqual({ date: '2026-03-30', weekday: 1, hour: 0 });
    expect(localDate(Date.parse('2026-03-27T22:30:00Z'), 'Asia/Shanghai')).toBe('2026-03-28');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
