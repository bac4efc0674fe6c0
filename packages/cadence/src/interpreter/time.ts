// Calendar time in the account's zone. Built on the ZoneClock compliance also decides with (offsets from Intl,
// arithmetic on day numbers), not on TZDate's local getters: Temporal's workflow sandbox replaces the
// global Date, TZDate's getters are never installed there, and they silently read UTC instead.
import { dayNumber, DAY_MS, isoDay, MINUTE_MS, zoneClock } from '@kairos/channels/zone-clock';
import type { AccountSnapshot } from '../account';
import type { Duration, TimeSpec, Weekday } from './ir';

const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};
const iso = (ms: number) => new Date(ms).toISOString();

/** The instant a wait ends. Days are calendar days in the account's zone, so "wait 3 days" keeps the local hour across DST. */
export function resolveTimeSpec(spec: TimeSpec, nowIso: string, account: Pick<AccountSnapshot, 'timezone' | 'dueDate'>): string {
  if ('after' in spec) return addDuration(nowIso, spec.after, account.timezone);
  if ('window' in spec) return nextWindowOpening(nowIso, spec.window, account.timezone);
  return iso(zoneClock(account.timezone).instantOf(dayNumber(account.dueDate) + spec.dueDateOffsetDays, minutesOf(spec.localTime)));
}

/** `days` calendar days later at the same local time (a local time DST skips moves to the transition), then hours and minutes of elapsed time. */
export function addDuration(nowIso: string, duration: Duration, timezone: string): string {
  let at = Date.parse(nowIso);
  if (duration.days) {
    const clock = zoneClock(timezone);
    const wall = at + clock.offsetAt(at);
    const local = clock.local(at);
    const withinMinute = wall - (local.day * DAY_MS + local.minute * MINUTE_MS);
    at = clock.instantOf(local.day + duration.days, local.minute, at) + withinMinute;
  }
  at += (duration.hours ?? 0) * 3_600_000 + (duration.minutes ?? 0) * MINUTE_MS;
  return iso(at);
}

/** Local calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(nowIso: string, timezone: string): string {
  return isoDay(zoneClock(timezone).dayOf(Date.parse(nowIso)));
}

/** Days past due at `nowIso` in the account's zone; negative before the due date. */
export function daysPastDue(account: Pick<AccountSnapshot, 'timezone' | 'dueDate'>, nowIso: string): number {
  return zoneClock(account.timezone).dayOf(Date.parse(nowIso)) - dayNumber(account.dueDate);
}

/**
 * The first instant at or after `nowIso` inside the local window (`from` inclusive, `to` exclusive) on
 * one of `days`, in `timezone`. An empty or impossible window yields one week later, never a hang.
 */
export function nextWindowOpening(nowIso: string, window: { days: Weekday[]; from: string; to: string }, timezone: string): string {
  const clock = zoneClock(timezone);
  const now = Date.parse(nowIso);
  const local = clock.local(now);
  const from = minutesOf(window.from);
  const to = minutesOf(window.to);
  for (let d = 0; d <= 7 && from < to; d++) {
    const day = local.day + d;
    if (!window.days.includes(WEEKDAYS[(((day + 4) % 7) + 7) % 7]!)) continue;
    if (d === 0 && local.minute >= to) continue;
    if (d === 0 && local.minute >= from) return iso(now);
    return iso(clock.instantOf(day, from));
  }
  return addDuration(nowIso, { days: 7 }, timezone);
}

/** End of a local calendar day (23:59:59.999) `days` after `date` (YYYY-MM-DD) in `timezone`. */
export function endOfLocalDay(date: string, days: number, timezone: string): string {
  return iso(zoneClock(timezone).instantOf(dayNumber(date) + days + 1, 0) - 1);
}
