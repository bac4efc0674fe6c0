// Appending analytics events, idempotent by key, in one statement for a whole batch that also resolves
// each row's attribution (enrollment, arm, tier), upserts the daily rollup and keeps the per-enrollment
// cohort (plus one update when the batch holds payments). A dashboard never sees an event without its
// rollup, and a retried activity or redelivered webhook adds nothing. The analytics projection calls it
// for the facts it reads; facts people record (an agent's call, an opt-out) call it in their own transaction.
import { sql } from 'drizzle-orm';
import type { KairosDb } from '../database/connection';
import { bucketSql, rowsOf } from './sql';
import type { enrollments, AnalyticsEventType } from '../schema';

export interface NewAnalyticsEvent {
  idempotencyKey: string;
  type: AnalyticsEventType;
  occurredAt: Date;
  nodeId?: string | null;
  outcome?: string | null;
  channel?: string | null;
  /** `enrolled` rows carry what was placed, and `detail.dueDate` (the statement adds the DPD and bucket). */
  amountMinor?: number | null;
  currency?: string | null;
  detail?: Record<string, unknown>;
}

/** A known attribution: the enrollment (cadence, version, arm) and cohort tier the rows carry. */
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

/**
 * Attribution resolved in the statement: the named enrollment, or else the account's enrollment that was
 * active when the fact was recorded (the most recently started if several), or else the latest started
 * by then (outcomes after an experiment's assignment count for its arm: intention to treat). No
 * enrollment: the portfolio only. No account: no rows.
 */
export interface AttributionRef {
  accountId: string;
  enrollmentId?: string | null;
  /**
   * When the fact was stored (default now): enrollments started later do not get it. The database's
   * text of the instant keeps its microseconds (a Date keeps milliseconds: an enrollment started in the
   * same millisecond would look earlier than it was).
   */
  recordedAt?: Date | string;
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
 * `KAIROS_ANALYTICS_WRITES=off` skips analytics writes: only for the benchmarks, which measure what
 * they cost an enrollment. Dashboards are wrong for whatever ran with it.
 */
export const analyticsWritesOff = () => process.env.KAIROS_ANALYTICS_WRITES === 'off';

const isKnown = (who: Attribution | AttributionRef): who is Attribution => 'tier' in who;

export interface AnalyticsBatch {
  who: Attribution | AttributionRef;
  events: readonly NewAnalyticsEvent[];
}

/** One row as the statement reads it (`jsonb_to_recordset`): a whole batch binds as one parameter, planned once. */
function rowRecord(b: AnalyticsBatch, e: NewAnalyticsEvent, n: number) {
  const k = isKnown(b.who) ? b.who : null;
  const recordedAt = (!k && (b.who as AttributionRef).recordedAt) || null;
  return {
    n,
    idempotency_key: e.idempotencyKey,
    type: e.type,
    occurred_at: e.occurredAt.toISOString(),
    node_id: e.nodeId ?? null,
    outcome: e.outcome ?? null,
    channel: e.channel ?? null,
    amount_minor: e.amountMinor ?? null,
    currency: e.currency ?? null,
    detail: e.detail ?? {},
    account_id: b.who.accountId,
    enrollment_hint: b.who.enrollmentId ?? null,
    known: k !== null,
    cadence_id: k?.cadenceId ?? null,
    version_id: k?.versionId ?? null,
    experiment_id: k?.experimentId ?? null,
    arm: k?.arm ?? null,
    tier: k?.tier ?? null,
    known_currency: k?.currency ?? null,
    recorded_at: recordedAt ? (typeof recordedAt === 'string' ? recordedAt : recordedAt.toISOString()) : null,
  };
}
type RowRecord = ReturnType<typeof rowRecord>;

/** Rows per statement: bounds one statement's memory when a projection catches up. */
const ROWS_PER_STATEMENT = 5_000;

/** Append the batches' events (those whose key exists are skipped), add them to the daily rollup and the cohort. */
export async function appendAnalyticsBatches(tx: KairosDb, batches: readonly AnalyticsBatch[]): Promise<number> {
  if (analyticsWritesOff()) return 0;
  const rows = batches.flatMap((b) => b.events.map((e) => ({ b, e }))).map(({ b, e }, n) => rowRecord(b, e, n));
  // In order: an enrollment's `enrolled` row (its cohort) comes before its payments in a later chunk.
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) await appendRows(tx, rows.slice(i, i + ROWS_PER_STATEMENT));
  return rows.length;
}

