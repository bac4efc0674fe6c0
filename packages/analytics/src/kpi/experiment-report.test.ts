import { describe, expect, it } from 'vitest';
import { experimentReport, type ArmDef, type AssignedEnrollment } from './experiment-report';
import { dpdBucket } from './dpd-buckets';
import { survivalCurve } from './survival-curve';

const arms: ArmDef[] = [
  { arm: 'variant:A', key: 'A', label: 'Champion', weight: 50, control: false },
  { arm: 'variant:B', key: 'B', label: 'Challenger', weight: 50, control: false },
];
const row = (arm: string, paid: number, over: Partial<AssignedEnrollment> = {}): AssignedEnrollment => ({
  arm, placedMinor: 10_000, attempts: 2, suppressed: 0, rightPartyContacts: 0, promises: 0, promisesKept: 0, promisesResolved: 0,
  collectedMinor: paid, daysToFirstPayment: paid > 0 ? 3 : null, daysObserved: 30, costMinor: 4, optOuts: 0, complaints: 0, disputes: 0, ...over,
});
const many = (arm: string, n: number, payers: number) => Array.from({ length: n }, (_, i) => row(arm, i < payers ? 10_000 : 0));

describe('experiment report', () => {
  it('sums each arm and compares the challenger with the champion', () => {
    const r = experimentReport(arms, [...many('variant:A', 4, 1), ...many('variant:B', 4, 2), row('variant:B', 0, { suppressed: 3, disputes: 1 })], { currency: 'USD', primaryMetric: 'paidShare' });
    expect(r.arms[0]).toMatchObject({ enrolled: 4, paidAccounts: 1, paidShare: 0.25, amountCollectedMinor: 10_000, recoveryRate: 0.25, costMinor: 16, costToCollect: 16 / 10_000 });
    expect(r.arms[1]).toMatchObject({ enrolled: 5, paidAccounts: 2, guardrails: { optOuts: 0, complaints: 0, disputes: 1, suppressedContacts: 3 } });
    expect(r.arms[0]!.timeToFirstPayment.medianDays).toBeNull();
    expect(r.arms[0]!.timeToFirstPayment.curve[3]).toEqual({ day: 3, paidShare: 0.25 });
    expect(r.comparisons).toEqual([expect.objectContaining({ arm: 'variant:B', against: 'variant:A', verdict: 'no_difference_yet', difference: expect.closeTo(0.4 - 0.25, 9) })]);
    expect(r.comparisons[0]!.moreAccountsNeeded).toBeGreaterThan(100);
  });

  it('declares a clear winner once the always-valid test is sure, and then needs no more accounts', () => {
    const r = experimentReport(arms, [...many('variant:A', 2_000, 200), ...many('variant:B', 2_000, 400)], { currency: 'USD', primaryMetric: 'paidShare' });
    expect(r.comparisons[0]).toMatchObject({ verdict: 'arm_better', moreAccountsNeeded: null });
    expect(r.comparisons[0]!.interval[0]).toBeGreaterThan(0);
    const worse = experimentReport(arms, [...many('variant:A', 2_000, 400), ...many('variant:B', 2_000, 200)], { currency: 'USD', primaryMetric: 'recoveryRate' });
    expect(worse.comparisons[0]!.verdict).toBe('arm_worse');
  });

  it('answers null rates for an arm nobody entered yet', () => {
    const r = experimentReport(arms, many('variant:A', 3, 1), { currency: 'USD', primaryMetric: 'promiseRate' });
    expect(r.arms[1]).toMatchObject({ enrolled: 0, paidShare: null, recoveryRate: null, paidShareInterval: [0, 1] });
    expect(r.comparisons[0]!.verdict).toBe('no_difference_yet');
  });
});

describe('curves and buckets', () => {
  it('turns Kaplan-Meier steps into a daily paid share', () => {
    expect(survivalCurve([{ days: 1, survival: 0.5, atRisk: 2, events: 1 }], 2)).toEqual([
      { day: 0, paidShare: 0 },
      { day: 1, paidShare: 0.5 },
      { day: 2, paidShare: 0.5 },
    ]);
  });

  it('stages days past due as collections teams do', () => {
    expect([-3, 0, 1, 15, 16, 30, 31, 60, 61].map(dpdBucket)).toEqual(['pre_due', 'pre_due', '1-15', '1-15', '16-30', '16-30', '31-60', '31-60', '60+']);
  });
});
