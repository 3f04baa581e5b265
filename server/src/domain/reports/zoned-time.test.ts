import { describe, expect, it } from 'vitest';
import { addDays, dayStart, localDate, localDayDate, zoneOffsetMs, zoneOffsets } from './zoned-time.js';

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

  it('gives local dates and offsets, with half-hour zones', () => {
    expect(zoneOffsetMs(Date.parse('2026-03-29T00:30:00Z'), 'Europe/Berlin')).toBe(3_600_000);
    expect(zoneOffsetMs(Date.parse('2026-03-29T01:30:00Z'), 'Europe/Berlin')).toBe(7_200_000);
    expect(zoneOffsetMs(Date.parse('2026-03-29T18:30:00Z'), 'Asia/Kolkata')).toBe(19_800_000);
    expect(localDayDate(Date.UTC(2026, 2, 30) / 86_400_000)).toBe('2026-03-30');
    expect(localDate(Date.parse('2026-03-27T22:30:00Z'), 'Asia/Shanghai')).toBe('2026-03-28');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('lists a zone\'s offsets over a range with the instant of each change', () => {
    const from = dayStart('2026-03-01', 'Europe/Berlin');
    const to = dayStart('2026-11-01', 'Europe/Berlin');
    // Berlin springs forward at 01:00 UTC on 29 March and falls back at 01:00 UTC on 25 October.
    expect(zoneOffsets('Europe/Berlin', from, to)).toEqual([
      { from, offsetMs: 3_600_000 },
      { from: Date.parse('2026-03-29T01:00:00Z'), offsetMs: 7_200_000 },
      { from: Date.parse('2026-10-25T01:00:00Z'), offsetMs: 3_600_000 },
    ]);
    expect(zoneOffsets('Asia/Shanghai', from, to)).toEqual([{ from, offsetMs: 28_800_000 }]);
  });
});
