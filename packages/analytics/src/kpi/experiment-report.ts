// An experiment's arms side by side, intention to treat: every account assigned to an arm counts in
// it, whatever happened next. Pure: the query hands in one aggregate row per assigned enrollment.
import { amountSample, rateSample, type ArmSample } from '../stats/arm-sample';
import { kaplanMeier, medianTime } from '../stats/kaplan-meier';
import { accountsPerArmToDetect } from '../stats/sample-size';
import { compareSequentially } from '../stats/sequential-test';
import { wilsonInterval } from '../stats/wilson';
import { survivalCurve } from './survival-curve';

export interface ArmDef {
  /** The IR outcome: `variant:A` or `control`. */
  arm: string;
  key: string;
  label: string;
  weight: number;
  control: boolean;
}

/** One assigned enrollment, everything after its assignment summed (until the report's end). */
export interface AssignedEnrollment {
  arm: string;
  placedMinor: number;
  attempts: number;
  suppressed: number;
  rightPartyContacts: number;
  promises: number;
  promisesKept: number;
  /** Promises whose deadline passed, or that were kept earlier: the promise-kept rate's denominator. */
  promisesResolved: number;
  collectedMinor: number;
  /** Days from assignment to the first payment; null when none yet. */
  daysToFirstPayment: number | null;
  /** Days from assignment to the report's end (the censoring time when unpaid). */
  daysObserved: number;
  costMinor: number;
  optOuts: number;
  complaints: number;
  disputes: number;
}

export const PRIMARY_METRICS = ['paidShare', 'recoveryRate', 'promiseRate'] as const;
export type PrimaryMetric = (typeof PRIMARY_METRICS)[number];

export interface ArmResult {
  arm: string;
  key: string;
  label: string;
  control: boolean;
  enrolled: number;
  contacted: number;
  rightPartyContacts: number;
  rpcRate: number | null;
  promises: number;
  promiseRate: number | null;
  promisesKept: number;
  promiseKeptRate: number | null;
  paidAccounts: number;
  paidShare: number | null;
  paidShareInterval: [number, number];
  amountPlacedMinor: number;
  amountCollectedMinor: number;
  recoveryRate: number | null;
  currency: string;
  timeToFirstPayment: { medianDays: number | null; curve: Array<{ day: number; paidShare: number }> };
  costMinor: number;
  costToCollect: number | null;
  guardrails: { optOuts: number; complaints: number; disputes: number; suppressedContacts: number };
}

export interface Comparison {
  metric: PrimaryMetric;
  arm: string;
  against: string;
  difference: number;
  interval: [number, number];
  pValue: number;
  verdict: 'arm_better' | 'arm_worse' | 'no_difference_yet';
  moreAccountsNeeded: number | null;
}

export interface ReportOptions {
  currency: string;
  primaryMetric: PrimaryMetric;
  alpha?: number;
  /** Days the time-to-first-payment curve covers (default 60). */
  horizonDays?: number;
}

/** The mixture scale of the always-valid test: tuned to find a 5-point difference fastest. */
export const MSPRT_TAU = 0.05;
/** The smallest lift "how many more accounts" plans for when the observed one is smaller. */
export const PLANNING_LIFT = 0.02;

const rate = (k: number, n: number): number | null => (n > 0 ? k / n : null);

