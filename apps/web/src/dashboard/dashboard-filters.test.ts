import { describe, expect, it } from 'vitest';
import { dashboardFilter, dashboardParams } from './dashboard-filters';

const TODAY = new Date('2026-03-31T23:30:00Z');

describe('the dashboard filters in the address', () => {
  it('default to the last 30 UTC days and everything else', () => {
    expect(dashboardFilter(new URLSearchParams(''), TODAY)).toEqual({ from: '2026-03-02', to: '2026-03-31' });
  });

  it('read days, tier, cadence and version', () => {
    expect(dashboardFilter(new URLSearchParams('from=2026-01-01&to=2026-01-31&tier=tier-2&cadenceId=c-1&versionId=v-3'), TODAY)).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
      tier: 'tier-2',
      cadenceId: 'c-1',
      versionId: 'v-3',
    });
  });

  it('ignore a malformed day and a version without its cadence', () => {
    expect(dashboardFilter(new URLSearchParams('from=yesterday&versionId=v-3'), TODAY)).toEqual({ from: '2026-03-02', to: '2026-03-31' });
  });

  it('write back only what is set', () => {
    expect(dashboardParams({ from: '2026-01-01', to: '2026-01-31', tier: '', cadenceId: 'c-1' })).toEqual({ from: '2026-01-01', to: '2026-01-31', cadenceId: 'c-1' });
  });
});
