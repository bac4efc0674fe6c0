// THE analytics promise: a generated portfolio run through the real worker on the time-skipping
// server, with payments, promises and disputes arriving mid-cadence, gives dashboard KPIs and arm
// results equal to those recomputed here independently from the raw rows the product keeps for
// itself (enrollment timelines, compliance decisions, contact attempts, account events) — never
// from analytics_events.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AccountEvent, AccountSnapshot, CadenceGraph } from '@kairos/cadence';
import { generatePortfolio } from '@kairos/cadence/simulation';
import { starterCadences } from '@kairos/cadence/starter-cadences';
import {
  dashboardFromRollup,
  experimentReport,
  promiseDeadline,
  type ArmDef,
  type AssignedEnrollment,
} from '@kairos/analytics/kpi';
import {
  accountEvents,
  contactAttempts,
  contactDecisions,
  dashboardCohort,
  dashboardRollup,
  enrollmentTimeline,
  enrollments,
  experimentEnrollments,
  getTimeline,
  storeAccountEvent,
  toAccountEvent,
  updateAccountCompliance,
  upsertAccount,
} from '@kairos/db';
import { describeEachDatabase, projectAnalyticsNow, withDemoCollector } from '@kairos/db/testing';
import { createTimeSkippingEnv } from '@kairos/testkit';
import { accountEventSignal } from '@kairos/workflows';
import { anytimeProfile, enrollAndStart, profilesWithAnytime } from './testing/cadence-fixture';
import { bundleCadenceWorkflows, createCadenceWorker } from './worker';

let env: TestWorkflowEnvironment;
let workflowBundle: WorkflowBundleWithSourceMap;
beforeAll(async () => {
  [env, workflowBundle] = await Promise.all([createTimeSkippingEnv(), bundleCadenceWorkflows()]);
}, 120_000);
afterAll(async () => env?.teardown());

const DAY = 86_400_000;
const EXPERIMENT = 'early-tone';
const UNIT_COST: Record<string, number> = { sms: 2, email: 1, voice: 7, whatsapp: 3, push: 0, letter: 90 };
const ARMS: ArmDef[] = [
  { arm: 'variant:A', key: 'A', label: 'Starter', weight: 50, control: false },
  { arm: 'variant:B', key: 'B', label: 'One text', weight: 50, control: false },
];

/** Early collections with an A/B split after Entry: A is the starter's journey, B one text and a wait. */
function splitCadence(): CadenceGraph {
  const starter = starterCadences().find((s) => s.id === 'early-collections')!.graph;
  const first = starter.edges.find((e) => e.source === 'start')!;
  return {
    nodes: [
      ...starter.nodes,
      { id: 'split', type: 'ab-split', position: { x: 0, y: 0 }, data: { config: { experimentId: EXPERIMENT, arms: ARMS.map((a) => ({ key: a.key, label: a.label, weight: a.weight })) } } },
      { id: 'b-sms', type: 'send-message', position: { x: 0, y: 0 }, data: { config: { channel: 'sms', body: 'Please pay {{ account.amountDue }}. Reply STOP to opt out.' } } },
      { id: 'b-wait', type: 'wait', position: { x: 0, y: 0 }, data: { config: { mode: 'duration', duration: { days: 10, hours: 0, minutes: 0 } } } },
      { id: 'b-end', type: 'exit', position: { x: 0, y: 0 }, data: { config: { reason: 'exhausted' } } },
    ],
    edges: [
      ...starter.edges.filter((e) => e !== first),
      { id: 'start-split', source: 'start', sourceHandle: 'next', target: 'split' },
      { id: 'split-a', source: 'split', sourceHandle: 'variant:A', target: first.target },
      { id: 'split-b', source: 'split', sourceHandle: 'variant:B', target: 'b-sms' },
      { id: 'b-1', source: 'b-sms', sourceHandle: 'next', target: 'b-wait' },
      { id: 'b-2', source: 'b-wait', sourceHandle: 'next', target: 'b-end' },
    ],
  };
}

