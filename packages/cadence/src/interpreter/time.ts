import { TZDate } from '@date-fns/tz';
import { addDays, addHours, addMinutes } from 'date-fns';
import type { AccountSnapshot } from '../account';
import type { Duration, TimeSpec } from './ir';

const DAY_MS = 86_400_000;

/** The instant a wait ends. Days are calendar days in the account's zone, so "wait 3 days" keeps the local hour across DST. */
export function resolveTimeSpec(spec: TimeSpec, nowIso: string, account: Pick<AccountSnapshot, 'timezone' | 'dueDate'>): string {
  if ('after' in spec) return addDuration(nowIso, spec.after, account.timezone);
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
