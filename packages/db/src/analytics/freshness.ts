// How fresh the analytics are: through when the projection last reached every finished transaction,
// and how many facts it had to park. Reports say it beside their figures; /health counts it.
import { sql } from 'drizzle-orm';
import type { KairosDb } from '../database/connection';
import { rowsOf } from './sql';

export interface AnalyticsFreshness {
  /** Every fact committed before this instant is counted, but for the parked ones; null before the first complete run. */
  projectedThrough: Date | null;
  /** Seconds from `projectedThrough` to now (the database's clock); null before the first complete run. */
  lagSeconds: number | null;
  /** Facts the projection could not count (see GET /analytics/parked). */
  parkedFacts: number;
}

export async function analyticsFreshness(db: KairosDb): Promise<AnalyticsFreshness> {
  const [row] = await rowsOf<{ through: string | null; lag: number | null; parked: number }>(
    db,
    sql`select to_char(p.caught_up_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as through,
               extract(epoch from now() - p.caught_up_at)::float8 as lag,
               (select count(*) from analytics_parked_facts)::int as parked
        from (select 1) one left join analytics_projection p on p.id = 'events'`,
  );
  return {
    projectedThrough: row?.through ? new Date(row.through) : null,
    lagSeconds: row?.lag === null || row?.lag === undefined ? null : Math.max(0, Math.round(Number(row.lag))),
    parkedFacts: Number(row?.parked ?? 0),
  };
}
