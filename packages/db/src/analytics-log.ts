// Appending analytics events: always inside the transaction that records the fact they describe,
// idempotent by key, with the daily rollup upserted in the same statement batch (so a dashboard
// never sees an event without its rollup, or a rollup counted twice by a retried activity).
import { desc, eq, sql } from 'drizzle-orm';
import type { KairosDb } from './connection';
import { isUuid } from './ids';
import { accounts, analyticsDaily, analyticsEvents, enrollments, type AnalyticsEventType } from './schema';

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
  const [account] = await tx
    .select({ currency: accounts.currency, tier: sql<string | null>`${accounts.attributes}->>'tier'` })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  if (!account) return null;
  const [latest] = await tx
    .select()
    .from(enrollments)
    .where(eq(enrollments.accountId, accountId))
    .orderBy(sql`(${enrollments.status} = 'active') desc`, desc(enrollments.startedAt))
    .limit(1);
  if (latest) return attributionOfEnrollment(latest, account.currency);
  return { accountId, enrollmentId: null, cadenceId: null, versionId: null, experimentId: null, arm: null, tier: account.tier ?? '', currency: account.currency };
}

/** The attribution of a fact about an enrollment (when known) or else about the account. */
export async function attributionOf(tx: KairosDb, accountId: string, enrollmentId: string | null): Promise<Attribution | null> {
  if (enrollmentId && isUuid(enrollmentId)) {
    const [e] = await tx.select().from(enrollments).where(eq(enrollments.id, enrollmentId));
    if (e) return attributionOfEnrollment(e);
  }
  return attributionOfAccount(tx, accountId);
}

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/** Append events (those whose key exists already are skipped) and add the new ones to the daily rollup. */
export async function appendAnalyticsEvents(tx: KairosDb, who: Attribution, events: readonly NewAnalyticsEvent[]): Promise<number> {
  if (events.length === 0) return 0;
  const inserted = await tx
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
  if (inserted.length === 0) return 0;
  // One upsert per rollup key, in key order: two transactions touching the same keys lock them in the same order.
  const slices = new Map<string, typeof analyticsDaily.$inferInsert>();
  for (const row of inserted) {
    const slice = {
      day: dayOf(row.occurredAt),
      cadenceId: who.cadenceId ?? '',
      versionId: who.versionId ?? '',
      tier: who.tier,
      channel: row.channel ?? '',
      type: row.type,
      outcome: row.outcome ?? '',
    };
    const key = JSON.stringify(slice);
    const sum = slices.get(key) ?? { ...slice, events: 0, amountMinor: 0 };
    sum.events! += 1;
    sum.amountMinor! += row.amountMinor ?? 0;
    slices.set(key, sum);
  }
  const values = [...slices.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
  await tx
    .insert(analyticsDaily)
    .values(values)
    .onConflictDoUpdate({
      target: [analyticsDaily.day, analyticsDaily.cadenceId, analyticsDaily.versionId, analyticsDaily.tier, analyticsDaily.channel, analyticsDaily.type, analyticsDaily.outcome],
      set: { events: sql`${analyticsDaily.events} + excluded.events`, amountMinor: sql`${analyticsDaily.amountMinor} + excluded.amount_minor` },
    });
  return inserted.length;
}
