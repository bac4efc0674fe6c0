import { describe, expect, it } from 'vitest';
import { dashboardFromRollup, type CohortRow } from './dashboard';

const options = { from: '2026-03-01', to: '2026-03-31', currency: 'USD', unitCostMinor: {}, horizonDays: 5 };
const accounts = (n: number, o: Partial<CohortRow>): CohortRow => ({ tier: '', fromBucket: '1-15', toBucket: '1-15', daysToFirstPayment: null, daysObserved: 30, accounts: n, ...o });

describe('time to recovery on the dashboard', () => {
  // Seven accounts: two paid on day 1; three were last seen unpaid on day 2 (enrolled late in the range);
  // one paid on day 3; one is still unpaid on day 10. Kaplan–Meier by hand:
  //   day 1: 7 at risk, 2 pay  -> S = 5/7
  //   day 2: 3 leave unpaid    -> 2 at risk
  //   day 3: 2 at risk, 1 pays -> S = 5/7 * 1/2 = 5/14 (below one half: the median is day 3)
  // Counting the unobserved three as never paying would say 3 of 7 paid: no median at all.
  const cohort: CohortRow[] = [
    accounts(2, { daysToFirstPayment: 1, daysObserved: 30 }),
    accounts(3, { daysObserved: 2 }),
    accounts(1, { daysToFirstPayment: 3, daysObserved: 30 }),
    accounts(1, { daysObserved: 10 }),
  ];

  it('takes the median from the Kaplan–Meier curve, counting accounts not yet seen long enough only while they were seen', () => {
    expect(dashboardFromRollup([], cohort, options).kpis.medianDaysToRecovery).toBe(3);
  });

  it('draws the share recovered by each day', () => {
    const curve = dashboardFromRollup([], cohort, options).timeToRecovery;
    expect(curve.map((p) => p.day)).toEqual([0, 1, 2, 3, 4, 5]);
    const expected = [0, 2 / 7, 2 / 7, 9 / 14, 9 / 14, 9 / 14];
    curve.forEach((p, i) => expect(p.recoveredShare).toBeCloseTo(expected[i]!, 12));
  });

  it('takes the day the share paid reaches one half exactly', () => {
    // Four accounts, two paid on day 4: S(4) = 1 - 2/4 = 1/2.
    const half = [accounts(2, { daysToFirstPayment: 4 }), accounts(2, { daysObserved: 40 })];
    expect(dashboardFromRollup([], half, options).kpis.medianDaysToRecovery).toBe(4);
  });

  it('has no median while fewer than half are known to have paid', () => {
    const few = [accounts(1, { daysToFirstPayment: 2 }), accounts(3, { daysObserved: 40 })];
    expect(dashboardFromRollup([], few, options).kpis.medianDaysToRecovery).toBeNull();
  });
});
