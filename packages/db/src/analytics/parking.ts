// Facts the analytics projection cannot turn into events are parked, not retried in place: a run that
// fails on a batch finds the bad fact(s) by halving the batch (each half in a savepoint), parks them with
// the database's reason and appends the rest, so one bad row never holds back every report. Parked
// facts are retried by later runs with backoff, and at once when an admin asks.
import { asc, count, sql } from 'drizzle-orm';
import type { KairosDb } from '../database/connection';
import { appendAnalyticsBatches, type AnalyticsBatch } from './log';
import { analyticsParkedFacts, type ProjectedFactKind } from '../schema';

/** A fact row the projection reads: its table (by kind) and id. */
export interface FactRef {
  kind: ProjectedFactKind;
  id: string;
}

/** A fact and the events it makes, appended all or nothing. */
export interface FactUnit extends FactRef {
  batches: AnalyticsBatch[];
}

export interface UnprojectableFact extends FactRef {
  reason: string;
}

export type ParkedFact = typeof analyticsParkedFacts.$inferSelect;

/** A bound on what one reason keeps: enough for the database's message and a hint. */
const MAX_REASON = 500;

/** The SQLSTATE of a database error, wherever the driver or the ORM put it. */
function sqlState(err: unknown): string | null {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return null;
}

/**
 * Whether the error is about the facts themselves (bad data, a broken constraint, a mapping that
 * cannot read a row), which parking isolates. Anything else (a lost connection, a deadlock, a timeout,
 * a bug in a statement) would fail on every fact alike: the run fails and the next one tries again.
 */
export function isFactError(err: unknown): boolean {
  const state = sqlState(err);
  if (state) return state.startsWith('22') || state.startsWith('23');
  return err instanceof TypeError || err instanceof RangeError || err instanceof SyntaxError;
}

/** A failed run in words fit for a log: the SQLSTATE or the error's name, never the query, its values or a row. */
export function projectionFailure(err: unknown): string {
  const state = sqlState(err);
  return state ? `SQLSTATE ${state}` : err instanceof Error ? err.name : 'unknown error';
}

/** The reason a fact is parked with: the database's own message (the ORM's wrapper quotes the query and its values: not that). */
export function parkingReason(err: unknown): string {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && e instanceof Error) return `${e.message} (SQLSTATE ${code})`.slice(0, MAX_REASON);
  }
  return (err instanceof Error ? `${err.name}: ${err.message}` : String(err)).slice(0, MAX_REASON);
}

/**
 * Append the units' events; when that fails on the facts, append each half on its own (in a savepoint)
 * until the units that fail alone are found. Returns the events appended and the units that failed.
 */
export async function appendIsolating(tx: KairosDb, units: readonly FactUnit[]): Promise<{ events: number; failed: UnprojectableFact[] }> {
  if (units.length === 0) return { events: 0, failed: [] };
  try {
    const events = await tx.transaction((sp) => appendAnalyticsBatches(sp as unknown as KairosDb, units.flatMap((u) => u.batches)));
    return { events, failed: [] };
  } catch (err) {
    if (!isFactError(err)) throw err;
    if (units.length === 1) return { events: 0, failed: [{ kind: units[0]!.kind, id: units[0]!.id, reason: parkingReason(err) }] };
    // In order: a fact's enrollment (its cohort row) stays ahead of the facts that name it.
    const half = Math.ceil(units.length / 2);
    const first = await appendIsolating(tx, units.slice(0, half));
    const second = await appendIsolating(tx, units.slice(half));
    return { events: first.events + second.events, failed: [...first.failed, ...second.failed] };
  }
}

/** Park facts (again): the reason now, one attempt more, the next attempt later (1 minute, doubling, at most an hour). */
export async function parkFacts(tx: KairosDb, facts: readonly UnprojectableFact[]): Promise<void> {
  if (facts.length === 0) return;
  const backoff = (attempts: ReturnType<typeof sql>) => sql`now() + least(interval '1 minute' * power(2, ${attempts} - 1), interval '1 hour')`;
  await tx
    .insert(analyticsParkedFacts)
    .values(facts.map((f) => ({ kind: f.kind, factId: f.id, reason: f.reason, nextAttemptAt: backoff(sql`1`) })))
    .onConflictDoUpdate({
      target: [analyticsParkedFacts.kind, analyticsParkedFacts.factId],
      set: {
        reason: sql`excluded.reason`,
        lastSeenAt: sql`now()`,
        attempts: sql`${analyticsParkedFacts.attempts} + 1`,
        nextAttemptAt: backoff(sql`(${analyticsParkedFacts.attempts} + 1)`),
      },
    });
}

/** Forget parked facts that are projected now. */
export async function unparkFacts(tx: KairosDb, facts: readonly FactRef[]): Promise<void> {
  if (facts.length === 0) return;
  await tx.execute(sql`
    delete from analytics_parked_facts p
    using jsonb_to_recordset(${JSON.stringify(facts)}::jsonb) as f (kind text, id text)
    where p.kind = f.kind and p.fact_id = f.id`);
}

/** Parked facts whose next attempt is due, the longest waiting first. */
export async function dueParkedFacts(tx: KairosDb, limit: number): Promise<FactRef[]> {
  const rows = await tx
    .select({ kind: analyticsParkedFacts.kind, id: analyticsParkedFacts.factId })
    .from(analyticsParkedFacts)
    .where(sql`${analyticsParkedFacts.nextAttemptAt} <= now()`)
    .orderBy(asc(analyticsParkedFacts.nextAttemptAt))
    .limit(limit);
  return rows;
}

/** Parked facts, the most recently failing first (for admins). */
export function listParkedFacts(db: KairosDb, f: { limit: number }): Promise<ParkedFact[]> {
  return db.select().from(analyticsParkedFacts).orderBy(sql`${analyticsParkedFacts.lastSeenAt} desc`, asc(analyticsParkedFacts.factId)).limit(f.limit);
}

export async function countParkedFacts(db: KairosDb): Promise<number> {
  const [row] = await db.select({ n: count() }).from(analyticsParkedFacts);
  return Number(row?.n ?? 0);
}

/** Make every parked fact due now (an admin fixed the cause); the next projection run retries them. */
export async function makeParkedFactsDue(db: KairosDb): Promise<number> {
  const rows = await db.update(analyticsParkedFacts).set({ nextAttemptAt: sql`now()` }).returning({ kind: analyticsParkedFacts.kind });
  return rows.length;
}
