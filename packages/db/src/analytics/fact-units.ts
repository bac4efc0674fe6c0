// What each stored fact projects to: the fact rows of a window of transactions (or named ones: parked
// facts retried), each mapped on its own to the analytics events it makes. A row the mappings cannot
// read is answered as unprojectable with its reason instead of failing the others.
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { TimelineEntry } from '@kairos/cadence';
import type { KairosDb } from '../database/connection';
import { toAccountEvent } from '../accounts/account-events';
import { accountEventAnalytics, contactDecisionEvent, deliveryEvents, enrolledEvent, promiseKeptEvents, timelineAnalytics } from './facts';
import { attributionOfEnrollment } from './log';
import { parkingReason, type FactRef, type FactUnit, type UnprojectableFact } from './parking';
import { reportedTier, tierDecisions, type TierDecision } from './tiers';
import { accountEvents, accounts, contactAttempts, contactDecisions, deliveryReceipts, enrollmentTimeline, enrollments, type ProjectedFactKind } from '../schema';

const TIMELINE_TYPES = ['entered', 'left', 'assigned', 'finished'];

type EnrollmentRow = typeof enrollments.$inferSelect;

/** Which facts: those written by the transactions in [from, to), or the named ones. */
export type FactScope = { window: { from: string; to: string } } | { refs: readonly FactRef[] };

export interface ProjectedFacts {
  units: FactUnit[];
  unprojectable: UnprojectableFact[];
  /** The tier-split decisions of the enrollments these facts are about (what `settleTiers` applies). */
  tiers: Map<string, TierDecision>;
}

/** Facts of the transactions in [from, to): `written_by_tx` (or `applied_by_tx`) in the window. */
const inWindow = (column: SQL, w: { from: string; to: string }) => sql`${column} >= ${w.from}::xid8 and ${column} < ${w.to}::xid8`;

/** The scope's condition on one fact table: its transaction column in the window, or its id among the named. */
function scoped(scope: FactScope, kind: ProjectedFactKind, txColumn: SQL, id: (ids: string[]) => SQL): SQL | null {
  if ('window' in scope) return inWindow(txColumn, scope.window);
  const ids = scope.refs.filter((r) => r.kind === kind).map((r) => r.id);
  return ids.length ? id(ids) : null;
}

/** Map one fact; a row the mapping cannot read becomes an unprojectable fact with its reason. */
function mapEach<T>(rows: readonly T[], ref: (row: T) => FactRef, map: (row: T) => FactUnit['batches'], out: ProjectedFacts): void {
  for (const row of rows) {
    const r = ref(row);
    try {
      out.units.push({ ...r, batches: map(row) });
    } catch (err) {
      out.unprojectable.push({ ...r, reason: parkingReason(err) });
    }
  }
}

/** The facts in scope and the events each makes, in the order they must be appended (enrollments first). */
export async function projectedFacts(tx: KairosDb, scope: FactScope): Promise<ProjectedFacts> {
  const out: ProjectedFacts = { units: [], unprojectable: [], tiers: new Map() };
  const enrolledWhere = scoped(scope, 'enrollment', sql`${enrollments.writtenByTx}`, (ids) => inArray(enrollments.id, ids));
  const enrolled = enrolledWhere ? await tx.select().from(enrollments).where(enrolledWhere) : [];
  const timelineWhere = scoped(scope, 'timeline', sql`${enrollmentTimeline.writtenByTx}`, (ids) => inArray(enrollmentTimeline.id, ids.map(Number)));
  const timeline = timelineWhere
    ? await tx.select().from(enrollmentTimeline).where(and(timelineWhere, inArray(enrollmentTimeline.type, TIMELINE_TYPES)))
    : [];
  out.tiers = await tierDecisions(tx, [...new Set([...enrolled.map((e) => e.id), ...timeline.map((t) => t.enrollmentId)])]);

  // The enrollment had no arm when it started, whatever the split assigned since.
  mapEach(enrolled, (e) => ({ kind: 'enrollment', id: e.id }), (e) => [
    { who: attributionOfEnrollment({ ...e, experimentId: null, arm: null, tier: reportedTier(e.tier, out.tiers.get(e.id)) }, e.placedCurrency), events: [enrolledEvent(e)] },
  ], out);
  await timelineUnits(tx, timeline, out);

  const decisionWhere = scoped(scope, 'contact-decision', sql`${contactDecisions.writtenByTx}`, (ids) => inArray(contactDecisions.id, ids));
  const decisions = decisionWhere ? await tx.select().from(contactDecisions).where(decisionWhere) : [];
  mapEach(decisions, (d) => ({ kind: 'contact-decision', id: d.id }), (d) => [{ who: { accountId: d.accountId, enrollmentId: d.enrollmentId }, events: [contactDecisionEvent(d)] }], out);

  const deliveryWhere = scoped(scope, 'delivery', sql`${deliveryReceipts.appliedByTx}`, (ids) => inArray(deliveryReceipts.id, ids));
  const deliveries = deliveryWhere
    ? await tx
        .select({ receipt: deliveryReceipts, attempt: contactAttempts, appliedAt: sql<string | null>`${deliveryReceipts.appliedAt}::text` })
        .from(deliveryReceipts)
        .innerJoin(contactAttempts, eq(contactAttempts.providerMessageId, deliveryReceipts.providerMessageId))
        // The attempt it applied to: of an account of the receipt's portfolio (another portfolio may have an attempt with that message id).
        .innerJoin(accounts, and(eq(accounts.id, contactAttempts.accountId), eq(accounts.portfolioId, deliveryReceipts.portfolioId)))
        .where(and(deliveryWhere, eq(deliveryReceipts.advancedStatus, true)))
    : [];
  mapEach(deliveries, ({ receipt }) => ({ kind: 'delivery', id: receipt.id }), ({ receipt, attempt, appliedAt }) => [
    { who: { accountId: attempt.accountId, enrollmentId: attempt.enrollmentId, recordedAt: appliedAt ?? undefined }, events: deliveryEvents(attempt, receipt, receipt.appliedAt ?? receipt.receivedAt) },
  ], out);

  await accountEventUnits(tx, scoped(scope, 'account-event', sql`${accountEvents.writtenByTx}`, (ids) => inArray(accountEvents.id, ids)), out);
  return out;
}

