import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDate, EARLIEST_YEAR, instant, isCalendarDate, isInstant, LATEST_YEAR } from './calendar-date';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('calendar dates', () => {
  it('refuse days that do not exist, naming the format', () => {
    for (const bad of ['2026-02-30', '2026-02-31', '2026-13-01', '2026-00-10', '2026-04-31', '2026-01-00', '2025-02-29', '2100-02-29']) {
      const result = calendarDate().safeParse(bad);
      expect(result.success, bad).toBe(false);
      expect(result.error!.issues[0]!.message).toMatch(/real calendar date as YYYY-MM-DD/);
    }
  });

  it('refuse other shapes', () => {
    for (const bad of ['2026-3-2', '02/03/2026', '2026-03-02T00:00:00Z', ' 2026-03-02', '']) expect(isCalendarDate(bad), bad).toBe(false);
  });

  it('accept leap days of leap years', () => {
    for (const good of ['2024-02-29', '2000-02-29', '2026-12-31', '2026-02-28']) expect(isCalendarDate(good), good).toBe(true);
  });

  it('agree with the proleptic Gregorian calendar of Date.UTC on every year, month and day they accept', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
        const date = new Date(0);
        date.setUTCFullYear(year, month - 1, day);
        const exists = month >= 1 && month <= 12 && day >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
        expect(isCalendarDate(text)).toBe(exists && year >= EARLIEST_YEAR && year <= LATEST_YEAR);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuse years no store can hold or no collection can mean, with one issue', () => {
    for (const bad of ['0000-02-29', '0001-01-01', '1899-12-31', '3000-01-01', '0000-13-01']) {
      const result = calendarDate().safeParse(bad);
      expect(result.error?.issues, bad).toHaveLength(1);
    }
    expect(isCalendarDate('1900-01-01') && isCalendarDate('2999-12-31')).toBe(true);
  });
});

describe('instants', () => {
  it('need their offset and a day that exists', () => {
    expect(isInstant('2026-03-02T13:05:00Z')).toBe(true);
    expect(isInstant('2026-03-02T13:05:00.123+05:30')).toBe(true);
    for (const bad of ['2026-03-02T13:05:00', '2026-02-30T00:00:00Z', '2026-03-02', 'soon']) expect(isInstant(bad), bad).toBe(false);
  });

  it('fall within the years Kairos accepts once in UTC, so no offset carries one out of range', () => {
    expect(isInstant('0000-01-01T00:00:00Z')).toBe(false);
    expect(isInstant('2999-12-31T23:00:00-05:00')).toBe(false);
    expect(isInstant('2999-12-31T23:00:00+05:00')).toBe(true);
    expect(isInstant('1900-01-01T00:30:00+01:00')).toBe(false);
    expect(instant().safeParse('0000-01-01T00:00:00Z').error?.issues).toHaveLength(1);
  });
});
