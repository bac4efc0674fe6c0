// Bench support: a year of analytics history in one INSERT ... SELECT (no round trips per row).
import { sql } from 'drizzle-orm';
import type { KairosDb } from '../src/database/connection';

const EVENTS_PER_ENROLLMENT = 20;
const DAYS = 365;

/**
 * `rows` events in bulk (one INSERT ... SELECT over generate_series): 20 per enrollment over a year,
 * all versions, one experiment on the first cadence's enrollments (both its versions); then the daily rollup and the cohort rows as
 * the writers would have kept them (the same sums the incremental upserts add up to).
 */
export async function seedAnalyticsHistory(db: KairosDb, o: { rows: number; versionIds: string[]; cadenceIds: string[] }) {
  const { rows, versionIds, cadenceIds } = o;
  const VERSIONS = versionIds.length;
  const enrollmentsCount = Math.ceil(rows / EVENTS_PER_ENROLLMENT);
  const versions = sql.raw(`array[${versionIds.map((v) => `'${v}'`).join(',')}]`);
  const cadences = sql.raw(`array[${cadenceIds.map((v) => `'${v}'`).join(',')}]`);
  await db.execute(sql`
    insert into analytics_events (idempotency_key, account_id, enrollment_id, cadence_id, version_id, node_id, experiment_id, arm, tier,
                                  type, outcome, channel, amount_minor, currency, occurred_at, detail)
    select 'bench:' || i, 'B-' || e, 'enr-' || e, (${cadences})[1 + (e % ${VERSIONS}) / 2], (${versions})[1 + e % ${VERSIONS}],
      case when k < 16 then 'n' || (k % 6) end,
      case when e % ${VERSIONS} < 2 then 'bench-exp' end, case when e % ${VERSIONS} < 2 then (case when e % 2 = 0 then 'variant:A' else 'variant:B' end) end,
      'tier-' || (1 + e % 4),
      t.type, t.outcome, t.channel,
      case when t.type = 'enrolled' then 10000 + (e % 50) * 1000 when t.type in ('payment', 'promise', 'promise_kept') then 5000 when t.type = 'assigned' then 10000 end,
      'USD',
      timestamptz '2026-01-01' + (e::float8 / ${enrollmentsCount} * ${DAYS}) * interval '1 day' + k * interval '9 hours',
      case when t.type = 'enrolled' then jsonb_build_object('bucket', '1-15', 'dueDate', '2025-12-20')
           when t.type in ('promise', 'promise_kept') then jsonb_build_object('promisedDate', '2026-06-01') else '{}'::jsonb end
    from generate_series(0, ${rows - 1}) as i,
      lateral (select i / ${EVENTS_PER_ENROLLMENT} as e, i % ${EVENTS_PER_ENROLLMENT} as k) as ek,
      lateral (select
        case when k = 0 then 'enrolled' when k in (1, 3, 6, 9) then 'entered' when k in (2, 4, 7, 10) then 'left'
             when k = 5 and e % ${VERSIONS} < 2 then 'assigned' when k = 5 then 'entered'
             when k in (8, 11, 12) then 'contact' when k in (13, 14) then 'delivery'
             when k = 15 and e % 3 = 0 then 'payment' when k = 15 then 'right_party_contact'
             when k = 16 and e % 5 = 0 then 'promise' when k = 16 then 'contact'
             when k = 17 and e % 10 = 0 then 'promise_kept' when k = 17 then 'delivery'
             when k = 18 and e % 50 = 0 then 'opt_out' when k = 18 then 'contact'
             else 'finished' end as type,
        case when k in (2, 4, 7, 10) then 'next' when k = 5 and e % ${VERSIONS} < 2 then (case when e % 2 = 0 then 'variant:A' else 'variant:B' end)
             when k in (8, 11, 16, 18) then 'allow' when k = 12 then (case when e % 7 = 0 then 'block' else 'allow' end)
             when k in (13, 14, 17) then 'delivered' when k = 15 and e % 3 = 0 then (case when e % 6 = 0 then 'full' else 'partial' end)
             when k = 19 then 'completed' end as outcome,
        case when k in (8, 11, 12, 13, 14, 15, 16, 17, 18) then (array['sms', 'email', 'voice', 'letter'])[1 + (e + k) % 4] end as channel
      ) as t`);
  await db.execute(sql`
    insert into analytics_daily (day, cadence_id, version_id, tier, channel, type, outcome, events, amount_minor)
    select (occurred_at at time zone 'UTC')::date, coalesce(cadence_id, ''), coalesce(version_id, ''), tier, coalesce(channel, ''), type, coalesce(outcome, ''),
           count(*), coalesce(sum(amount_minor), 0)
    from analytics_events where idempotency_key like 'bench:%' group by 1, 2, 3, 4, 5, 6, 7
    on conflict (day, cadence_id, version_id, tier, channel, type, outcome)
      do update set events = analytics_daily.events + excluded.events, amount_minor = analytics_daily.amount_minor + excluded.amount_minor`);
  await db.execute(sql`
    insert into analytics_enrollments (enrollment_id, account_id, cadence_id, version_id, tier, enrolled_at, placed_minor, from_bucket, due_date, first_paid_at, cleared_at)
    select e.enrollment_id, e.account_id, e.cadence_id, e.version_id, e.tier, e.occurred_at, e.amount_minor, e.detail->>'bucket', (e.detail->>'dueDate')::date,
           p.first_paid, p.cleared
    from analytics_events e
    left join (select enrollment_id, min(occurred_at) as first_paid, min(occurred_at) filter (where outcome = 'full') as cleared
               from analytics_events where type = 'payment' and idempotency_key like 'bench:%' group by 1) p using (enrollment_id)
    where e.type = 'enrolled' and e.idempotency_key like 'bench:%'`);
  await db.execute(sql`analyze`);
}

