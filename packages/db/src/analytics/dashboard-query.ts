// What the portfolio dashboard reads: the daily rollup of the range and the cohort enrolled in it.
import { and, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { CohortRow, DailyRollupRow } from '@kairos/analytics/kpi';
import type { KairosDb } from '../database/connection';
import { allOf, bucketSql, rangeEnd, rangeStart, rowsOf, type DayRange } from './sql';
import { analyticsDaily } from '../schema';

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


/** The accounts enrolled in the range, grouped by tier, DPD bucket then and at `asOf` (or paid), and days to first payment. */
export function dashboardCohort(db: KairosDb, f: DashboardFilter): Promise<CohortRow[]> {
  const asOf = new Date(Math.min(f.asOf.getTime(), rangeEnd(f).getTime())).toISOString();
  const where: SQL[] = [sql`enrolled_at >= ${rangeStart(f).toISOString()}::timestamptz`, sql`enrolled_at < ${rangeEnd(f).toISOString()}::timestamptz`];
  if (f.tier !== undefined) where.push(sql`tier = ${f.tier}`);
  if (f.cadenceId !== undefined) where.push(sql`cadence_id = ${f.cadenceId}`);
  if (f.versionId !== undefined) where.push(sql`version_id = ${f.versionId}`);
  // Payments after `asOf` have not happened yet as far as this report knows.
  const paid = sql`(first_paid_at < ${asOf}::timestamptz)`;
  const cleared = sql`(cleared_at < ${asOf}::timestamptz)`;
  return rowsOf<CohortRow>(
    db,
    sql`select tier as "tier", from_bucket as "fromBucket",
          case when ${cleared} then 'paid' else ${bucketSql(sql`((${asOf}::timestamptz at time zone 'UTC')::date - due_date)`)} end as "toBucket",
          case when ${paid} then floor(extract(epoch from (first_paid_at - enrolled_at)) / 86400)::int end as "daysToFirstPayment",
          greatest(0, floor(extract(epoch from (${asOf}::timestamptz - enrolled_at)) / 86400))::int as "daysObserved",
          count(*)::int as "accounts"
        from analytics_enrollments
        where ${allOf(where)}
        group by 1, 2, 3, 4, 5`,
  );
}
