import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../api/review-types';
import { ACTION_TEXT, EMPTY_FILTERS, filterProblems, filtersFromParams, filtersToParams, hasFilters, toApiFilter } from './audit-filters';

describe('audit filters', () => {
  it('offer every action the server audits, each with words', () => {
    expect(AUDIT_ACTIONS.length).toBeGreaterThan(20);
    for (const a of AUDIT_ACTIONS) expect(ACTION_TEXT[a], a).toMatch(/^[A-Z]/);
  });

  it('round-trip through the address, leaving out what is empty', () => {
    const params = new URLSearchParams('action=approve&actor=olga%40example.com&hash=&fromDay=2026-03-01');
    const f = filtersFromParams(params);
    expect(f).toEqual({ ...EMPTY_FILTERS, action: 'approve', actor: 'olga@example.com', fromDay: '2026-03-01' });
    expect(filtersToParams(f)).toEqual({ action: 'approve', actor: 'olga@example.com', fromDay: '2026-03-01' });
    expect(hasFilters(f)).toBe(true);
    expect(hasFilters(EMPTY_FILTERS)).toBe(false);
  });

  it('turn picked days into the instants that bound them, whole days inclusive', () => {
    const api = toApiFilter({ ...EMPTY_FILTERS, fromDay: '2026-03-01', toDay: '2026-03-02', hash: ' ABCDEF12 ' });
    expect(new Date(api.from!).getTime()).toBe(new Date(2026, 2, 1, 0, 0, 0, 0).getTime());
    expect(new Date(api.to!).getTime()).toBe(new Date(2026, 2, 2, 23, 59, 59, 999).getTime());
    expect(api.hash).toBe('abcdef12');
    expect(toApiFilter(EMPTY_FILTERS)).toEqual({});
  });

  it('say what is wrong and how to fix it: a hash that is not hex, days the wrong way round', () => {
    expect(filterProblems({ ...EMPTY_FILTERS, hash: 'not-a-hash', fromDay: '2026-03-05', toDay: '2026-03-01' })).toEqual({
      hash: expect.stringMatching(/hexadecimal/),
      toDay: 'The last day is before the first: swap them.',
    });
    expect(filterProblems({ ...EMPTY_FILTERS, hash: 'abcd', fromDay: '2026-03-01', toDay: '2026-03-01' })).toEqual({});
  });
});
