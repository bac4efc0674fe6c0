// The canvas overlay of a version: per node, how many entered, wait there now, finished there, and
// paid within N days of entering; per outcome, how many left by it (the editor maps these to edges).
import { and, count, eq, sql } from 'drizzle-orm';
import type { KairosDb } from '../database/connection';
import { rangeEnd, rangeStart, rowsOf, type DayRange } from './sql';
import { enrollments } from '../schema';
import { accountIdInScope, EVERY_ACCOUNT, type PortfolioScope } from '../accounts/account-scope';

export interface NodeOverlay {
  entered: number;
  waitingNow: number;
  exitedHere: number;
  paidWithin: number;
}

export interface VersionOverlay {
  nodes: Record<string, NodeOverlay>;
  /** `nodeId\u0000outcome` -> enrollments that left the node by that outcome. */
  outcomes: Map<string, number>;
}

export async function versionOverlay(db: KairosDb, f: DayRange & { versionId: string; paidWithinDays: number }, scope: PortfolioScope = EVERY_ACCOUNT): Promise<VersionOverlay> {
  const scoped = accountIdInScope(scope, sql`account_id`);
  const andInScope = scoped ? sql`and ${scoped}` : sql``;
  const start = rangeStart(f).toISOString();
  const end = rangeEnd(f).toISOString();
  const nodes: Record<string, NodeOverlay> = {};
  const node = (id: string) => (nodes[id] ??= { entered: 0, waitingNow: 0, exitedHere: 0, paidWithin: 0 });
  const outcomes = new Map<string, number>();
  const moves = await rowsOf<{ nodeId: string; type: string; outcome: string; n: number }>(
    db,
    sql`select node_id as "nodeId", type, coalesce(outcome, '') as outcome, count(*)::int as n
        from analytics_events
        where version_id = ${f.versionId} and occurred_at >= ${start}::timestamptz and occurred_at < ${end}::timestamptz
          and type in ('entered', 'left', 'finished') and node_id is not null ${andInScope}
        group by 1, 2, 3`,
  );
  for (const m of moves) {
    if (m.type === 'entered') node(m.nodeId).entered += m.n;
    else if (m.type === 'finished') node(m.nodeId).exitedHere += m.n;
    else outcomes.set(`${m.nodeId}\u0000${m.outcome}`, (outcomes.get(`${m.nodeId}\u0000${m.outcome}`) ?? 0) + m.n);
  }
  const paid = await rowsOf<{ nodeId: string; n: number }>(
    db,
    sql`with ent as (
          select enrollment_id, node_id, min(occurred_at) as at
          from analytics_events
          where version_id = ${f.versionId} and type = 'entered' and occurred_at >= ${start}::timestamptz and occurred_at < ${end}::timestamptz ${andInScope}
          group by 1, 2
        ), pay as (
          select enrollment_id, occurred_at from analytics_events
          where version_id = ${f.versionId} and type = 'payment' and occurred_at >= ${start}::timestamptz
        )
        select ent.node_id as "nodeId", count(*)::int as n from ent
        where exists (select 1 from pay where pay.enrollment_id = ent.enrollment_id and pay.occurred_at >= ent.at
                        and pay.occurred_at < ent.at + make_interval(days => ${f.paidWithinDays}::int))
        group by 1`,
  );
  for (const p of paid) node(p.nodeId).paidWithin = p.n;
  const waiting = await db
    .select({ stepId: enrollments.currentStepId, n: count() })
    .from(enrollments)
    .where(and(eq(enrollments.cadenceVersionId, f.versionId), eq(enrollments.status, 'active'), accountIdInScope(scope, enrollments.accountId)))
    .groupBy(enrollments.currentStepId);
  for (const w of waiting) if (w.stepId) node(w.stepId).waitingNow = w.n;
  return { nodes, outcomes };
}
