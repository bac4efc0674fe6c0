// The analytics projection: the facts an enrollment writes on its hot path (the enrollment, its timeline,
// contact decisions, delivery receipts, account events) become analytics events here, in batches, after
// they commit — so the fact's own transaction carries no analytics work at all. Each fact row records
// the transaction that wrote it; a run reads the facts of the transactions that have all finished
// (below the snapshot's xmin) from where the last run stopped, appends their events with the rollups,
// and moves its mark in the same transaction: a crash repeats nothing and skips nothing.
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { KairosDb } from './connection';
import { toAccountEvent } from './account-events';
import { accountEventAnalytics, contactDecisionEvent, deliveryEvents, enrolledEvent, promiseKeptEvents, timelineAnalytics } from './analytics-facts';
import { analyticsWritesOff, appendAnalyticsBatches, attributionOfEnrollment, type AnalyticsBatch } from './analytics-log';
import { rowsOf } from './analytics-sql';
import { accountEvents, analyticsProjection, contactAttempts, contactDecisions, deliveryReceipts, enrollmentTimeline, enrollments } from './schema';
import type { TimelineEntry } from '@kairos/cadence';

const PROJECTION = 'events';
/** Transactions read per run at most: bounds one run's memory after a long pause (the next run goes on). */
const MAX_TRANSACTIONS_PER_RUN = 20_000;
const TIMELINE_TYPES = ['entered', 'left', 'assigned', 'finished'];

type EnrollmentRow = typeof enrollments.$inferSelect;

/** Facts of the transactions in [from, to): `written_by_tx` (or `applied_by_tx`) in the window. */
const inWindow = (column: SQL, w: { from: string; to: string }) => sql`${column} >= ${w.from}::xid8 and ${column} < ${w.to}::xid8`;

async function enrollmentBatches(tx: KairosDb, w: { from: string; to: string }): Promise<AnalyticsBatch[]> {
  const rows = await tx.select().from(enrollments).where(inWindow(sql`${enrollments.writtenByTx}`, w));
  // The enrollment had no arm when it started, whatever the split assigned since.
  return rows.map((e) => ({ who: attributionOfEnrollment({ ...e, experimentId: null, arm: null }, e.placedCurrency), events: [enrolledEvent(e)] }));
}

async function timelineBatches(tx: KairosDb, w: { from: string; to: string }): Promise<AnalyticsBatch[]> {
  const rows = await tx
    .select()
    .from(enrollmentTimeline)
    .where(and(inWindow(sql`${enrollmentTimeline.writtenByTx}`, w), inArray(enrollmentTimeline.type, TIMELINE_TYPES)));
  if (rows.length === 0) return [];
  const ids = [...new Set(rows.map((r) => r.enrollmentId))];
  const owners = new Map((await tx.select().from(enrollments).where(inArray(enrollments.id, ids))).map((e) => [e.id, e]));
  // Entries of this window after an earlier assignment carry its arm: the assignments of these enrollments.
  const assignments = await tx
    .select({ enrollmentId: enrollmentTimeline.enrollmentId, seq: enrollmentTimeline.seq, outcome: enrollmentTimeline.outcome, detail: enrollmentTimeline.detail })
    .from(enrollmentTimeline)
    .where(and(inArray(enrollmentTimeline.enrollmentId, ids), eq(enrollmentTimeline.type, 'assigned')));
  const batches: AnalyticsBatch[] = [];
  for (const id of ids) {
    const owner = owners.get(id);
    if (!owner) continue;
    const entries: TimelineEntry[] = rows
      .filter((r) => r.enrollmentId === id)
      .sort((a, b) => a.seq - b.seq)
      .map((r) => ({ seq: r.seq, at: r.at.toISOString(), type: r.type as TimelineEntry['type'], stepId: r.stepId ?? '', ...(r.outcome ? { outcome: r.outcome } : {}), ...(r.detail ? { detail: r.detail } : {}) }));
    const prior = assignments
      .filter((a) => a.enrollmentId === id && a.seq < entries[0]!.seq && typeof a.detail?.experimentId === 'string' && a.outcome)
      .sort((a, b) => b.seq - a.seq)[0];
    const before: EnrollmentRow = { ...owner, experimentId: prior ? String(prior.detail!.experimentId) : null, arm: prior?.outcome ?? null };
    for (const batch of timelineAnalytics(before, entries)) batches.push({ who: attributionOfEnrollment(batch.enrollment), events: batch.events });
  }
  return batches;
}

async function decisionBatches(tx: KairosDb, w: { from: string; to: string }): Promise<AnalyticsBatch[]> {
  const rows = await tx.select().from(contactDecisions).where(inWindow(sql`${contactDecisions.writtenByTx}`, w));
  return rows.map((d) => ({ who: { accountId: d.accountId, enrollmentId: d.enrollmentId }, events: [contactDecisionEvent(d)] }));
}