/** What happens to account i once its cadence waits the first time (at virtual time `now`). */
function script(i: number, account: AccountSnapshot, now: number): AccountEvent[] {
  const at = (days: number) => new Date(now + days * DAY).toISOString();
  const id = (what: string) => `${account.id}-${what}`;
  switch (i % 5) {
    case 0:
      return [{ type: 'payment', eventId: id('pay'), occurredAt: at(0), amountCents: account.balanceCents }];
    case 1: {
      const half = Math.floor(account.balanceCents / 2);
      return [
        { type: 'promise', eventId: id('promise'), occurredAt: at(0), amountCents: half, promisedDate: at(2).slice(0, 10) },
        { type: 'payment', eventId: id('pay'), occurredAt: at(1), amountCents: half },
      ];
    }
    case 2:
      return [{ type: 'promise', eventId: id('promise'), occurredAt: at(0), amountCents: 5_000, promisedDate: at(1).slice(0, 10) }];
    case 3:
      return [{ type: 'dispute', eventId: id('dispute'), occurredAt: at(0), reason: 'not mine' }];
    default:
      // A quarter, three days on: paid (for time to recovery) but not cleared.
      return [{ type: 'payment', eventId: id('part'), occurredAt: at(3), amountCents: Math.floor(account.balanceCents / 4) }];
  }
}

