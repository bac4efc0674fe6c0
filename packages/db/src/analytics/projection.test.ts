import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEnrollment, type TimelineEntry } from '@kairos/cadence';
import { starterCadences } from '@kairos/cadence/starter-cadences';
import { storeAccountEvent } from '../accounts/account-events';
import { upsertAccount } from '../accounts/accounts';
import { analyticsFreshness } from './freshness';
import { projectAnalytics } from './projection';
import { rowsOf } from './sql';
import { createCadence } from '../cadences/cadences';
import type { KairosDb } from '../database/connection';
import { beginContactAttempt, markContactSent } from '../contacts/contacts';
import { recordDeliveryReceipt } from '../contacts/delivery-receipts';
import { createTriggeredEnrollment } from '../enrollments/auto-enrollments';
import { createEnrollment, getEnrollment, recordProgress } from '../enrollments/enrollments';
import { account, compiled, tinyGraph } from '../fixtures.test-support';
import { describeEachDatabase, openTestDatabase, projectAnalyticsNow } from '../testing';
import { publishVersion } from '../cadences/versions';

const workflowIdFor = (id: string) => `enrollment-${id}`;
const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T12:00:00.000Z`;

async function publishedCadence(db: KairosDb, name: string) {
  const c = await createCadence(db, { name, graph: tinyGraph() });
  const { version } = await publishVersion(db, { cadenceId: c.id, graph: tinyGraph(), ir: compiled(tinyGraph()), publishedBy: 'x' });
  return { cadenceId: c.id, versionId: version.id };
}

/** The four-tier starter as shipped: its entry enrolls by rule, and a tier-split follows at once. */
async function fourTierCadence(db: KairosDb, name: string) {
  const graph = starterCadences().find((s) => s.id === 'four-tier-collections')!.graph;
  const c = await createCadence(db, { name, graph });
  const ir = compiled(graph);
  const { version } = await publishVersion(db, { cadenceId: c.id, graph, ir, publishedBy: 'x' });
  return { cadenceId: c.id, versionId: version.id, ir };
}

/** What a tier's rollup cells and cohort hold: accounts enrolled and amount placed per tier, cohort rows per tier. */
const tiersOf = async (db: KairosDb, versionId: string) => ({
  rollup: await rowsOf<{ tier: string; events: number; amount: number }>(
    db,
    sql`select tier, sum(events)::int as events, sum(amount_minor)::int as amount from analytics_daily
        where version_id = ${versionId} and type = 'enrolled' group by tier order by tier`,
  ),
  cohort: await rowsOf<{ tier: string; accounts: number }>(
    db,
    sql`select tier, count(*)::int as accounts from analytics_enrollments where version_id = ${versionId} group by tier order by tier`,
  ),
  // Every event of these enrollments, per tier: nothing stays behind under the tier they had before the split.
  cells: await rowsOf<{ tier: string }>(db, sql`select distinct tier from analytics_daily where version_id = ${versionId} order by tier`),
});

const eventsOf = (db: KairosDb, accountId: string) =>
  rowsOf<{ type: string; outcome: string | null; enrollment_id: string | null; amount_minor: string | number | null; arm: string | null }>(
    db,
    sql`select type, outcome, enrollment_id, amount_minor, arm from analytics_events where account_id = ${accountId} order by id`,
  );

describeEachDatabase('analytics projection', (db) => {
  it('makes no analytics event in the transaction of the fact, and each event once however often it runs', async () => {
    await upsertAccount(db(), account('PR-1'));
    const { cadenceId, versionId } = await publishedCadence(db(), 'Projection 1');
    await createEnrollment(db(), { accountId: 'PR-1', cadenceId, cadenceVersionId: versionId, workflowIdFor });
    expect(await eventsOf(db(), 'PR-1')).toEqual([]);
    await projectAnalytics(db());
    await projectAnalytics(db());
    expect((await eventsOf(db(), 'PR-1')).map((e) => e.type)).toEqual(['enrolled']);
  });

  it('counts what was placed when the account was enrolled, though a payment lowered the balance before the projection ran', async () => {
    await upsertAccount(db(), account('PR-2', { balanceCents: 50_000 }));
    const { cadenceId, versionId } = await publishedCadence(db(), 'Projection 2');
    const { enrollment } = await createEnrollment(db(), { accountId: 'PR-2', cadenceId, cadenceVersionId: versionId, workflowIdFor });
    await storeAccountEvent(db(), { source: 'api', accountId: 'PR-2', event: { type: 'payment', eventId: 'pr-2-pay', occurredAt: new Date().toISOString(), amountCents: 50_000 } });
    await projectAnalytics(db());
    const events = await eventsOf(db(), 'PR-2');
    expect(events.map((e) => [e.type, e.outcome, Number(e.amount_minor), e.enrollment_id])).toEqual([
      ['enrolled', null, 50_000, enrollment.id],
      ['payment', 'full', 50_000, enrollment.id],
    ]);
    const [cohort] = await rowsOf<{ placed_minor: string | number; cleared: boolean }>(
      db(),
      sql`select placed_minor, cleared_at is not null as cleared from analytics_enrollments where enrollment_id = ${enrollment.id}`,
    );
    expect({ placed: Number(cohort!.placed_minor), cleared: cohort!.cleared }).toEqual({ placed: 50_000, cleared: true });
  });

  it('gives an account event to the enrollment active when it was stored, not to one that started before the projection ran', async () => {
    await upsertAccount(db(), account('PR-3'));
    const first = await publishedCadence(db(), 'Projection 3a');
    const second = await publishedCadence(db(), 'Projection 3b');
    const { enrollment: earlier } = await createEnrollment(db(), { accountId: 'PR-3', cadenceId: first.cadenceId, cadenceVersionId: first.versionId, workflowIdFor });
    await storeAccountEvent(db(), { source: 'api', accountId: 'PR-3', event: { type: 'promise', eventId: 'pr-3-promise', occurredAt: at(20), amountCents: 1_000, promisedDate: '2026-11-25' } });
    await recordProgress(db(), { enrollmentId: earlier.id, entries: [], status: 'finished', currentStepId: null, exitReason: 'completed' });
    const { enrollment: later } = await createEnrollment(db(), { accountId: 'PR-3', cadenceId: second.cadenceId, cadenceVersionId: second.versionId, workflowIdFor });
    await projectAnalytics(db());
    const promise = (await eventsOf(db(), 'PR-3')).find((e) => e.type === 'promise');
    expect(promise?.enrollment_id).toBe(earlier.id);
    expect(promise?.enrollment_id).not.toBe(later.id);
  });

  it('carries the arm on timeline entries recorded after an assignment projected in an earlier run', async () => {
    await upsertAccount(db(), account('PR-4'));
    const { cadenceId, versionId } = await publishedCadence(db(), 'Projection 4');
    const { enrollment } = await createEnrollment(db(), { accountId: 'PR-4', cadenceId, cadenceVersionId: versionId, workflowIdFor });
    const entry = (seq: number, type: TimelineEntry['type'], stepId: string, extra: Partial<TimelineEntry> = {}): TimelineEntry => ({ seq, at: at(2), type, stepId, ...extra });
    await recordProgress(db(), {
      enrollmentId: enrollment.id,
      entries: [entry(0, 'entered', 'split'), entry(1, 'assigned', 'split', { outcome: 'variant:A', detail: { experimentId: 'exp-pr', bucket: 10, control: false } })],
      status: 'active',
      currentStepId: 'split',
      exitReason: null,
    });
    await projectAnalytics(db());
    await recordProgress(db(), { enrollmentId: enrollment.id, entries: [entry(2, 'left', 'split', { outcome: 'variant:A' })], status: 'active', currentStepId: 'sms', exitReason: null });
    await projectAnalytics(db());
    const events = await eventsOf(db(), 'PR-4');
    expect(events.map((e) => [e.type, e.arm])).toEqual([
      ['enrolled', null],
      ['entered', null],
      ['assigned', 'variant:A'],
      ['left', 'variant:A'],
    ]);
    // The arm's amount placed is the balance when the split assigned it.
    expect(Number(events.find((e) => e.type === 'assigned')!.amount_minor)).toBe(10_000);
  });

  it('makes a delivery event for each status a receipt moved forward, none for a late one that did not', async () => {
    await upsertAccount(db(), account('PR-5'));
    const { attempt } = await beginContactAttempt(db(), {
      idempotencyKey: 'pr-5:sms', enrollmentId: null, accountId: 'PR-5', stepId: 'sms', channel: 'sms', provider: 'twilio', recipient: '+15555550123', body: 'hi',
    });
    await markContactSent(db(), attempt.id, { providerMessageId: 'SM-PR5', status: 'queued' });
    const receipt = (status: 'sent' | 'delivered') => ({ portfolioId: 'default', provider: 'twilio', receiptKey: `SM-PR5:${status}`, providerMessageId: 'SM-PR5', status, providerStatus: status, payload: {} });
    await recordDeliveryReceipt(db(), receipt('delivered'));
    await recordDeliveryReceipt(db(), receipt('sent'));
    await projectAnalytics(db());
    expect((await eventsOf(db(), 'PR-5')).map((e) => [e.type, e.outcome])).toEqual([['delivery', 'delivered']]);
  });

  it("makes delivery events of an attempt only from its own portfolio's receipts, though another portfolio reported the same message", async () => {
    await upsertAccount(db(), account('PR-8', { portfolioId: 'loans' }));
    await upsertAccount(db(), account('PR-9', { portfolioId: 'cards' }));
    const begin = (accountId: string, key: string) =>
      beginContactAttempt(db(), { idempotencyKey: key, enrollmentId: null, accountId, stepId: 'sms', channel: 'sms', provider: 'twilio', recipient: '+15555550123', body: 'hi' });
    const { attempt: loans } = await begin('PR-8', 'pr-8:sms');
    await markContactSent(db(), loans.id, { providerMessageId: 'SM-PR8', status: 'queued' });
    // Portfolio cards names loans' message, and links the same message id onto an attempt of its own by its key.
    await begin('PR-9', 'pr-9:sms');
    const receipt = (portfolioId: string, status: 'sent' | 'delivered', idempotencyKey?: string) => ({
      portfolioId, provider: 'twilio', receiptKey: `SM-PR8:${status}`, providerMessageId: 'SM-PR8', status, providerStatus: status, payload: {}, ...(idempotencyKey ? { idempotencyKey } : {}),
    });
    await recordDeliveryReceipt(db(), receipt('cards', 'delivered', 'pr-9:sms'));
    await recordDeliveryReceipt(db(), receipt('loans', 'sent'));
    await projectAnalytics(db());
    expect((await eventsOf(db(), 'PR-8')).map((e) => [e.type, e.outcome])).toEqual([['delivery', 'sent']]);
    expect((await eventsOf(db(), 'PR-9')).map((e) => [e.type, e.outcome])).toEqual([['delivery', 'delivered']]);
  });

  it('projects an enrollment an entry rule made, with the balance, currency and due date placed, as an enrollment by API', async () => {
    await upsertAccount(db(), account('PR-RULE', { balanceCents: 42_000, currency: 'EUR', dueDate: '2026-12-04', attributes: { tier: 'early' } }));
    await upsertAccount(db(), account('PR-API', { balanceCents: 42_000, currency: 'EUR', dueDate: '2026-12-04', attributes: { tier: 'early' } }));
    const { cadenceId, versionId } = await fourTierCadence(db(), 'Projection rule');
    const byRule = await createTriggeredEnrollment(db(), { accountId: 'PR-RULE', cadenceId, cadenceVersionId: versionId, triggerCycle: 'due:2026-12-04', workflowIdFor });
    const { enrollment: byApi } = await createEnrollment(db(), { accountId: 'PR-API', cadenceId, cadenceVersionId: versionId, workflowIdFor });
    const placed = (e: typeof byApi | null) => e && { placedCents: e.placedCents, placedCurrency: e.placedCurrency, placedDueDate: e.placedDueDate, tier: e.tier };
    expect(placed(await getEnrollment(db(), byRule!.id))).toEqual({ placedCents: 42_000, placedCurrency: 'EUR', placedDueDate: '2026-12-04', tier: 'early' });
    expect(placed(await getEnrollment(db(), byRule!.id))).toEqual(placed(byApi));
    await projectAnalyticsNow(db());
    expect((await eventsOf(db(), 'PR-RULE')).map((e) => [e.type, Number(e.amount_minor), e.enrollment_id])).toEqual([['enrolled', 42_000, byRule!.id]]);
    const [cohort] = await rowsOf<{ due_date: string; placed_minor: string | number }>(
      db(),
      sql`select due_date::text, placed_minor from analytics_enrollments where enrollment_id = ${byRule!.id}`,
    );
    expect({ dueDate: cohort?.due_date, placed: Number(cohort?.placed_minor) }).toEqual({ dueDate: '2026-12-04', placed: 42_000 });
  });

  it("reports an enrollment under the tier its cadence's tier-split chose, whether or not the enrollment was projected before the split", async () => {
    const { cadenceId, versionId, ir } = await fourTierCadence(db(), 'Projection tiers');
    // Tier 2 of the starter: at most one late payment in a year. The account says 'early' itself.
    const holder = (id: string) => account(id, { attributes: { tier: 'early', latePayments12m: 0 } });
    const split = async (accountId: string, enrollmentId: string) => {
      const started = startEnrollment(ir, { enrollmentId, account: holder(accountId), at: at(2) });
      const entries = started.commands.flatMap((c) => (c.type === 'log' ? [c.entry] : []));
      expect(entries.find((e) => e.stepId === 'tiers' && e.type === 'left')?.outcome).toBe('tier-2');
      await recordProgress(db(), { enrollmentId, entries, status: 'active', currentStepId: started.state.stepId, exitReason: null });
    };
    // One enrollment is projected before its workflow records the split, the other after.
    await upsertAccount(db(), holder('PR-T1'));
    const { enrollment: early } = await createEnrollment(db(), { accountId: 'PR-T1', cadenceId, cadenceVersionId: versionId, workflowIdFor });
    await storeAccountEvent(db(), { source: 'api', accountId: 'PR-T1', event: { type: 'promise', eventId: 'pr-t1-promise', occurredAt: at(2), amountCents: 1_000, promisedDate: '2026-11-05' } });
    await projectAnalyticsNow(db());
    await split('PR-T1', early.id);
    await upsertAccount(db(), holder('PR-T2'));
    const { enrollment: late } = await createEnrollment(db(), { accountId: 'PR-T2', cadenceId, cadenceVersionId: versionId, workflowIdFor });
    await split('PR-T2', late.id);
    await projectAnalyticsNow(db());
    await storeAccountEvent(db(), { source: 'api', accountId: 'PR-T1', event: { type: 'payment', eventId: 'pr-t1-pay', occurredAt: at(3), amountCents: 4_000 } });
    await projectAnalyticsNow(db());
    expect(await tiersOf(db(), versionId)).toEqual({
      rollup: [{ tier: 'tier-2', events: 2, amount: 20_000 }],
      cohort: [{ tier: 'tier-2', accounts: 2 }],
      cells: [{ tier: 'tier-2' }],
    });
  });

  it('writes its events and moves its mark together: a run that is rolled back leaves the facts to the next', async () => {
    await upsertAccount(db(), account('PR-6'));
    const { cadenceId, versionId } = await publishedCadence(db(), 'Projection 6');
    await createEnrollment(db(), { accountId: 'PR-6', cadenceId, cadenceVersionId: versionId, workflowIdFor });
    const crash = new Error('the process died mid-run');
    await expect(
      db().transaction(async (tx) => {
        await projectAnalytics(tx as unknown as KairosDb);
        throw crash;
      }),
    ).rejects.toBe(crash);
    expect(await eventsOf(db(), 'PR-6')).toEqual([]);
    await projectAnalytics(db());
    expect((await eventsOf(db(), 'PR-6')).map((e) => e.type)).toEqual(['enrolled']);
  });
});

// Two connections at once: only a server has them (PGlite is one connection).
describe('analytics projection on a PostgreSQL server', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    database = await openTestDatabase('postgres');
  });
  afterAll(async () => {
    await database.dispose();
  });

  it('does not pass a fact whose transaction is still open: a later run projects it once it commits', async () => {
    const db = database.db;
    await upsertAccount(db, account('PR-OPEN'));
    const { cadenceId, versionId } = await publishedCadence(db, 'Projection open');
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const beforeSlow = new Date();
    let enrolledInside!: () => void;
    const inside = new Promise<void>((resolve) => (enrolledInside = resolve));
    // A slow transaction: the enrollment is written, not yet committed, while other work goes on.
    const slow = db.transaction(async (tx) => {
      await createEnrollment(tx as unknown as KairosDb, { accountId: 'PR-OPEN', cadenceId, cadenceVersionId: versionId, workflowIdFor });
      enrolledInside();
      await held;
    });
    await inside;
    // A fact committed after it started, by a younger transaction.
    await upsertAccount(db, account('PR-AFTER'));
    await createEnrollment(db, { accountId: 'PR-AFTER', cadenceId, cadenceVersionId: versionId, workflowIdFor });
    await projectAnalytics(db);
    expect(await eventsOf(db, 'PR-OPEN')).toEqual([]);
    expect(await eventsOf(db, 'PR-AFTER')).toEqual([]); // held back behind the open one, not skipped
    // Reports say so: they are not complete past the instant the open transaction began.
    const heldBack = (await analyticsFreshness(db)).projectedThrough;
    expect(heldBack === null || heldBack.getTime() <= beforeSlow.getTime()).toBe(true);
    release();
    await slow;
    // Transactions of other databases on the server hold the horizon too: a later run may be needed.
    await projectAnalyticsNow(db);
    expect((await eventsOf(db, 'PR-OPEN')).map((e) => e.type)).toEqual(['enrolled']);
    expect((await eventsOf(db, 'PR-AFTER')).map((e) => e.type)).toEqual(['enrolled']);
  });
});
