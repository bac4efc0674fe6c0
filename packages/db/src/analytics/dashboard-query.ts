// What the portfolio dashboard reads: the daily rollup of the range and the cohort enrolled in it.
import { and, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { CohortRow, DailyRollupRow } from '@kairos/analytics/kpi';
import type { KairosDb } from '../database/connection';
import { allOf, bucketSql, rangeEnd, rangeStart, rowsOf, type DayRange } from './sql';
import { analyticsDaily } from '../schema';
import { accountIdInScope, EVERY_ACCOUNT, type PortfolioScope } from '../accounts/account-scope';

export interface DashboardFilter extends DayRange {
  tier?: string;
  cadenceId?: string;
  versionId?: string;
  /** The instant the report is as of (now): unpaid accounts are observed up to it. */
  asOf: Date;
}

/**
 * Rollup cells of the range and slice, summed over cadences and versions. The daily rollup knows no
 * accounts: a reader of some portfolios gets the same cells summed from their accounts' events, each
 * under its enrollment's reported tier (what the rollup settles them to).
 */
export function dashboardRollup(db: KairosDb, f: DashboardFilter, scope: PortfolioScope = EVERY_ACCOUNT): Promise<DailyRollupRow[]> {
  const inScope = accountIdInScope(scope, sql`e.account_id`);
  if (inScope) return scopedRollup(db, f, inScope);
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


function scopedRollup(db: KairosDb, f: DashboardFilter, inScope: SQL): Promise<DailyRollupRow[]> {
  const tier = sql`coalesce(c.tier, e.tier)`;
  const where: SQL[] = [sql`e.occurred_at >= ${rangeStart(f).toISOString()}::timestamptz`, sql`e.occurred_at < ${rangeEnd(f).toISOString()}::timestamptz`, inScope];
  if (f.tier !== undefined) where.push(sql`${tier} = ${f.tier}`);
  if (f.cadenceId !== undefined) where.push(sql`e.cadence_id = ${f.cadenceId}`);
  if (f.versionId !== undefined) where.push(sql`e.version_id = ${f.versionId}`);
  return rowsOf<DailyRollupRow>(
    db,
    sql`select ((e.occurred_at at time zone 'UTC')::date)::text as "day", ${tier} as "tier", coalesce(e.channel, '') as "channel", e.type as "type",
          coalesce(e.outcome, '') as "outcome", count(*)::float8 as "events", coalesce(sum(e.amount_minor), 0)::float8 as "amountMinor"
        from analytics_events e left join analytics_enrollments c on c.enrollment_id = e.enrollment_id
        where ${allOf(where)}
        group by 1, 2, 3, 4, 5`,
  );
}

/** The accounts enrolled in the range, grouped by tier, DPD bucket then and at `asOf` (or paid), and days to first payment. */
export function dashboardCohort(db: KairosDb, f: DashboardFilter, scope: PortfolioScope = EVERY_ACCOUNT): Promise<CohortRow[]> {
  const asOf = new Date(Math.min(f.asOf.getTime(), rangeEnd(f).getTime())).toISOString();
  const where: SQL[] = [sql`enrolled_at >= ${rangeStart(f).toISOString()}::timestamptz`, sql`enrolled_at < ${rangeEnd(f).toISOString()}::timestamptz`];
  if (f.tier !== undefined) where.push(sql`tier = ${f.tier}`);
  if (f.cadenceId !== undefined) where.push(sql`cadence_id = ${f.cadenceId}`);
  if (f.versionId !== undefined) where.push(sql`version_id = ${f.versionId}`);
  const inScope = accountIdInScope(scope, sql`account_id`);
  if (inScope) where.push(inScope);
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
