import { describe, expect, it } from 'vitest';
import { everyDay } from './daily-series';

describe('the days of the collected-per-day chart', () => {
  it('cover every day of the range, zero where nothing happened', () => {
    const days = everyDay({ range: { from: '2026-02-27', to: '2026-03-02' }, daily: [{ date: '2026-03-01', collectedMinor: 500, contacts: 2, promises: 1, payments: 1 }] });
    expect(days.map((d) => [d.date, d.collectedMinor])).toEqual([
      ['2026-02-27', 0],
      ['2026-02-28', 0],
      ['2026-03-01', 500],
      ['2026-03-02', 0],
    ]);
  });
});
