// Appending analytics events: always inside the transaction that records the fact they describe,
// idempotent by key, with the daily rollup upserted in the same statement batch (so a dashboard
// never sees an event without its rollup, or a rollup counted twice by a retried activity).
import { and, eq, lte, sql } from 'drizzle-orm';
import type { KairosDb } from './connection';
import { isUuid } from './ids';
import { accounts, analyticsEnrollments, analyticsEvents, enrollments, type AnalyticsEventType } from './schema';

export interface NewAnalyticsEvent {
  idempotencyKey: string;
  type: AnalyticsEventType;
  occurredAt: Date;
  nodeId?: string | null;
  outcome?: string | null;
  channel?: string | null;
  amountMinor?: number | null;
  currency?: string | null;
  detail?: Record<string, unknown>;
}

/** Where an account's facts are attributed: its enrollment (cadence, version, arm) and cohort tier. */
export interface Attribution {
  accountId: string;
  enrollmentId: string | null;
  cadenceId: string | null;
  versionId: string | null;
  experimentId: string | null;
  arm: string | null;
  tier: string;
  currency: string | null;
}

type EnrollmentContext = Pick<typeof enrollments.$inferSelect, 'id' | 'accountId' | 'cadenceId' | 'cadenceVersionId' | 'experimentId' | 'arm' | 'tier'>;

export const attributionOfEnrollment = (e: EnrollmentContext, currency: string | null = null): Attribution => ({
  accountId: e.accountId,
  enrollmentId: e.id,
  cadenceId: e.cadenceId,
  versionId: e.cadenceVersionId,
  experimentId: e.experimentId,
  arm: e.arm,
  tier: e.tier,
  currency,
});

/**
 * An account-level fact (a payment, a reply, an opt-out) belongs to the account's active enrollment,
 * the most recently started one if several; with none active, to its latest enrollment (outcomes after
 * an experiment's assignment count for its arm: intention to treat). No enrollment: portfolio only.
 */
export async function attributionOfAccount(tx: KairosDb, accountId: string): Promise<Attribution | null> {
  const [row] = await tx
    .select({ currency: accounts.currency, tier: sql<string | null>`${accounts.attributes}->>'tier'`, enrollment: enrollments })
    .from(accounts)
    .leftJoin(
      enrollments,
      eq(
        enrollments.id,
        sql`(select e.id from ${enrollments} e where e.account_id = ${accounts.id} order by (e.status = 'active') desc, e.started_at desc limit 1)`,
      ),
    )
    .where(eq(accounts.id, accountId));
  if (!row) return null;
  if (row.enrollment) return attributionOfEnrollment(row.enrollment, row.currency);
  return { accountId, enrollmentId: null, cadenceId: null, versionId: null, experimentId: null, arm: null, tier: row.tier ?? '', currency: row.currency };
}

/** The attribution of a fact about an enrollment (when known) or else about the account. */
export async function attributionOf(tx: KairosDb, accountId: string, enrollmentId: string | null): Promise<Attribution | null> {
  if (enrollmentId && isUuid(enrollmentId)) {
    const [e] = await tx.select().from(enrollments).where(eq(enrollments.id, enrollmentId));
    if (e) return attributionOfEnrollment(e);
  }
  return attributionOfAccount(tx, accountId);
}

/**
 * `KAIROS_ANALYTICS_WRITES=off` skips analytics writes: only for `pnpm bench analytics`, which measures
 * what they cost an enrollment. Dashboards are wrong for whatever ran with it.
 */
const writesOff = () => process.env.KAIROS_ANALYTICS_WRITES === 'off';

/** Append events (those whose key exists already are skipped) and add the new ones to the daily rollup. */
export async function appendAnalyticsEvents(tx: KairosDb, who: Attribution, events: readonly NewAnalyticsEvent[]): Promise<void> {
  if (events.length === 0 || writesOff()) return;
  const insert = tx
    .insert(analyticsEvents)
    .values(
      events.map((e) => ({
        idempotencyKey: e.idempotencyKey,
        accountId: who.accountId,
        enrollmentId: who.enrollmentId,
        cadenceId: who.cadenceId,
        versionId: who.versionId,
        nodeId: e.nodeId ?? null,
        experimentId: who.experimentId,
        arm: who.arm,
        tier: who.tier,
        type: e.type,
        outcome: e.outcome ?? null,
        channel: e.channel ?? null,
        amountMinor: e.amountMinor ?? null,
        currency: e.currency ?? (e.amountMinor != null ? who.currency : null),
        occurredAt: e.occurredAt,
        detail: e.detail ?? {},
      })),
    )
    .onConflictDoNothing({ target: analyticsEvents.idempotencyKey })
    .returning({ type: analyticsEvents.type, outcome: analyticsEvents.outcome, channel: analyticsEvents.channel, amountMinor: analyticsEvents.amountMinor, occurredAt: analyticsEvents.occurredAt });
  // One statement: only the rows actually inserted (not those a retry finds already there) are added
  // to the rollup, one upsert per key in key order (two transactions lock shared keys in the same order).
  await tx.execute(sql`
    with inserted as (${insert.getSQL()})
    insert into analytics_daily (day, cadence_id, version_id, tier, channel, type, outcome, events, amount_minor)
    select (occurred_at at time zone 'UTC')::date, ${who.cadenceId ?? ''}, ${who.versionId ?? ''}, ${who.tier}, coalesce(channel, ''), type, coalesce(outcome, ''),
           count(*), coalesce(sum(amount_minor), 0)
    from inserted group by 1, 5, 6, 7 order by 1, 5, 6, 7
    on conflict (day, cadence_id, version_id, tier, channel, type, outcome)
      do update set events = analytics_daily.events + excluded.events, amount_minor = analytics_daily.amount_minor + excluded.amount_minor`);
}

/** The enrollment's cohort row (what was placed, in which bucket), written with the enrollment. */
export async function addToCohort(tx: KairosDb, row: typeof analyticsEnrollments.$inferInsert): Promise<void> {
  if (writesOff()) return;
  await tx.insert(analyticsEnrollments).values(row).onConflictDoNothing({ target: analyticsEnrollments.enrollmentId });
}

/** A new payment of the enrollment: its first payment (and when it cleared the balance), if after enrolling. */
export async function advanceCohort(tx: KairosDb, enrollmentId: string, at: Date, cleared: boolean): Promise<void> {
  if (writesOff()) return;
  await tx
    .update(analyticsEnrollments)
    .set({
      firstPaidAt: sql`least(coalesce(${analyticsEnrollments.firstPaidAt}, ${at.toISOString()}::timestamptz), ${at.toISOString()}::timestamptz)`,
      ...(cleared ? { clearedAt: sql`least(coalesce(${analyticsEnrollments.clearedAt}, ${at.toISOString()}::timestamptz), ${at.toISOString()}::timestamptz)` } : {}),
    })
    .where(and(eq(analyticsEnrollments.enrollmentId, enrollmentId), lte(analyticsEnrollments.enrolledAt, at)));
}
