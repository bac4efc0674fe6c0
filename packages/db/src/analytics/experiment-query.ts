// What an experiment report reads: one aggregate row per enrollment the split assigned in the range,
// summing every event of that enrollment after the assignment (intention to treat). It joins by
// enrollment rather than by the rows' arm column: the workflow persists its timeline once per wait,
// so the first send after a split is decided before the enrollment row knows its arm.
import { sql, type SQL } from 'drizzle-orm';
import { PROMISE_GRACE_DAYS, type AssignedEnrollment } from '@kairos/analytics/kpi';
import type { KairosDb } from '../database/connection';
import { rangeEnd, rangeStart, rowsOf, type DayRange } from './sql';
import { accountIdInScope, EVERY_ACCOUNT, type PortfolioScope } from '../accounts/account-scope';

/** `and <the rows' accounts are in scope>`, or nothing when every account is. */
const andInScope = (scope: PortfolioScope): SQL => {
  const condition = accountIdInScope(scope, sql`account_id`);
  return condition ? sql`and ${condition}` : sql``;
};

export interface ExperimentFilter extends DayRange {
  cadenceId: string;
  experimentId: string;
  asOf: Date;
  unitCostMinor: Record<string, number>;
}

/** SQL: the unit cost of a row's channel. */
const unitCost = (costs: Record<string, number>): SQL => {
  const cases = Object.entries(costs).map(([channel, cost]) => sql`when ${channel} then ${Math.trunc(cost)}::bigint`);
  return cases.length ? sql`(case f.channel ${sql.join(cases, sql` `)} else 0 end)` : sql`0`;
};

export async function experimentEnrollments(db: KairosDb, f: ExperimentFilter, scope: PortfolioScope = EVERY_ACCOUNT): Promise<{ rows: AssignedEnrollment[]; currency: string | null }> {
  const asOf = new Date(Math.min(f.asOf.getTime(), rangeEnd(f).getTime())).toISOString();
  // A promise is resolved once its deadline (promised day + grace, end of day UTC) has passed, or when kept.
  const deadline = sql`(((f.detail->>'promisedDate')::date + ${PROMISE_GRACE_DAYS + 1}::int)::timestamp at time zone 'UTC')`;
  const rows = await rowsOf<AssignedEnrollment & { currency: string | null }>(
    db,
    sql`with pop as (
          select enrollment_id, arm, occurred_at as assigned_at, coalesce(amount_minor, 0) as placed, currency
          from analytics_events
          where experiment_id = ${f.experimentId} and cadence_id = ${f.cadenceId} and type = 'assigned'
            and occurred_at >= ${rangeStart(f).toISOString()}::timestamptz and occurred_at < ${rangeEnd(f).toISOString()}::timestamptz ${andInScope(scope)}
        ), facts as (
          select enrollment_id,
            count(*) filter (where type = 'contact' and outcome = 'allow') as attempts,
            count(*) filter (where type = 'contact' and outcome = 'block') as suppressed,
            count(*) filter (where type = 'right_party_contact') as rpc,
            count(*) filter (where type = 'promise') as promises,
            count(*) filter (where type = 'promise_kept') as kept,
            count(*) filter (where type = 'promise' and ${deadline} <= ${asOf}::timestamptz)
              + count(*) filter (where type = 'promise_kept' and ${deadline} > ${asOf}::timestamptz) as resolved,
            coalesce(sum(f.amount_minor) filter (where type = 'payment'), 0)
              - coalesce(sum(f.amount_minor) filter (where type = 'payment_failed' and outcome = 'returned'), 0) as collected,
            min(f.occurred_at) filter (where type = 'payment') as first_paid,
            coalesce(sum(${unitCost(f.unitCostMinor)}) filter (where type = 'contact' and outcome = 'allow'), 0) as cost,
            count(*) filter (where type = 'opt_out') as opt_outs,
            count(*) filter (where type = 'complaint') as complaints,
            count(*) filter (where type = 'dispute') as disputes
          from analytics_events f join pop using (enrollment_id)
          where f.type <> 'assigned' and f.occurred_at >= pop.assigned_at and f.occurred_at < ${asOf}::timestamptz
          group by enrollment_id
        )
        select pop.arm as "arm", pop.placed::float8 as "placedMinor", pop.currency as "currency",
          coalesce(facts.attempts, 0)::int as "attempts", coalesce(facts.suppressed, 0)::int as "suppressed",
          coalesce(facts.rpc, 0)::int as "rightPartyContacts", coalesce(facts.promises, 0)::int as "promises",
          coalesce(facts.kept, 0)::int as "promisesKept", coalesce(facts.resolved, 0)::int as "promisesResolved",
          coalesce(facts.collected, 0)::float8 as "collectedMinor",
          floor(extract(epoch from (facts.first_paid - pop.assigned_at)) / 86400)::int as "daysToFirstPayment",
          greatest(0, floor(extract(epoch from (${asOf}::timestamptz - pop.assigned_at)) / 86400))::int as "daysObserved",
          coalesce(facts.cost, 0)::float8 as "costMinor", coalesce(facts.opt_outs, 0)::int as "optOuts",
          coalesce(facts.complaints, 0)::int as "complaints", coalesce(facts.disputes, 0)::int as "disputes"
        from pop left join facts on facts.enrollment_id = pop.enrollment_id`,
  );
  return { rows: rows.map(({ currency: _c, ...r }) => r), currency: rows.find((r) => r.currency)?.currency ?? null };
}

export interface ExperimentActivity {
  cadenceId: string;
  experimentId: string;
  enrolled: number;
  firstAssignedAt: string | null;
  lastAssignedAt: string | null;
}

/** How many enrollments each experiment assigned, and when the first and last were. */
export function experimentActivity(db: KairosDb, cadenceId?: string, scope: PortfolioScope = EVERY_ACCOUNT): Promise<ExperimentActivity[]> {
  return rowsOf<ExperimentActivity>(
    db,
    sql`select cadence_id as "cadenceId", experiment_id as "experimentId", count(*)::int as "enrolled",
          to_char(min(occurred_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "firstAssignedAt",
          to_char(max(occurred_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "lastAssignedAt"
        from analytics_events
        where experiment_id is not null and type = 'assigned' ${cadenceId ? sql`and cadence_id = ${cadenceId}` : sql``} ${andInScope(scope)}
        group by 1, 2`,
  );
}
