// The portfolio dashboard from the daily rollup (flows within the date range) and the enrolled
// cohort (accounts enrolled within it: roll rates, time to recovery). Pure.
import { kaplanMeier, medianTime, type TimeToEvent } from '../stats/kaplan-meier';
import { DPD_BUCKETS } from './dpd-buckets';
import { survivalCurve } from './survival-curve';

export const CHANNELS = ['sms', 'email', 'voice', 'whatsapp', 'push', 'letter'] as const;

/** One rollup cell: events of one type and outcome, per day, tier and channel ('' = none). */
export interface DailyRollupRow {
  day: string;
  tier: string;
  channel: string;
  type: string;
  outcome: string;
  events: number;
  amountMinor: number;
}

/** Enrollments of the cohort with the same tier, buckets and times (days rounded down). */
export interface CohortRow {
  tier: string;
  fromBucket: string;
  /** The DPD bucket at the end of the range, or `paid` once the balance was cleared. */
  toBucket: string;
  daysToFirstPayment: number | null;
  daysObserved: number;
  accounts: number;
}

export interface DashboardOptions {
  from: string;
  to: string;
  currency: string;
  unitCostMinor: Record<string, number>;
  /** Days the time-to-recovery curve covers (default 90). */
  horizonDays?: number;
}

const rate = (k: number, n: number): number | null => (n > 0 ? k / n : null);

interface Flow {
  placed: number;
  enrolled: number;
  collected: number;
  attempts: number;
  suppressed: number;
  delivered: number;
  rpc: number;
  promises: number;
  kept: number;
  payments: number;
  cost: number;
}
const emptyFlow = (): Flow => ({ placed: 0, enrolled: 0, collected: 0, attempts: 0, suppressed: 0, delivered: 0, rpc: 0, promises: 0, kept: 0, payments: 0, cost: 0 });

function add(f: Flow, r: DailyRollupRow, unitCost: Record<string, number>) {
  if (r.type === 'enrolled') {
    f.enrolled += r.events;
    f.placed += r.amountMinor;
  } else if (r.type === 'payment') {
    f.collected += r.amountMinor;
    f.payments += r.events;
  } else if (r.type === 'payment_failed' && r.outcome === 'returned') f.collected -= r.amountMinor;
  else if (r.type === 'contact' && r.outcome === 'allow') {
    f.attempts += r.events;
    f.cost += r.events * (unitCost[r.channel] ?? 0);
  } else if (r.type === 'contact' && r.outcome === 'block') f.suppressed += r.events;
  else if (r.type === 'delivery' && r.outcome === 'delivered') f.delivered += r.events;
  else if (r.type === 'right_party_contact') f.rpc += r.events;
  else if (r.type === 'promise') f.promises += r.events;
  else if (r.type === 'promise_kept') f.kept += r.events;
}

function flowOf(rows: readonly DailyRollupRow[], unitCost: Record<string, number>): Flow {
  const f = emptyFlow();
  for (const r of rows) add(f, r, unitCost);
  return f;
}

function groupBy<K extends string>(rows: readonly DailyRollupRow[], key: (r: DailyRollupRow) => K): Map<K, DailyRollupRow[]> {
  const m = new Map<K, DailyRollupRow[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

function recoveryCurve(cohort: readonly CohortRow[]) {
  const observations: TimeToEvent[] = [];
  for (const c of cohort) {
    const o = c.daysToFirstPayment !== null ? { days: c.daysToFirstPayment, event: true } : { days: c.daysObserved, event: false };
    for (let i = 0; i < c.accounts; i++) observations.push(o);
  }
  return kaplanMeier(observations);
}

export function dashboardFromRollup(rollup: readonly DailyRollupRow[], cohort: readonly CohortRow[], o: DashboardOptions) {
  const all = flowOf(rollup, o.unitCostMinor);
  const km = recoveryCurve(cohort);
  const byChannel = CHANNELS.map((channel) => {
    const f = flowOf(rollup.filter((r) => r.channel === channel), o.unitCostMinor);
    return {
      channel,
      attempts: f.attempts,
      delivered: f.delivered,
      suppressed: f.suppressed,
      rightPartyContacts: f.rpc,
      contactRate: rate(f.delivered, f.attempts),
      rightPartyContactRate: rate(f.rpc, f.attempts),
      costMinor: f.cost,
      // Collections are not attributed to a channel: a channel's cost is weighed against all collected.
      costPerCollected: rate(f.cost, all.collected),
    };
  });
  const byTier = [...groupBy(rollup, (r) => r.tier).entries()]
    .map(([tier, rows]) => {
      const f = flowOf(rows, o.unitCostMinor);
      return { tier, accounts: f.enrolled, recoveryRate: rate(f.collected, f.placed), promiseKeptRate: rate(f.kept, f.promises) };
    })
    .sort((a, b) => a.tier.localeCompare(b.tier));
  const fromTotals = new Map<string, number>();
  const cells = new Map<string, number>();
  for (const c of cohort) {
    fromTotals.set(c.fromBucket, (fromTotals.get(c.fromBucket) ?? 0) + c.accounts);
    const key = `${c.fromBucket}\u0000${c.toBucket}`;
    cells.set(key, (cells.get(key) ?? 0) + c.accounts);
  }
  const order = [...DPD_BUCKETS, 'paid'] as string[];
  const rollRates = [...cells.entries()]
    .map(([key, accounts]) => {
      const [from, to] = key.split('\u0000') as [string, string];
      return { from, to, accounts, rate: accounts / fromTotals.get(from)! };
    })
    .sort((a, b) => order.indexOf(a.from) - order.indexOf(b.from) || order.indexOf(a.to) - order.indexOf(b.to));
  const daily = [...groupBy(rollup, (r) => r.day).entries()]
    .map(([date, rows]) => {
      const f = flowOf(rows, o.unitCostMinor);
      return { date, collectedMinor: f.collected, contacts: f.attempts, promises: f.promises, payments: f.payments };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
  return {
    range: { from: o.from, to: o.to },
    currency: o.currency,
    kpis: {
      accountsEnrolled: all.enrolled,
      amountPlacedMinor: all.placed,
      amountCollectedMinor: all.collected,
      recoveryRate: rate(all.collected, all.placed),
      promiseKeptRate: rate(all.kept, all.promises),
      rightPartyContactRate: rate(all.rpc, all.attempts),
      contactRate: rate(all.delivered, all.attempts),
      costMinor: all.cost,
      costPerCollected: rate(all.cost, all.collected),
      medianDaysToRecovery: medianTime(km),
    },
    byChannel,
    byTier,
    rollRates,
    daily,
    timeToRecovery: survivalCurve(km, o.horizonDays ?? 90).map((p) => ({ day: p.day, recoveredShare: p.paidShare })),
  };
}

export type Dashboard = ReturnType<typeof dashboardFromRollup>;
