import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, MINUTE_MS, ZoneClock, zoneClock } from './zone-clock';

// Zones with awkward rules: half-hour DST (Lord_Howe), 45-minute offsets, southern-hemisphere DST,
// DST at midnight (Santiago), Ramadan suspensions (Casablanca).
const zones = [
  'America/New_York', 'America/Los_Angeles', 'America/St_Johns', 'Europe/London', 'Australia/Sydney',
  'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/Santiago', 'Africa/Casablanca', 'UTC',
];
const instants = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 11, 31) });

/** Wall-clock reading as "UTC" ms, computed by @date-fns/tz alone (no memo). */
function wallByTzDate(instant: number, zone: string): number {
  const t = new TZDate(instant, zone);
  return Date.UTC(t.getFullYear(), t.getMonth(), t.getDate(), t.getHours(), t.getMinutes(), t.getSeconds(), t.getMilliseconds());
}

describe('zone clock', () => {
  it('reads the same wall clock as TZDate, weekday included', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), instants, (zone, instant) => {
        const local = zoneClock(zone).local(instant);
        const wall = wallByTzDate(instant, zone);
        expect(local.day).toBe(Math.floor(wall / DAY_MS));
        expect(local.minute).toBe(Math.floor((wall % DAY_MS) / MINUTE_MS));
        expect(local.weekday).toBe(new TZDate(instant, zone).getDay());
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the earliest instant at or after a wall-clock time, gaps and overlaps included', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), instants, fc.integer({ min: 0, max: 1440 }), (zone, around, minute) => {
        const clock = zoneClock(zone);
        const day = clock.dayOf(around);
        const target = day * DAY_MS + minute * MINUTE_MS;
        const u = clock.instantOf(day, minute);
        expect(wallByTzDate(u, zone)).toBeGreaterThanOrEqual(target);
        expect(wallByTzDate(u - 1, zone)).toBeLessThan(target);
      }),
      { numRuns: 3000 },
    );
  });

  it('maps 08:00 on both 2026 DST days in New York to the right instants', () => {
    const ny = new ZoneClock('America/New_York');
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
    expect(new Date(ny.instantOf(day('2026-03-08'), 8 * 60)).toISOString()).toBe('2026-03-08T12:00:00.000Z');
    expect(new Date(ny.instantOf(day('2026-11-01'), 8 * 60)).toISOString()).toBe('2026-11-01T13:00:00.000Z');
    // 02:30 does not exist on 2026-03-08: the earliest later reading is 03:00 EDT, the transition.
    expect(new Date(ny.instantOf(day('2026-03-08'), 150)).toISOString()).toBe('2026-03-08T07:00:00.000Z');
    // 01:30 happens twice on 2026-11-01: first EDT, then (when asked for a later one) EST.
    expect(new Date(ny.instantOf(day('2026-11-01'), 90)).toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(new Date(ny.instantOf(day('2026-11-01'), 90, Date.parse('2026-11-01T06:00:00Z'))).toISOString()).toBe('2026-11-01T06:30:00.000Z');
  });
});
