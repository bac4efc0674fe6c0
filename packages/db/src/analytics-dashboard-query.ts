// What the portfolio dashboard reads: the daily rollup of the range and the cohort enrolled in it.
import { and, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { CohortRow, DailyRollupRow } from '@kairos/analytics/kpi';
import type { KairosDb } from './connection';
import { allOf, rangeEnd, rangeStart, rowsOf, type DayRange } from './analytics-sql';
import { analyticsDaily } from './schema';

export interface DashboardFilter extends DayRange {
  tier?: string;
  cadenceId?: string;
  versionId?: string;
  /** The instant the report is as of (now): unpaid accounts are observed up to it. */
  asOf: Date;
}

/** Rollup cells of the range and slice, summed over cadences and versions. */
export function dashboardRollup(db: KairosDb, f: DashboardFilter): Promise<DailyRollupRow[]> {
  const where: SQL[] = [gte(analyticsDaily.day, f.from), lte(analyticsDaily.day, f.to)];
  if (f.tier !== undefined) where.push(eq(analyticsDaily.tier, f.tier));
  if (f.cadenceId !== undefined) where.push(eq(analyticsDaily.cadenceId, f.cadenceId));
  if (f.versionId !== undefined) where.push(eq(analyticsDaily.versionId, f.versionId));
  return db
    .select({
      day: analyticsDaily.day,
      tier: analyticsDaily.tier,
      channel: analyticsDaily.channel,
      type: analyticsDaily.type,
      outcome: analyticsDaily.outcome,
      events: sql<number>`sum(${analyticsDaily.events})::float8`,
      amountMinor: sql<number>`sum(${analyticsDaily.amountMinor})::float8`,
    })
    .from(analyticsDaily)
    .where(and(...where))
    .groupBy(analyticsDaily.day, analyticsDaily.tier, analyticsDaily.channel, analyticsDaily.type, analyticsDaily.outcome);
}

/** SQL of the DPD bucket of `days` past due (same edges as @kairos/analytics dpdBucket). */
const bucketOf = (days: SQL) =>
  sql`case when ${days} <= 0 then 'pre_due' when ${days} <= 15 then '1-15' when ${days} <= 30 then '16-30' when ${days} <= 60 then '31-60' else '60+' end`;

/** The accounts enrolled in the range, grouped by tier, DPD bucket then and at `asOf` (or paid), and days to first payment. */
export function dashboardCohort(db: KairosDb, f: DashboardFilter): Promise<CohortRow[]> {
  const start = rangeStart(f).toISOString();
  const end = rangeEnd(f).toISOString();
  const asOf = new Date(Math.min(f.asOf.getTime(), rangeEnd(f).getTime())).toISOString();
  const slice: SQL[] = [];
  if (f.tier !== undefined) slice.push(sql`tier = ${f.tier}`);
  if (f.cadenceId !== undefined) slice.push(sql`cadence_id = ${f.cadenceId}`);
  if (f.versionId !== undefined) slice.push(sql`version_id = ${f.versionId}`);
  return rowsOf<CohortRow>(
    db,
    sql`with enr as (
          select enrollment_id, tier, detail->>'bucket' as from_bucket, (detail->>'dueDate')::date as due, occurred_at
          from analytics_events
          where type = 'enrolled' and occurred_at >= ${start}::timestamptz and occurred_at < ${end}::timestamptz and ${allOf(slice)}
        ), pay as (
          select p.enrollment_id, min(p.occurred_at) as first_paid, min(p.occurred_at) filter (where p.outcome = 'full') as cleared
          from analytics_events p join enr on enr.enrollment_id = p.enrollment_id
          where p.type = 'payment' and p.occurred_at >= enr.occurred_at and p.occurred_at < ${asOf}::timestamptz
          group by p.enrollment_id
        )
        select enr.tier as "tier", enr.from_bucket as "fromBucket",
          case when pay.cleared is not null then 'paid' else ${bucketOf(sql`((${asOf}::timestamptz at time zone 'UTC')::date - enr.due)`)} end as "toBucket",
          floor(extract(epoch from (pay.first_paid - enr.occurred_at)) / 86400)::int as "daysToFirstPayment",
          greatest(0, floor(extract(epoch from (${asOf}::timestamptz - enr.occurred_at)) / 86400))::int as "daysObserved",
          count(*)::int as "accounts"
        from enr left join pay on pay.enrollment_id = enr.enrollment_id
        group by 1, 2, 3, 4, 5`,
  );
}
