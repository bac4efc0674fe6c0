import { describe, expect, it } from 'vitest';
import { addDuration, daysPastDue, localDate, resolveTimeSpec } from './time';

const ny = { timezone: 'America/New_York', dueDate: '2026-11-01' };

describe('time: waits in the account\'s zone', () => {
  it('keeps the local hour across the autumn DST change ("3 days" is three calendar days)', () => {
    // 2026-10-31 10:00 EDT (-4); DST ends 2026-11-01; 2026-11-03 10:00 EST (-5).
    expect(addDuration('2026-10-31T14:00:00.000Z', { days: 3 }, 'America/New_York')).toBe('2026-11-03T15:00:00.000Z');
  });

  it('keeps the local hour across the spring DST change', () => {
    // 2026-03-07 10:00 EST (-5); DST starts 2026-03-08; 2026-03-09 10:00 EDT (-4).
    expect(addDuration('2026-03-07T15:00:00.000Z', { days: 2 }, 'America/New_York')).toBe('2026-03-09T14:00:00.000Z');
  });

  it('counts hours and minutes as elapsed time', () => {
    expect(addDuration('2026-03-08T06:30:00.000Z', { hours: 1, minutes: 30 }, 'America/New_York')).toBe('2026-03-08T08:00:00.000Z');
  });

  it('resolves "N days before the due date at HH:MM" in the account\'s zone', () => {
    expect(resolveTimeSpec({ dueDateOffsetDays: -3, localTime: '10:00' }, '2026-10-01T00:00:00Z', ny)).toBe('2026-10-29T14:00:00.000Z');
    expect(resolveTimeSpec({ dueDateOffsetDays: 5, localTime: '09:30' }, '2026-10-01T00:00:00Z', ny)).toBe('2026-11-06T14:30:00.000Z');
    expect(resolveTimeSpec({ dueDateOffsetDays: 0, localTime: '09:00' }, '2026-10-01T00:00:00Z', { timezone: 'Asia/Tokyo', dueDate: '2026-11-01' })).toBe(
      '2026-11-01T00:00:00.000Z',
    );
  });

  it('crosses month ends when offsetting from the due date', () => {
    expect(resolveTimeSpec({ dueDateOffsetDays: 45, localTime: '12:00' }, '2026-10-01T00:00:00Z', { timezone: 'UTC', dueDate: '2026-12-20' })).toBe(
      '2027-02-03T12:00:00.000Z',
    );
  });
});

describe('time: days past due', () => {
  it('is the local calendar date minus the due date', () => {
    expect(daysPastDue(ny, '2026-11-01T12:00:00Z')).toBe(0);
    expect(daysPastDue(ny, '2026-11-16T12:00:00Z')).toBe(15);
    expect(daysPastDue(ny, '2026-10-29T12:00:00Z')).toBe(-3);
  });

  it('uses the account\'s local date, not UTC\'s', () => {
    // 03:00 UTC on Nov 2 is still Nov 1 in New York.
    expect(localDate('2026-11-02T03:00:00Z', 'America/New_York')).toBe('2026-11-01');
    expect(daysPastDue(ny, '2026-11-02T03:00:00Z')).toBe(0);
  });
});
