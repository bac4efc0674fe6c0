// Raw SQL for the analytics read side, answered the same way by PGlite and postgres-js.
import { sql, type SQL } from 'drizzle-orm';
import type { KairosDb } from '../database/connection';

/** Rows of a raw query (postgres-js answers an array, PGlite an object with `rows`). */
export async function rowsOf<T>(db: KairosDb, q: SQL): Promise<T[]> {
  const r: unknown = await db.execute(q);
  return (Array.isArray(r) ? r : (r as { rows: T[] }).rows) as T[];
}

/** A date range of whole UTC days, `to` included: [from 00:00, to + 1 day 00:00). */
export interface DayRange {
  from: string;
  to: string;
}
export const rangeStart = (r: DayRange): Date => new Date(`${r.from}T00:00:00Z`);
export const rangeEnd = (r: DayRange): Date => new Date(Date.parse(`${r.to}T00:00:00Z`) + 86_400_000);

/** `and`-joined SQL conditions (true when none). */
export const allOf = (conditions: SQL[]): SQL => (conditions.length ? sql.join(conditions, sql` and `) : sql`true`);

/** SQL of the DPD bucket of `days` past due (the same edges as @kairos/analytics dpdBucket). */
export const bucketSql = (days: SQL): SQL =>
  sql`(case when ${days} <= 0 then 'pre_due' when ${days} <= 15 then '1-15' when ${days} <= 30 then '16-30' when ${days} <= 60 then '31-60' else '60+' end)`;