describeEachDatabase('analytics of a portfolio run on Temporal', (db) => {
  // Sends for a portfolio without its collector's identity are refused.
  beforeAll(async () => {
    await withDemoCollector(db());
  });
  it('gives KPIs and arm results equal to those recomputed from the raw rows', { timeout: 600_000 }, async () => {
    const graph = splitCadence();
    const taskQueue = `analytics-${crypto.randomUUID().slice(0, 8)}`;
    const worker = await createCadenceWorker({ connection: env.nativeConnection, taskQueue, db: db(), workflowBundle, profiles: profilesWithAnytime });
    const startBalance = new Map<string, number>();
    await worker.runUntil(async () => {
      const now = await env.currentTimeMs();
      const accounts = generatePortfolio({ size: 16, dueDateSpreadDays: 20, asOf: new Date(now).toISOString() }, 9);
      for (const [i, generated] of accounts.entries()) {
        const account: AccountSnapshot = { ...generated, id: `AN-${generated.id}`, attributes: { ...generated.attributes, tier: i % 2 ? 'tier-2' : 'tier-1' } };
        startBalance.set(account.id, account.balanceCents);
        await upsertAccount(db(), account);
        await updateAccountCompliance(db(), account.id, { profile: anytimeProfile.id });
        const { handle, enrollment } = await enrollAndStart(env, db(), { taskQueue, account, graph });
        const waiting = async () => (await getTimeline(db(), enrollment.id)).some((e) => e.type === 'waiting' || e.type === 'finished');
        for (let tries = 0; !(await waiting()); tries++) {
          if (tries > 400) throw new Error(`${account.id} never waited`);
          await new Promise((r) => setTimeout(r, 25));
        }
        // Stored first, then signalled: as the API's webhooks and routes do.
        for (const event of script(i, account, await env.currentTimeMs())) {
          const { event: row } = await storeAccountEvent(db(), { source: 'test', accountId: account.id, event });
          await handle.signal(accountEventSignal, toAccountEvent(row)).catch(() => undefined);
        }
        await handle.result();
      }
    });
    // The fixture makes one cadence per enrollment (same graph): the report reads each and adds them up.
    const asOf = new Date((await env.currentTimeMs()) + 400 * DAY);
    const range = { from: '2000-01-01', to: asOf.toISOString().slice(0, 10) };

    // ---- Independently, from the raw rows -------------------------------------------------------
    const enrolledRows = await db().select().from(enrollments).where(sql`${enrollments.accountId} like 'AN-%'`);
    const assignedRows = await db().select().from(enrollmentTimeline).where(sql`${enrollmentTimeline.type} = 'assigned'`);
    const decisions = await db().select().from(contactDecisions);
    const attempts = await db().select().from(contactAttempts);
    const events = await db().select().from(accountEvents);
    const expectedRows: AssignedEnrollment[] = [];
    for (const e of enrolledRows) {
      const assigned = assignedRows.find((a) => a.enrollmentId === e.id)!;
      expect(assigned, `${e.accountId} was assigned`).toBeTruthy();
      const after = (t: Date) => t.getTime() >= assigned.at.getTime() && t.getTime() < asOf.getTime();
      const mine = decisions.filter((d) => d.enrollmentId === e.id && after(d.decidedAt));
      const own = events.filter((x) => x.accountId === e.accountId && after(x.occurredAt));
      const payments = own.filter((x) => x.type === 'payment').sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
      const promises = own.filter((x) => x.type === 'promise');
      // Nothing is paid before the split (it follows Entry at once): what was placed is the starting balance.
      const placed = startBalance.get(e.accountId)!;
      const kept = promises.filter((p) => {
        let paid = 0;
        for (const pay of payments) {
          if (pay.occurredAt < p.occurredAt || pay.occurredAt >= promiseDeadline(String(p.payload.promisedDate))) continue;
          paid += Number(pay.payload.amountCents);
          if (paid >= Number(p.payload.amountCents) || pay.payload.balanceAfterCents === 0) return true;
        }
        return false;
      });
      const resolvedUnkept = promises.filter((p) => !kept.includes(p) && promiseDeadline(String(p.payload.promisedDate)).getTime() <= asOf.getTime());
      const allowed = mine.filter((d) => d.decision === 'allow');
      expectedRows.push({
        arm: assigned.outcome!,
        placedMinor: placed,
        attempts: allowed.length,
        suppressed: mine.filter((d) => d.decision === 'block').length,
        rightPartyContacts: 0,
        promises: promises.length,
        promisesKept: kept.length,
        promisesResolved: kept.length + resolvedUnkept.length,
        collectedMinor: payments.reduce((s, p) => s + Number(p.payload.amountCents), 0),
        daysToFirstPayment: payments[0] ? Math.floor((payments[0].occurredAt.getTime() - assigned.at.getTime()) / DAY) : null,
        daysObserved: Math.floor((asOf.getTime() - assigned.at.getTime()) / DAY),
        costMinor: allowed.reduce((s, d) => s + (UNIT_COST[d.channel] ?? 0), 0),
        optOuts: 0,
        complaints: 0,
        disputes: own.filter((x) => x.type === 'dispute').length,
      });
    }

    // ---- From the analytics queries ---------------------------------------------------------------
    // The facts the run committed become events (the API does this on a timer and before each report).
    await projectAnalyticsNow(db());
    const cadenceIds = [...new Set(enrolledRows.map((e) => e.cadenceId))];
    const fromQueries: AssignedEnrollment[] = [];
    for (const id of cadenceIds) {
      const { rows } = await experimentEnrollments(db(), { ...range, cadenceId: id, experimentId: EXPERIMENT, asOf, unitCostMinor: UNIT_COST });
      fromQueries.push(...rows);
    }
    const key = (r: AssignedEnrollment) => JSON.stringify(r);
    expect(fromQueries.map(key).sort()).toEqual(expectedRows.map(key).sort());
    const options = { currency: 'USD', primaryMetric: 'paidShare' as const };
    const report = experimentReport(ARMS, fromQueries, options);
    expect(report).toEqual(experimentReport(ARMS, expectedRows, options));
    // The portfolio really exercised the arms: both have accounts, payers, promises and contacts.
    for (const arm of report.arms) expect(arm.enrolled, arm.arm).toBeGreaterThan(2);
    expect(report.arms.reduce((s, a) => s + a.paidAccounts, 0)).toBeGreaterThan(3);
    expect(report.arms.reduce((s, a) => s + a.promisesKept, 0)).toBeGreaterThan(0);
    expect(report.arms.reduce((s, a) => s + a.guardrails.disputes, 0)).toBeGreaterThan(0);

    // ---- The dashboard, against the same raw rows --------------------------------------------------
    const filter = { ...range, asOf };
    const dashboard = dashboardFromRollup(await dashboardRollup(db(), filter), await dashboardCohort(db(), filter), { ...range, currency: 'USD', unitCostMinor: UNIT_COST });
    const anAttempt = attempts.filter((a) => a.accountId.startsWith('AN-'));
    const allowedAll = decisions.filter((d) => d.accountId.startsWith('AN-') && d.decision === 'allow');
    const paymentsAll = events.filter((e) => e.accountId.startsWith('AN-') && e.type === 'payment');
    const collected = paymentsAll.reduce((s, p) => s + Number(p.payload.amountCents), 0);
    const placedAll = enrolledRows.reduce((s, e) => s + startBalance.get(e.accountId)!, 0);
    const cost = allowedAll.reduce((s, d) => s + (UNIT_COST[d.channel] ?? 0), 0);
    const delivered = anAttempt.filter((a) => a.status === 'delivered').length;
    const promisesAll = events.filter((e) => e.accountId.startsWith('AN-') && e.type === 'promise').length;
    const keptAll = expectedRows.reduce((s, r) => s + r.promisesKept, 0);
    // Time to recovery from the raw rows: whole days from each enrollment's start to its account's first
    // payment, or (unpaid) to the report's end. Every unpaid account is observed longer than any paid one
    // took, so nobody leaves the risk set before the last payment: the Kaplan–Meier median is simply the
    // first day by which half the accounts had paid.
    const days = (ms: number) => Math.floor(ms / DAY);
    const toRecovery = enrolledRows.map((e) => {
      const first = paymentsAll
        .filter((p) => p.accountId === e.accountId && p.occurredAt.getTime() >= e.startedAt.getTime())
        .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())[0];
      return first ? { days: days(first.occurredAt.getTime() - e.startedAt.getTime()), paid: true } : { days: days(asOf.getTime() - e.startedAt.getTime()), paid: false };
    });
    const paidDays = toRecovery.filter((r) => r.paid).map((r) => r.days).sort((a, b) => a - b);
    const unpaidDays = toRecovery.filter((r) => !r.paid).map((r) => r.days);
    expect(Math.min(...unpaidDays)).toBeGreaterThan(Math.max(...paidDays));
    expect(paidDays.length * 2, 'half the accounts paid, so there is a median to check').toBeGreaterThanOrEqual(toRecovery.length);
    const medianDaysToRecovery = paidDays[Math.ceil(toRecovery.length / 2) - 1];
    expect(dashboard.kpis).toEqual({
      accountsEnrolled: enrolledRows.length,
      amountPlacedMinor: placedAll,
      amountCollectedMinor: collected,
      recoveryRate: collected / placedAll,
      promiseKeptRate: keptAll / promisesAll,
      rightPartyContactRate: 0,
      contactRate: delivered / allowedAll.length,
      costMinor: cost,
      costPerCollected: cost / collected,
      medianDaysToRecovery,
    });
    for (const channel of ['sms', 'email', 'letter']) {
      const row = dashboard.byChannel.find((c) => c.channel === channel)!;
      expect(row.attempts, channel).toBe(allowedAll.filter((d) => d.channel === channel).length);
      expect(row.suppressed, channel).toBe(decisions.filter((d) => d.accountId.startsWith('AN-') && d.decision === 'block' && d.channel === channel).length);
    }
    const byTier = Object.fromEntries(dashboard.byTier.map((t) => [t.tier, t.accounts]));
    expect(byTier).toEqual({ 'tier-1': 8, 'tier-2': 8 });
    const cleared = new Set(paymentsAll.filter((p) => p.payload.balanceAfterCents === 0).map((p) => p.accountId));
    expect(dashboard.rollRates.filter((r) => r.to === 'paid').reduce((s, r) => s + r.accounts, 0)).toBe(cleared.size);
  });
});
