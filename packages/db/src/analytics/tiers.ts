// The tier an enrollment is reported under: the tier its cadence's tier-split chose, read from the
// enrollment's timeline (the interpreter logs which outcome it left the split by), else the account's
// own (attributes.tier, kept on the enrollment). The first tier-split an enrollment leaves decides, as
// the first assignment of an experiment does. Events appended before the split chose sit in the rollups
// under the account's tier; `settleTiers` moves them, once per enrollment.
import { sql } from 'drizzle-orm';
import { tierSplitNode } from '@kairos/cadence';
import type { KairosDb } from '../database/connection';
import { rowsOf } from './sql';

/** What an enrollment's first tier-split decided: the tier it chose, or null when no tier matched (`otherwise`). */
export interface TierDecision {
  stepId: string;
  tier: string | null;
}

/** The tier to report: the split's choice, else the account's own. */
export const reportedTier = (ownTier: string, decision: TierDecision | undefined): string => decision?.tier ?? ownTier;

const uuidList = (ids: readonly string[]) => `{${ids.join(',')}}`;

/** The tier-split decisions of these enrollments (those that left one), by enrollment id. */
export async function tierDecisions(tx: KairosDb, enrollmentIds: readonly string[]): Promise<Map<string, TierDecision>> {
  if (enrollmentIds.length === 0) return new Map();
  const ids = uuidList(enrollmentIds);
  // The tier-split steps of their versions, each version's IR read once. A tier-split compiles to a
  // branch whose rules are the tiers: leaving by any outcome but its `otherwise` is the tier it chose.
  const splits = await rowsOf<{ versionId: string; stepId: string; otherwise: string | null }>(
    tx,
    sql`select v.id::text as "versionId", s.key as "stepId", s.value->'run'->>'otherwise' as "otherwise"
        from cadence_versions v cross join lateral jsonb_each(v.ir->'steps') s
        where v.id in (select cadence_version_id from enrollments where id = any(${ids}::uuid[])) and s.value->>'kind' = ${tierSplitNode.kind}`,
  );
  if (splits.length === 0) return new Map();
  const rows = await rowsOf<{ enrollmentId: string; stepId: string; tier: string | null }>(
    tx,
    sql`select distinct on (t.enrollment_id) t.enrollment_id::text as "enrollmentId", t.step_id as "stepId",
          case when t.outcome is distinct from sp.otherwise then t.outcome end as "tier"
        from enrollment_timeline t
        join enrollments e on e.id = t.enrollment_id
        join jsonb_to_recordset(${JSON.stringify(splits)}::jsonb) as sp ("versionId" text, "stepId" text, otherwise text)
          on sp."versionId" = e.cadence_version_id::text and sp."stepId" = t.step_id
        where t.enrollment_id = any(${ids}::uuid[]) and t.type = 'left'
        order by t.enrollment_id, t.seq`,
  );
  return new Map(rows.map((r) => [r.enrollmentId, { stepId: r.stepId, tier: r.tier }]));
}

/**
 * Report each decided enrollment under its tier from now on: its cohort row takes the tier, and the
 * rollup cells of its events appended under another tier move to it. Once per enrollment (the cohort
 * row remembers the step that decided); enrollments without a cohort row yet are settled when it comes.
 */
export async function settleTiers(tx: KairosDb, decisions: ReadonlyMap<string, TierDecision>): Promise<void> {
  if (decisions.size === 0) return;
  const decided = [...decisions].map(([enrollmentId, d]) => ({ enrollment_id: enrollmentId, step_id: d.stepId, tier: d.tier }));
  const pending = await rowsOf<{ enrollment_id: string; step_id: string; tier: string }>(
    tx,
    sql`select c.enrollment_id, d.step_id, coalesce(d.tier, c.tier) as tier
        from jsonb_to_recordset(${JSON.stringify(decided)}::jsonb) as d (enrollment_id text, step_id text, tier text)
        join analytics_enrollments c on c.enrollment_id = d.enrollment_id
        where c.tier_step is null
        order by c.enrollment_id
        for update of c`,
  );
  if (pending.length === 0) return;
  const p = sql`(select * from jsonb_to_recordset(${JSON.stringify(pending)}::jsonb) as p (enrollment_id text, step_id text, tier text))`;
  // The rollup cell of each event appended under another tier, and the cell of its new tier.
  const moved = sql`select (e.occurred_at at time zone 'UTC')::date as day, coalesce(e.cadence_id, '') as cadence_id, coalesce(e.version_id, '') as version_id,
                      e.tier as from_tier, p.tier as to_tier, coalesce(e.channel, '') as channel, e.type, coalesce(e.outcome, '') as outcome,
                      count(*) as n, coalesce(sum(e.amount_minor), 0) as amount
                    from analytics_events e join ${p} p on e.enrollment_id = p.enrollment_id
                    where e.tier <> p.tier
                    group by 1, 2, 3, 4, 5, 6, 7, 8`;
  // Keys in key order, as every rollup upsert takes them (no deadlock with a concurrent append).
  await tx.execute(sql`
    with moved as (${moved}),
    cells as (
      select day, cadence_id, version_id, from_tier as tier, channel, type, outcome, -n as n, -amount as amount from moved
      union all
      select day, cadence_id, version_id, to_tier, channel, type, outcome, n, amount from moved
    )
    insert into analytics_daily (day, cadence_id, version_id, tier, channel, type, outcome, events, amount_minor)
    select day, cadence_id, version_id, tier, channel, type, outcome, sum(n), sum(amount) from cells
    group by 1, 2, 3, 4, 5, 6, 7 order by 1, 2, 3, 4, 5, 6, 7
    on conflict (day, cadence_id, version_id, tier, channel, type, outcome)
      do update set events = analytics_daily.events + excluded.events, amount_minor = analytics_daily.amount_minor + excluded.amount_minor`);
  // A cell left empty would list its tier with no accounts.
  await tx.execute(sql`
    delete from analytics_daily d using (${moved}) m
    where d.day = m.day and d.cadence_id = m.cadence_id and d.version_id = m.version_id and d.tier = m.from_tier
      and d.channel = m.channel and d.type = m.type and d.outcome = m.outcome and d.events = 0`);
  await tx.execute(sql`
    update analytics_enrollments c set tier = p.tier, tier_step = p.step_id
    from ${p} p where c.enrollment_id = p.enrollment_id`);
}
