import { describe, expect, it } from 'vitest';
import { lastDays, rangeFromParams, rangeProblems, withParams } from './date-range';

describe('analytics day ranges', () => {
  it('count the last N days in UTC, today included, across a month end', () => {
    expect(lastDays(new Date('2026-03-05T01:00:00Z'), 7)).toEqual({ from: '2026-02-27', to: '2026-03-05' });
  });

  it('take the address where it names valid days', () => {
    expect(rangeFromParams(new URLSearchParams('from=2026-01-02&to=bad'), new Date('2026-03-31T00:00:00Z'))).toEqual({ from: '2026-01-02', to: '2026-03-31' });
  });

  it('name the field that is wrong', () => {
    expect(rangeProblems({ from: '', to: '2026-01-01' })).toEqual({ from: 'Pick the first day in the date field.' });
    expect(rangeProblems({ from: '2026-02-01', to: '2026-01-01' })).toEqual({ to: 'The last day is before the first: swap them.' });
    expect(rangeProblems({ from: '2026-01-01', to: '2026-01-01' })).toEqual({});
  });

  it('replace some parameters and drop emptied ones, keeping the rest', () => {
    expect(withParams(new URLSearchParams('cadenceId=c-1&tier=tier-1'), { tier: '', from: '2026-01-01' }).toString()).toBe('cadenceId=c-1&from=2026-01-01');
  });
});
