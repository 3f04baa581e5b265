import { z } from 'zod';
import { isTimeZone } from '../routing.js';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const day = z.string().regex(isoDate, 'must be an ISO date such as 2026-03-29').refine(isCalendarDate, 'must be a real calendar date');
const id = z.string().min(1).max(64);

/** The longest range one report covers (a year and a day, for leap years). */
export const maxReportDays = 366;

/**
 * Query parameters of every `GET /api/v1/reports/*`: `from` and `to` are calendar days in
 * `timeZone` (both included); the filters narrow the conversations counted.
 */
export const reportQuerySchema = z
  .object({
    from: day,
    to: day,
    timeZone: z.string().min(1).max(64).refine(isTimeZone, 'must be an IANA time zone such as Asia/Shanghai').optional(),
    site: id.optional(),
    department: id.optional(),
    agent: id.optional(),
    tag: id.optional(),
  })
  .strict()
  .refine((q) => q.from <= q.to, { message: 'must not be after `to`', path: ['from'] })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 < maxReportDays, {
    message: `the range may cover at most ${maxReportDays} days`,
    path: ['to'],
  });
export type ReportQuery = z.infer<typeof reportQuerySchema>;
