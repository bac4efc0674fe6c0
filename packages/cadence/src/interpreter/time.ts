import { TZDate } from '@date-fns/tz';
import { addDays, addHours, addMinutes } from 'date-fns';
import type { AccountSnapshot } from '../account';
import type { Duration, TimeSpec, Weekday } from './ir';

const DAY_MS = 86_400_000;

/** The instant a wait ends. Days are calendar days in the account's zone, so "wait 3 days" keeps the local hour across DST. */
export function resolveTimeSpec(spec: TimeSpec, nowIso: string, account: Pick<AccountSnapshot, 'timezone' | 'dueDate'>): string {
  if ('after' in spec) return addDuration(nowIso, spec.after, account.timezone);
  if ('window' in spec) return nextWindowOpening(nowIso, spec.window, account.timezone);
  const [y, m, d] = account.dueDate.split('-').map(Number) as [number, number, number];
  const [hh, mm] = spec.localTime.split(':').map(Number) as [number, number];
  const at = new TZDate(y, m - 1, d + spec.dueDateOffsetDays, hh, mm, 0, 0, account.timezone);
  return new Date(at.getTime()).toISOString();
}

export function addDuration(nowIso: string, duration: Duration, timezone: string): string {
  let at: Date = new TZDate(Date.parse(nowIso), timezone);
  if (duration.days) at = addDays(at, duration.days);
  if (duration.hours) at = addHours(at, duration.hours);
  if (duration.minutes) at = addMinutes(at, duration.minutes);
  return new Date(at.getTime()).toISOString();
}

/** Local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(nowIso: string, timezone: string): string {
  const t = new TZDate(Date.parse(nowIso), timezone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
}

/** Days past due at `nowIso` in the account's zone; negative before the due date. */
export function daysPastDue(account: Pick<AccountSnapshot, 'timezone' | 'dueDate'>, nowIso: string): number {
  const today = Date.parse(`${localDate(nowIso, account.timezone)}T00:00:00Z`);
  const due = Date.parse(`${account.dueDate}T00:00:00Z`);
  return Math.round((today - due) / DAY_MS);
}

const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

/**
 * The first instant at or after `nowIso` inside the local window (`from` inclusive, `to` exclusive) on
 * one of `days`, in `timezone`. An empty or impossible window yields one week later, never a hang.
 */
export function nextWindowOpening(nowIso: string, window: { days: Weekday[]; from: string; to: string }, timezone: string): string {
  const now = new TZDate(Date.parse(nowIso), timezone);
  const from = minutesOf(window.from);
  const to = minutesOf(window.to);
  for (let d = 0; d <= 7; d++) {
    const day = new TZDate(now.getFullYear(), now.getMonth(), now.getDate() + d, 0, 0, 0, 0, timezone);
    if (!window.days.includes(WEEKDAYS[day.getDay()]!) || from >= to) continue;
    if (d === 0) {
      const nowMinutes = now.getHours() * 60 + now.getMinutes();
      if (nowMinutes >= from && nowMinutes < to) return new Date(Date.parse(nowIso)).toISOString();
      if (nowMinutes >= to) continue;
    }
    const opening = new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), Math.floor(from / 60), from % 60, 0, 0, timezone);
    return new Date(opening.getTime()).toISOString();
  }
  return addDuration(nowIso, { days: 7 }, timezone);
}

/** End of a local calendar day (23:59:59.999) `days` after `date` (YYYY-MM-DD) in `timezone`. */
export function endOfLocalDay(date: string, days: number, timezone: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const next = new TZDate(y, m - 1, d + days + 1, 0, 0, 0, 0, timezone);
  return new Date(next.getTime() - 1).toISOString();
}
