// Query parameters shared by the analytics routes: a range of whole UTC days, `to` included.
import { z } from '@hono/zod-openapi';
import { CALENDAR_DATE_MESSAGE, isCalendarDate } from '@kairos/input';

const DAY_MS = 86_400_000;
export const MAX_RANGE_DAYS = 731;

export const isoDay = z.string().refine(isCalendarDate, CALENDAR_DATE_MESSAGE);

export const rangeFields = {
  from: isoDay.optional().openapi({ description: 'First day (UTC), included; default: 29 days before `to`' }),
  to: isoDay.optional().openapi({ description: 'Last day (UTC), included; default: today' }),
};

/** The range the request asked for, with defaults; an issue (field + message) when it is backwards or too long. */
export function resolveRange(q: { from?: string; to?: string }, now: Date, defaultDays = 30): { from: string; to: string } | { field: string; message: string } {
  const to = q.to ?? now.toISOString().slice(0, 10);
  const from = q.from ?? new Date(Date.parse(`${to}T00:00:00Z`) - (defaultDays - 1) * DAY_MS).toISOString().slice(0, 10);
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1;
  if (days < 1) return { field: 'from', message: `must be on or before to (${to})` };
  if (days > MAX_RANGE_DAYS) return { field: 'from', message: `the range is ${days} days; ask for at most ${MAX_RANGE_DAYS} days at a time` };
  return { from, to };
}

export const badRange = (issue: { field: string; message: string }) => ({
  error: 'invalid_request',
  message: 'the query is invalid',
  issues: [issue],
});