function armResult(def: ArmDef, rows: readonly AssignedEnrollment[], o: ReportOptions): ArmResult {
  const count = (f: (r: AssignedEnrollment) => boolean) => rows.reduce((n, r) => n + (f(r) ? 1 : 0), 0);
  const sum = (f: (r: AssignedEnrollment) => number) => rows.reduce((n, r) => n + f(r), 0);
  const enrolled = rows.length;
  const paidAccounts = count((r) => r.collectedMinor > 0);
  const placed = sum((r) => r.placedMinor);
  const collected = sum((r) => r.collectedMinor);
  const cost = sum((r) => r.costMinor);
  const promises = count((r) => r.promises > 0);
  const kept = sum((r) => r.promisesKept);
  const resolved = sum((r) => r.promisesResolved);
  const km = kaplanMeier(rows.map((r) => (r.daysToFirstPayment !== null ? { days: r.daysToFirstPayment, event: true } : { days: r.daysObserved, event: false })));
  return {
    arm: def.arm,
    key: def.key,
    label: def.label,
    control: def.control,
    enrolled,
    contacted: count((r) => r.attempts > 0),
    rightPartyContacts: count((r) => r.rightPartyContacts > 0),
    rpcRate: rate(count((r) => r.rightPartyContacts > 0), enrolled),
    promises,
    promiseRate: rate(promises, enrolled),
    promisesKept: kept,
    promiseKeptRate: rate(kept, resolved),
    paidAccounts,
    paidShare: rate(paidAccounts, enrolled),
    paidShareInterval: wilsonInterval(paidAccounts, enrolled),
    amountPlacedMinor: placed,
    amountCollectedMinor: collected,
    recoveryRate: rate(collected, placed),
    currency: o.currency,
    timeToFirstPayment: { medianDays: medianTime(km), curve: survivalCurve(km, o.horizonDays ?? 60) },
    costMinor: cost,
    costToCollect: rate(cost, collected),
    guardrails: { optOuts: sum((r) => r.optOuts), complaints: sum((r) => r.complaints), disputes: sum((r) => r.disputes), suppressedContacts: sum((r) => r.suppressed) },
  };
}

/** Each account's outcome for the primary metric, as the test sees it. */
export function metricSample(metric: PrimaryMetric, rows: readonly AssignedEnrollment[]): ArmSample {
  switch (metric) {
    case 'paidShare':
      return rateSample(rows.filter((r) => r.collectedMinor > 0).length, rows.length);
    case 'promiseRate':
      return rateSample(rows.filter((r) => r.promises > 0).length, rows.length);
    case 'recoveryRate':
      // Share of its own balance each account paid (capped at 1): every account weighs the same.
      return amountSample(rows.map((r) => (r.placedMinor > 0 ? Math.min(1, r.collectedMinor / r.placedMinor) : 0)));
  }
}

function compare(metric: PrimaryMetric, arm: ArmDef, against: ArmDef, a: AssignedEnrollment[], b: AssignedEnrollment[], alpha: number): Comparison {
  const ref = metricSample(metric, b);
  const test = metricSample(metric, a);
  const c = compareSequentially(ref, test, { tau: MSPRT_TAU, alpha });
  const verdict = c.significant ? (c.difference > 0 ? 'arm_better' : 'arm_worse') : 'no_difference_yet';
  let more: number | null = null;
  if (!c.significant) {
    const lift = Math.abs(c.difference) >= PLANNING_LIFT ? Math.abs(c.difference) : PLANNING_LIFT;
    const needed = accountsPerArmToDetect(Math.min(Math.max(ref.mean, 0), 1), lift, { alpha });
    more = Math.max(0, needed - Math.min(a.length, b.length));
  }
  return {
    metric,
    arm: arm.arm,
    against: against.arm,
    difference: c.difference,
    interval: [Number.isFinite(c.interval[0]) ? c.interval[0] : -1, Number.isFinite(c.interval[1]) ? c.interval[1] : 1],
    pValue: c.pValue,
    verdict,
    moreAccountsNeeded: more,
  };
}

/** Per-arm results and each arm against the first (the champion), with the always-valid test. */
export function experimentReport(arms: readonly ArmDef[], rows: readonly AssignedEnrollment[], o: ReportOptions): { arms: ArmResult[]; comparisons: Comparison[] } {
  const byArm = new Map<string, AssignedEnrollment[]>(arms.map((a) => [a.arm, []]));
  for (const r of rows) byArm.get(r.arm)?.push(r);
  const results = arms.map((a) => armResult(a, byArm.get(a.arm)!, o));
  const [reference, ...others] = arms;
  const comparisons = reference ? others.map((a) => compare(o.primaryMetric, a, reference, byArm.get(a.arm)!, byArm.get(reference.arm)!, o.alpha ?? 0.05)) : [];
  return { arms: results, comparisons };
}