/** One unit per timeline row, attributed with the arm of the assignment before it and the reported tier. */
async function timelineUnits(tx: KairosDb, rows: Array<typeof enrollmentTimeline.$inferSelect>, out: ProjectedFacts): Promise<void> {
  if (rows.length === 0) return;
  const ids = [...new Set(rows.map((r) => r.enrollmentId))];
  const owners = new Map((await tx.select().from(enrollments).where(inArray(enrollments.id, ids))).map((e) => [e.id, e]));
  // Entries after an earlier assignment carry its arm: the assignments of these enrollments.
  const assignments = new Map<string, Array<{ seq: number; outcome: string | null; detail: Record<string, unknown> | null }>>();
  const assigned = await tx
    .select({ enrollmentId: enrollmentTimeline.enrollmentId, seq: enrollmentTimeline.seq, outcome: enrollmentTimeline.outcome, detail: enrollmentTimeline.detail })
    .from(enrollmentTimeline)
    .where(and(inArray(enrollmentTimeline.enrollmentId, ids), eq(enrollmentTimeline.type, 'assigned')));
  for (const a of assigned) assignments.set(a.enrollmentId, [...(assignments.get(a.enrollmentId) ?? []), a]);
  const sorted = [...rows].sort((a, b) => a.enrollmentId.localeCompare(b.enrollmentId) || a.seq - b.seq);
  mapEach(sorted, (r) => ({ kind: 'timeline', id: String(r.id) }), (r) => {
    const owner = owners.get(r.enrollmentId);
    if (!owner) return [];
    const entry: TimelineEntry = { seq: r.seq, at: r.at.toISOString(), type: r.type as TimelineEntry['type'], stepId: r.stepId ?? '', ...(r.outcome ? { outcome: r.outcome } : {}), ...(r.detail ? { detail: r.detail } : {}) };
    const prior = (assignments.get(r.enrollmentId) ?? [])
      .filter((a) => a.seq < r.seq && typeof a.detail?.experimentId === 'string' && a.outcome)
      .sort((a, b) => b.seq - a.seq)[0];
    const before: EnrollmentRow = {
      ...owner,
      experimentId: prior ? String(prior.detail!.experimentId) : null,
      arm: prior?.outcome ?? null,
      tier: reportedTier(owner.tier, out.tiers.get(owner.id)),
    };
    return timelineAnalytics(before, [entry]).map((batch) => ({ who: attributionOfEnrollment(batch.enrollment), events: batch.events }));
  }, out);
}

/** One unit per account event; a payment's unit also carries the promises the account's payments kept. */
async function accountEventUnits(tx: KairosDb, where: SQL | null, out: ProjectedFacts): Promise<void> {
  if (!where) return;
  const stored = await tx.select({ row: accountEvents, receivedAt: sql<string>`${accountEvents.receivedAt}::text` }).from(accountEvents).where(where);
  // A payment may keep promises: judged over each paying account's stored promises and payments.
  const paying = [...new Set(stored.filter((s) => s.row.type === 'payment').map((s) => s.row.accountId))];
  const facts = paying.length
    ? await tx.select().from(accountEvents).where(and(inArray(accountEvents.accountId, paying), inArray(accountEvents.type, ['promise', 'payment'])))
    : [];
  const kept = new Map<string, ReturnType<typeof promiseKeptEvents>>();
  const keptOf = (accountId: string) => kept.get(accountId) ?? kept.set(accountId, promiseKeptEvents(facts.filter((f) => f.accountId === accountId))).get(accountId)!;
  mapEach(stored, ({ row }) => ({ kind: 'account-event', id: row.id }), ({ row, receivedAt }) => {
    const who = { accountId: row.accountId, recordedAt: receivedAt };
    const balanceAfter = typeof row.payload.balanceAfterCents === 'number' ? row.payload.balanceAfterCents : undefined;
    const batches = [{ who, events: accountEventAnalytics(row.id, toAccountEvent(row), balanceAfter) }];
    // Every payment of the account carries them (their keys add each once): a parked payment does not hold them back.
    if (row.type === 'payment' && keptOf(row.accountId).length) batches.push({ who, events: keptOf(row.accountId) });
    return batches;
  }, out);
}
