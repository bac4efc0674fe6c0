import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { TimelineEntry } from '@kairos/cadence';
import { daysPastDue, dpdBucket } from '@kairos/analytics/kpi';
import { upsertAccount } from '../accounts/accounts';
import { storeAccountEvent } from '../accounts/account-events';
import { dashboardCohort, dashboardRollup } from './dashboard-query';
import { experimentEnrollments } from './experiment-query';
import { rowsOf } from './sql';
import { decideAndBeginContact, type LedgerDecision } from '../contacts/contact-ledger';
import { createCadence } from '../cadences/cadences';
import { createEnrollment, getEnrollment, recordProgress } from '../enrollments/enrollments';
import { account, compiled, tinyGraph } from '../fixtures.test-support';
import { applyChannelOptOut } from '../accounts/opt-outs';
import { projectAnalytics } from './projection';
import { analyticsEvents } from '../schema';
import { describeEachDatabase } from '../testing';
import { publishVersion } from '../cadences/versions';

describeEachDatabase('analytics events', (db) => {
  const workflowIdFor = (id: string) => `enrollment-${id}`;
  const at = (day: number, hour = 12) => `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;
  const allow: LedgerDecision = { decision: 'allow', rule: 'kairos.allowed', reasons: [], profile: 'test' };
  const block: LedgerDecision = { decision: 'block', rule: 'reg-f.cease', reasons: ['ceased'], profile: 'test' };

  async function enrolled(accountId: string, balanceCents = 10_000) {
    await upsertAccount(db(), account(accountId, { balanceCents, attributes: { tier: 'early' } }));
    const c = await createCadence(db(), { name: `Cadence ${accountId}`, graph: tinyGraph() });
    const { version } = await publishVersion(db(), { cadenceId: c.id, graph: tinyGraph(), ir: compiled(tinyGraph()), publishedBy: 'x' });
    const { enrollment } = await createEnrollment(db(), { accountId, cadenceId: c.id, cadenceVersionId: version.id, workflowIdFor });
    return { enrollment, cadenceId: c.id, versionId: version.id };
  }
  const contact = (accountId: string, enrollmentId: string, key: string, decision: LedgerDecision) =>
    decideAndBeginContact(db(), {
      idempotencyKey: key,
      enrollmentId,
      accountId,
      stepId: 'sms',
      channel: 'sms',
      provider: 'sandbox',
      recipient: '+15555550123',
      body: 'hi',
      at: () => new Date(at(3)),
      historyDays: 14,
      decide: () => decision,
    });
  const eventsOf = async (accountId: string) => (await projectAnalytics(db()), rowsOf<{ type: string; outcome: string | null; arm: string | null; experiment_id: string | null; amount_minor: string | number | null; node_id: string | null }>(
    db(),
    sql`select type, outcome, arm, experiment_id, amount_minor, node_id from analytics_events where account_id = ${accountId} order by id`,
  ));

  it('writes every fact once, with the arm assigned at the split on every later event of the enrollment', async () => {
    const { enrollment } = await enrolled('AN-1', 10_000);
    const entries: TimelineEntry[] = [
      { seq: 0, at: at(2), type: 'entered', stepId: 'start' },
      { seq: 1, at: at(2), type: 'left', stepId: 'start', outcome: 'next' },
      { seq: 2, at: at(2), type: 'entered', stepId: 'split' },
      { seq: 3, at: at(2), type: 'assigned', stepId: 'split', outcome: 'variant:B', detail: { experimentId: 'exp-1', bucket: 7000, control: false } },
      { seq: 4, at: at(2), type: 'left', stepId: 'split', outcome: 'variant:B' },
      { seq: 5, at: at(2), type: 'waiting', stepId: 'sms' },
    ];
    const batch = { enrollmentId: enrollment.id, entries, status: 'active' as const, currentStepId: 'sms', exitReason: null };
    await recordProgress(db(), batch);
    await recordProgress(db(), batch); // a retried activity
    expect(await getEnrollment(db(), enrollment.id)).toMatchObject({ experiments: { 'exp-1': 'variant:B' }, experimentId: 'exp-1', arm: 'variant:B', tier: 'early' });
    await contact('AN-1', enrollment.id, 'k-1', allow);
    await contact('AN-1', enrollment.id, 'k-2', block);
    await storeAccountEvent(db(), { source: 'api', accountId: 'AN-1', event: { type: 'promise', eventId: 'p-1', occurredAt: at(3), amountCents: 4_000, promisedDate: '2026-11-05' } });
    const payment = { type: 'payment' as const, eventId: 'pay-1', occurredAt: at(6), amountCents: 4_000 };
    await storeAccountEvent(db(), { source: 'api', accountId: 'AN-1', event: payment });
    await storeAccountEvent(db(), { source: 'api', accountId: 'AN-1', event: payment }); // a redelivered webhook

    const rows = await eventsOf('AN-1');
    expect(rows.map((r) => [r.type, r.outcome, r.arm])).toEqual([
      ['enrolled', null, null],
      ['entered', null, null],
      ['left', 'next', null],
      ['entered', null, null],
      ['assigned', 'variant:B', 'variant:B'],
      ['left', 'variant:B', 'variant:B'],
      ['contact', 'allow', 'variant:B'],
      ['contact', 'block', 'variant:B'],
      ['promise', null, 'variant:B'],
      ['payment', 'partial', 'variant:B'],
      ['promise_kept', null, 'variant:B'],
    ]);
    expect(Number(rows[0]!.amount_minor)).toBe(10_000);
  });

  it('keeps the daily rollup equal to the events it sums', async () => {
    const { enrollment } = await enrolled('AN-2');
    await contact('AN-2', enrollment.id, 'k-3', allow);
    await applyChannelOptOut(db(), { contact: { phone: '+15555550123' }, channel: 'sms', optIn: false, source: 'provider:test', detail: { keyword: 'complaint' } });
    await projectAnalytics(db());
    const fromEvents = await rowsOf<{ type: string; outcome: string; n: number; amount: number }>(
      db(),
      sql`select type, coalesce(outcome, '') as outcome, count(*)::int as n, coalesce(sum(amount_minor), 0)::float8 as amount from analytics_events group by 1, 2 order by 1, 2`,
    );
    const fromRollup = await rowsOf<{ type: string; outcome: string; n: number; amount: number }>(
      db(),
      sql`select type, outcome, sum(events)::int as n, sum(amount_minor)::float8 as amount from analytics_daily group by 1, 2 order by 1, 2`,
    );
    expect(fromRollup).toEqual(fromEvents);
    expect(fromEvents.find((r) => r.type === 'complaint')).toBeTruthy();
  });

  it('refuses to change or delete an event', async () => {
    const refusal = (e: unknown) => /append-only/.test(String((e as { cause?: unknown }).cause ?? e));
    await expect(db().update(analyticsEvents).set({ outcome: 'forged' })).rejects.toSatisfy(refusal);
    await expect(db().delete(analyticsEvents)).rejects.toSatisfy(refusal);
  });

  it('reports an arm from its enrollments and a cohort from its enrollment dates', async () => {
    const asOf = new Date(at(30));
    const range = { from: '2026-11-01', to: '2026-11-30' };
    const cadenceId = (await rowsOf<{ cadence_id: string }>(db(), sql`select cadence_id from analytics_events where account_id = 'AN-1' limit 1`))[0]!.cadence_id;
    const { rows } = await experimentEnrollments(db(), { ...range, cadenceId, experimentId: 'exp-1', asOf, unitCostMinor: { sms: 3 } });
    expect(rows).toEqual([
      {
        arm: 'variant:B',
        placedMinor: 10_000,
        attempts: 1,
        suppressed: 1,
        rightPartyContacts: 0,
        promises: 1,
        promisesKept: 1,
        promisesResolved: 1,
        collectedMinor: 4_000,
        daysToFirstPayment: 4,
        daysObserved: 28,
        costMinor: 3,
        optOuts: 0,
        complaints: 0,
        disputes: 0,
      },
    ]);
    const rollup = await dashboardRollup(db(), { ...range, asOf, cadenceId });
    expect(rollup.find((r) => r.type === 'payment')).toMatchObject({ events: 1, amountMinor: 4_000, tier: 'early' });
    // Enrolled today (the database's clock), after the backdated payment: the cohort has not paid since.
    const now = new Date();
    const cohort = await dashboardCohort(db(), { from: '2026-11-01', to: now.toISOString().slice(0, 10), asOf: now, cadenceId });
    expect(cohort).toEqual([{ tier: 'early', fromBucket: dpdBucket(daysPastDue('2026-11-01', now)), toBucket: dpdBucket(daysPastDue('2026-11-01', now)), daysToFirstPayment: null, daysObserved: 0, accounts: 1 }]);
  });
});
