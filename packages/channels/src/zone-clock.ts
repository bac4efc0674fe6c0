// Local calendar arithmetic in IANA zones, fast enough to run on every contact attempt.
// Offsets come from @date-fns/tz (one cached Intl formatter per zone inside it); we memoize the
// offset per UTC hour on top, because a decision looks up dozens of history instants and the
// offset only changes at a transition (never twice within one hour).
import { tzOffset } from '@date-fns/tz';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
/** Marks an hour that holds a transition: such hours are looked up exactly, never memoized. */
const MIXED = Number.MAX_SAFE_INTEGER;
const MAX_MEMO_HOURS = 200_000;

/** Where an instant falls on the consumer's wall clock. */
export interface LocalTime {
  /** Days since 1970-01-01 of the local calendar date. */
  day: number;
  /** Minutes after local midnight, 0..1439. */
  minute: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

export class ZoneClock {
  private readonly hours = new Map<number, number>();

  constructor(readonly zone: string) {}

  /** UTC offset in ms at an instant (positive east of Greenwich). */
  offsetAt(instant: number): number {
    const hour = Math.floor(instant / HOUR_MS);
    let offset = this.hours.get(hour);
    if (offset === undefined) {
      const start = this.exactOffset(hour * HOUR_MS);
      offset = start === this.exactOffset(hour * HOUR_MS + HOUR_MS - 1) ? start : MIXED;
      if (this.hours.size >= MAX_MEMO_HOURS) this.hours.clear();
      this.hours.set(hour, offset);
    }
    return offset === MIXED ? this.exactOffset(instant) : offset;
  }

  local(instant: number): LocalTime {
    const wall = instant + this.offsetAt(instant);
    const day = Math.floor(wall / DAY_MS);
    return { day, minute: Math.floor((wall - day * DAY_MS) / MINUTE_MS), weekday: (((day + 4) % 7) + 7) % 7 };
  }

  /** Local calendar day (days since 1970-01-01) of an instant. */
  dayOf(instant: number): number {
    return Math.floor((instant + this.offsetAt(instant)) / DAY_MS);
  }

  /**
   * The earliest instant whose wall-clock reading on `day` is at or after `minute` (1440 = next
   * midnight). Inside a spring-forward gap that is the transition itself; inside a fall-back
   * overlap it is the first of the two readings that is not before `notBefore`.
   */
  instantOf(day: number, minute: number, notBefore = Number.NEGATIVE_INFINITY): number {
    const wall = day * DAY_MS + minute * MINUTE_MS;
    const before = this.offsetAt(wall - DAY_MS);
    const after = this.offsetAt(wall + DAY_MS);
    const viaBefore = wall - before;
    const viaAfter = wall - after;
    const beforeOk = this.offsetAt(viaBefore) === before;
    const afterOk = this.offsetAt(viaAfter) === after;
    if (beforeOk && afterOk) {
      const first = Math.min(viaBefore, viaAfter);
      return first >= notBefore ? first : Math.max(viaBefore, viaAfter);
    }
    if (beforeOk) return viaBefore;
    if (afterOk) return viaAfter;
    // The wall time does not exist: find the transition between `viaAfter` (still on the old offset)
    // and `viaBefore` (already on the new one).
    let lo = Math.min(viaBefore, viaAfter);
    let hi = Math.max(viaBefore, viaAfter);
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.offsetAt(mid) === before) lo = mid;
      else hi = mid;
    }
    return hi;
  }

  private exactOffset(instant: number): number {
    return tzOffset(this.zone, new Date(instant)) * MINUTE_MS;
  }
}

const clocks = new Map<string, ZoneClock>();

/** The shared clock of a zone: memoized offsets are reused across decisions. */
export function zoneClock(zone: string): ZoneClock {
  let clock = clocks.get(zone);
  if (!clock) {
    clock = new ZoneClock(zone);
    clocks.set(zone, clock);
  }
  return clock;
}

/** True when `zone` is an IANA time zone this runtime knows (e.g. `America/Chicago`). */
export function isTimeZone(zone: string): boolean {
  if (!zone.includes('/') && zone !== 'UTC') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of a day number (proleptic Gregorian; H. Hinnant's civil_from_days, no Date object). */
export function isoDay(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Day number of a `YYYY-MM-DD` date. */
export function dayNumber(isoDate: string): number {
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / DAY_MS;
}

export function clockText(minute: number): string {
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

/** `2026-03-02 08:00 America/New_York`: how reasons show an instant to a person. */
export function describeLocal(clock: ZoneClock, instant: number): string {
  const t = clock.local(instant);
  return `${isoDay(t.day)} ${clockText(t.minute)} ${clock.zone}`;
}
