// Appending analytics events: always inside the transaction that records the fact they describe,
// idempotent by key, in ONE statement that also resolves the attribution (enrollment, arm, tier),
// upserts the daily rollup and keeps the per-enrollment cohort row. A dashboard never sees an event
// without its rollup, and a retried activity or redelivered webhook adds nothing.
import { sql, type SQL } from 'drizzle-orm';
import type { KairosDb } from './connection';
import { bucketSql } from './analytics-sql';
import type { enrollments, AnalyticsEventType } from './schema';

export interface NewAnalyticsEvent {
  idempotencyKey: string;
  type: AnalyticsEventType;
  occurredAt: Date;
  nodeId?: string | null;
  outcome?: string | null;
  channel?: string | null;
  /** `enrolled` rows take the account's balance (and currency, due date, DPD bucket) from the database. */
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
 * Attribution resolved in the statement: the named enrollment, or else the account's active one (the
 * most recently started if several), or else its latest (outcomes after an experiment's assignment
 * count for its arm: intention to treat). No enrollment: the portfolio only. No account: no rows.
 */
export interface AttributionRef {
  accountId: string;
  enrollmentId?: string | null;
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
 * `KAIROS_ANALYTICS_WRITES=off` skips analytics writes: only for `pnpm bench analytics`, which measures
 * what they cost an enrollment. Dashboards are wrong for whatever ran with it.
 */
export const analyticsWritesOff = () => process.env.KAIROS_ANALYTICS_WRITES === 'off';

const isKnown = (who: Attribution | AttributionRef): who is Attribution => 'tier' in who;

function attributionSql(who: Attribution | AttributionRef): SQL {
  if (isKnown(who)) {
    return sql`select ${who.accountId}::text as account_id, ${who.enrollmentId}::text as enrollment_id, ${who.cadenceId}::text as cadence_id,
      ${who.versionId}::text as version_id, ${who.experimentId}::text as experiment_id, ${who.arm}::text as arm, ${who.tier}::text as tier,
      a.currency, a.balance_cents, a.due_date
      from (select 1) one left join accounts a on a.id = ${who.accountId}`;
  }
  return sql`select a.id as account_id, e.id::text as enrollment_id, e.cadence_id::text as cadence_id, e.cadence_version_id::text as version_id,
      e.experiment_id, e.arm, coalesce(e.tier, a.attributes->>'tier', '') as tier, a.currency, a.balance_cents, a.due_date
    from accounts a left join lateral (
      select * from enrollments x where x.account_id = a.id
      order by (x.id::text = ${who.enrollmentId ?? null}::text) desc nulls last, (x.status = 'active') desc, x.started_at desc limit 1
    ) e on true
    where a.id = ${who.accountId}`;
}

/** Append events (those whose key exists are skipped), add them to the daily rollup and the cohort. */
export async function appendAnalyticsEvents(tx: KairosDb, who: Attribution | AttributionRef, events: readonly NewAnalyticsEvent[]): Promise<void> {
  if (events.length === 0 || analyticsWritesOff()) return;
  const values = sql.join(
    events.map(
      (e) =>
        sql`(${e.idempotencyKey}::text, ${e.type}::text, ${e.occurredAt.toISOString()}::timestamptz, ${e.nodeId ?? null}::text, ${e.outcome ?? null}::text,
             ${e.channel ?? null}::text, ${e.amountMinor ?? null}::bigint, ${e.currency ?? null}::text, ${JSON.stringify(e.detail ?? {})}::jsonb)`,
    ),
    sql`, `,
  );
  const dpd = sql`((v.occurred_at at time zone 'UTC')::date - att.due_date)`;
  // Keys are upserted in key order: two transactions sharing rollup keys lock them in the same order.
  await tx.execute(sql`
    with att as (${attributionSql(who)}),
    v (idempotency_key, type, occurred_at, node_id, outcome, channel, amount_minor, currency, detail) as (values ${values}),
    inserted as (
      insert into analytics_events (idempotency_key, account_id, enrollment_id, cadence_id, version_id, node_id, experiment_id, arm, tier,
                                    type, outcome, channel, amount_minor, currency, occurred_at, detail)
      select v.idempotency_key, att.account_id, att.enrollment_id, att.cadence_id, att.version_id, v.node_id, att.experiment_id, att.arm, att.tier,
             v.type, v.outcome, v.channel,
             case when v.type = 'enrolled' then att.balance_cents else v.amount_minor end,
             case when v.type = 'enrolled' then att.currency when v.amount_minor is not null then coalesce(v.currency, att.currency) end,
             v.occurred_at,
             case when v.type = 'enrolled' then v.detail || jsonb_build_object('dueDate', att.due_date, 'dpd', ${dpd}, 'bucket', ${bucketSql(dpd)}) else v.detail end
      from v cross join att
      where att.account_id is not null
      on conflict (idempotency_key) do nothing
      returning account_id, enrollment_id, cadence_id, version_id, tier, type, outcome, channel, amount_minor, occurred_at, detail
    ),
    cohort_in as (
      insert into analytics_enrollments (enrollment_id, account_id, cadence_id, version_id, tier, enrolled_at, placed_minor, from_bucket, due_date)
      select enrollment_id, account_id, cadence_id, version_id, tier, occurred_at, amount_minor, detail->>'bucket', (detail->>'dueDate')::date
      from inserted where type = 'enrolled' and enrollment_id is not null
      on conflict (enrollment_id) do nothing
    ),
    cohort_paid as (
      update analytics_enrollments c
      set first_paid_at = least(coalesce(c.first_paid_at, i.occurred_at), i.occurred_at),
          cleared_at = case when i.outcome = 'full' then least(coalesce(c.cleared_at, i.occurred_at), i.occurred_at) else c.cleared_at end
      from inserted i
      where i.type = 'payment' and c.enrollment_id = i.enrollment_id and c.enrolled_at <= i.occurred_at
    )
    insert into analytics_daily (day, cadence_id, version_id, tier, channel, type, outcome, events, amount_minor)
    select (occurred_at at time zone 'UTC')::date, coalesce(cadence_id, ''), coalesce(version_id, ''), tier, coalesce(channel, ''), type, coalesce(outcome, ''),
           count(*), coalesce(sum(amount_minor), 0)
    from inserted group by 1, 2, 3, 4, 5, 6, 7 order by 1, 2, 3, 4, 5, 6, 7
    on conflict (day, cadence_id, version_id, tier, channel, type, outcome)
      do update set events = analytics_daily.events + excluded.events, amount_minor = analytics_daily.amount_minor + excluded.amount_minor`);
}