async function appendRows(tx: KairosDb, rows: RowRecord[]): Promise<void> {
  const dueDate = sql`(v.detail->>'dueDate')::date`;
  const dpd = sql`((v.occurred_at at time zone 'UTC')::date - ${dueDate})`;
  // Keys are upserted in key order: two transactions sharing rollup keys lock them in the same order.
  const payments = await rowsOf<{ id: string | number }>(
    tx,
    sql`
    with v as (
      select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r (n int, idempotency_key text, type text, occurred_at timestamptz,
        node_id text, outcome text, channel text, amount_minor bigint, currency text, detail jsonb, account_id text, enrollment_hint text,
        known boolean, cadence_id text, version_id text, experiment_id text, arm text, tier text, known_currency text, recorded_at timestamptz)
    ),
    att as (
      select v.*, a.currency as account_currency,
        case when v.known then v.enrollment_hint else e.id::text end as att_enrollment_id,
        case when v.known then v.cadence_id else e.cadence_id::text end as att_cadence_id,
        case when v.known then v.version_id else e.cadence_version_id::text end as att_version_id,
        case when v.known then v.experiment_id else e.experiment_id end as att_experiment_id,
        case when v.known then v.arm else e.arm end as att_arm,
        case when v.known then v.tier else coalesce(c.tier, e.tier, a.attributes->>'tier', '') end as att_tier
      from v join accounts a on a.id = v.account_id
      left join lateral (
        select x.* from enrollments x
        where not v.known and x.account_id = v.account_id and (x.id::text = v.enrollment_hint or x.started_at <= coalesce(v.recorded_at, now()))
        order by (x.id::text = v.enrollment_hint) desc nulls last,
                 (x.finished_at is null or x.finished_at >= coalesce(v.recorded_at, now())) desc, x.started_at desc
        limit 1
      ) e on true
      -- The tier the enrollment is reported under (its tier-split's choice, once settled).
      left join analytics_enrollments c on not v.known and c.enrollment_id = e.id::text
    ),
    inserted as (
      insert into analytics_events (idempotency_key, account_id, enrollment_id, cadence_id, version_id, node_id, experiment_id, arm, tier,
                                    type, outcome, channel, amount_minor, currency, occurred_at, detail)
      select v.idempotency_key, v.account_id, v.att_enrollment_id, v.att_cadence_id, v.att_version_id, v.node_id, v.att_experiment_id, v.att_arm, v.att_tier,
             v.type, v.outcome, v.channel, v.amount_minor,
             case when v.amount_minor is not null then coalesce(v.currency, v.known_currency, v.account_currency) end,
             v.occurred_at,
             case when v.type = 'enrolled' then v.detail || jsonb_build_object('dpd', ${dpd}, 'bucket', ${bucketSql(dpd)}) else v.detail end
      from att v
      order by v.n
      on conflict (idempotency_key) do nothing
      returning id, account_id, enrollment_id, cadence_id, version_id, tier, type, outcome, channel, amount_minor, occurred_at, detail
    ),
    cohort_in as (
      -- Payments appended before the cohort row (its enrollment's fact was parked meanwhile) count too.
      insert into analytics_enrollments (enrollment_id, account_id, cadence_id, version_id, tier, enrolled_at, placed_minor, from_bucket, due_date,
                                         first_paid_at, cleared_at)
      select i.enrollment_id, i.account_id, i.cadence_id, i.version_id, i.tier, i.occurred_at, coalesce(i.amount_minor, 0), i.detail->>'bucket',
             (i.detail->>'dueDate')::date, paid.first_paid_at, paid.cleared_at
      from inserted i
      left join lateral (
        select min(p.occurred_at) as first_paid_at, min(p.occurred_at) filter (where p.outcome = 'full') as cleared_at
        from analytics_events p where p.enrollment_id = i.enrollment_id and p.type = 'payment' and p.occurred_at >= i.occurred_at
      ) paid on true
      where i.type = 'enrolled' and i.enrollment_id is not null
      on conflict (enrollment_id) do nothing
    ),
    daily as (
      insert into analytics_daily (day, cadence_id, version_id, tier, channel, type, outcome, events, amount_minor)
      select (occurred_at at time zone 'UTC')::date, coalesce(cadence_id, ''), coalesce(version_id, ''), tier, coalesce(channel, ''), type, coalesce(outcome, ''),
             count(*), coalesce(sum(amount_minor), 0)
      from inserted group by 1, 2, 3, 4, 5, 6, 7 order by 1, 2, 3, 4, 5, 6, 7
      on conflict (day, cadence_id, version_id, tier, channel, type, outcome)
        do update set events = analytics_daily.events + excluded.events, amount_minor = analytics_daily.amount_minor + excluded.amount_minor
    )
    select id from inserted where type = 'payment' and enrollment_id is not null`,
  );
  // A statement's parts do not see each other's rows: payments move the cohort (inserted above, or earlier) in a second one.
  if (payments.length) {
    await tx.execute(sql`
      update analytics_enrollments c
      set first_paid_at = least(coalesce(c.first_paid_at, i.occurred_at), i.occurred_at),
          cleared_at = case when i.outcome = 'full' then least(coalesce(c.cleared_at, i.occurred_at), i.occurred_at) else c.cleared_at end
      from analytics_events i
      where i.id = any(${`{${payments.map((p) => p.id).join(',')}}`}::bigint[]) and c.enrollment_id = i.enrollment_id and c.enrolled_at <= i.occurred_at`);
  }
}

/** One fact's events, in the transaction that records it. */
export function appendAnalyticsEvents(tx: KairosDb, who: Attribution | AttributionRef, events: readonly NewAnalyticsEvent[]): Promise<number> {
  return appendAnalyticsBatches(tx, [{ who, events }]);
}