async function deliveryBatches(tx: KairosDb, w: { from: string; to: string }): Promise<AnalyticsBatch[]> {
  const rows = await tx
    .select({ receipt: deliveryReceipts, attempt: contactAttempts, appliedAt: sql<string | null>`${deliveryReceipts.appliedAt}::text` })
    .from(deliveryReceipts)
    .innerJoin(contactAttempts, eq(contactAttempts.providerMessageId, deliveryReceipts.providerMessageId))
    .where(and(inWindow(sql`${deliveryReceipts.appliedByTx}`, w), eq(deliveryReceipts.advancedStatus, true)));
  return rows.map(({ receipt, attempt, appliedAt }) => ({
    who: { accountId: attempt.accountId, enrollmentId: attempt.enrollmentId, recordedAt: appliedAt ?? undefined },
    events: deliveryEvents(attempt, receipt, receipt.appliedAt ?? receipt.receivedAt),
  }));
}

async function accountEventBatches(tx: KairosDb, w: { from: string; to: string }): Promise<AnalyticsBatch[]> {
  const stored = await tx
    .select({ row: accountEvents, receivedAt: sql<string>`${accountEvents.receivedAt}::text` })
    .from(accountEvents)
    .where(inWindow(sql`${accountEvents.writtenByTx}`, w));
  const rows = stored.map((s) => s.row);
  const receivedAt = new Map(stored.map((s) => [s.row.id, s.receivedAt]));
  const batches: AnalyticsBatch[] = rows.map((row) => ({
    who: { accountId: row.accountId, recordedAt: receivedAt.get(row.id) },
    events: accountEventAnalytics(row.id, toAccountEvent(row), typeof row.payload.balanceAfterCents === 'number' ? row.payload.balanceAfterCents : undefined),
  }));
  // A payment may keep promises: judged over each paying account's stored promises and payments.
  const paying = [...new Set(rows.filter((r) => r.type === 'payment').map((r) => r.accountId))];
  if (paying.length) {
    const facts = await tx
      .select()
      .from(accountEvents)
      .where(and(inArray(accountEvents.accountId, paying), inArray(accountEvents.type, ['promise', 'payment'])));
    for (const accountId of paying) {
      const kept = promiseKeptEvents(facts.filter((f) => f.accountId === accountId));
      if (kept.length) batches.push({ who: { accountId, recordedAt: receivedAt.get(rows.find((r) => r.accountId === accountId)!.id) }, events: kept });
    }
  }
  return batches;
}

/** One run over the facts of the finished transactions since the last; how many events it appended (or tried to). */
async function projectOnce(db: KairosDb): Promise<{ events: number; caughtUp: boolean }> {
  return db.transaction(async (t) => {
    const tx = t as unknown as KairosDb;
    // One projection at a time (API processes on one Postgres): the mark row is the lock.
    const [mark] = await tx.select().from(analyticsProjection).where(eq(analyticsProjection.id, PROJECTION)).for('update');
    const from = mark?.nextTx ?? '0';
    const [horizon] = await rowsOf<{ xmin: string }>(tx, sql`select pg_snapshot_xmin(pg_current_snapshot())::text as xmin`);
    const xmin = horizon!.xmin;
    const to = BigInt(xmin) - BigInt(from) > MAX_TRANSACTIONS_PER_RUN ? String(BigInt(from) + BigInt(MAX_TRANSACTIONS_PER_RUN)) : xmin;
    if (BigInt(to) <= BigInt(from)) return { events: 0, caughtUp: true };
    const w = { from, to };
    const batches = [
      ...(await enrollmentBatches(tx, w)),
      ...(await timelineBatches(tx, w)),
      ...(await decisionBatches(tx, w)),
      ...(await deliveryBatches(tx, w)),
      ...(await accountEventBatches(tx, w)),
    ];
    const events = await appendAnalyticsBatches(tx, batches);
    await tx
      .insert(analyticsProjection)
      .values({ id: PROJECTION, nextTx: to })
      .onConflictDoUpdate({ target: analyticsProjection.id, set: { nextTx: to, projectedAt: sql`now()` } });
    return { events, caughtUp: to === xmin };
  });
}

/**
 * Bring the analytics events up to date with every committed fact (runs until caught up). The API
 * calls it on a timer and before answering an analytics query, so reports read their own writes.
 */
export async function projectAnalytics(db: KairosDb): Promise<number> {
  if (analyticsWritesOff()) return 0;
  let total = 0;
  for (;;) {
    const run = await projectOnce(db);
    total += run.events;
    if (run.caughtUp) return total;
  }
}
