// The analytics projection: the facts an enrollment writes on its hot path (the enrollment, its timeline,
// contact decisions, delivery receipts, account events) become analytics events here, in batches, after
// they commit — so the fact's own transaction carries no analytics work at all. Each fact row records
// the transaction that wrote it; a run reads the facts of the transactions that have all finished
// (below the snapshot's xmin) from where the last run stopped, appends their events with the rollups,
// and moves its mark in the same transaction: a crash repeats nothing and skips nothing. A fact that
// cannot be projected is parked with its reason (`analytics-parking.ts`) and the mark moves past it.
import { eq, sql } from 'drizzle-orm';
import type { KairosDb } from '../database/connection';
import { projectedFacts, type FactScope } from './fact-units';
import { analyticsWritesOff } from './log';
import { appendIsolating, dueParkedFacts, makeParkedFactsDue, parkFacts, unparkFacts, countParkedFacts } from './parking';
import { rowsOf } from './sql';
import { settleTiers } from './tiers';
import { analyticsProjection } from '../schema';

const PROJECTION = 'events';
/** Transactions read per run at most: bounds one run's memory after a long pause (the next run goes on). */
const MAX_TRANSACTIONS_PER_RUN = 20_000;
/** Parked facts retried per run at most. */
const RETRIES_PER_RUN = 200;

/** Project the facts in scope: append what can be, park what cannot, settle the tiers they decide. */
async function project(tx: KairosDb, scope: FactScope): Promise<{ events: number; projected: number; parked: number }> {
  const facts = await projectedFacts(tx, scope);
  const appended = await appendIsolating(tx, facts.units);
  const failed = [...facts.unprojectable, ...appended.failed];
  await parkFacts(tx, failed);
  await settleTiers(tx, facts.tiers);
  if ('refs' in scope) {
    // A retried fact that projected (or whose row is gone) is parked no more.
    const stillFailing = new Set(failed.map((f) => `${f.kind}\u0000${f.id}`));
    await unparkFacts(tx, scope.refs.filter((r) => !stillFailing.has(`${r.kind}\u0000${r.id}`)));
  }
  return { events: appended.events, projected: facts.units.length - appended.failed.length, parked: failed.length };
}

/**
 * Through when the facts are projected once the mark is at `next`. A transaction that committed before an
 * instant got its id before the snapshots taken after it (below their xmax). So when the mark reaches
 * this snapshot's xmax, everything committed before this run began is projected; while transactions are
 * still open below it, an earlier run's snapshot (the checkpoint) tells through when, once the mark passes it.
 */
function freshnessAfter(mark: typeof analyticsProjection.$inferSelect | undefined, next: string, xmax: string) {
  const now = sql`now()`;
  if (BigInt(next) >= BigInt(xmax)) return { caughtUpAt: now, checkpointXmax: null, checkpointAt: null };
  const checkpoint = { checkpointXmax: xmax, checkpointAt: now };
  if (!mark?.checkpointXmax || !mark.checkpointAt) return checkpoint;
  if (BigInt(next) >= BigInt(mark.checkpointXmax)) return { caughtUpAt: mark.checkpointAt, ...checkpoint };
  return {};
}

interface Run {
  events: number;
  caughtUp: boolean;
  /** Parked facts this run retried, and how many of them projected. */
  retried: number;
  unparked: number;
}

/** One run over the facts of the finished transactions since the last (and, with `retry`, the parked facts that are due). */
async function projectOnce(db: KairosDb, retry: boolean): Promise<Run> {
  return db.transaction(async (t) => {
    const tx = t as unknown as KairosDb;
    // One projection at a time (API processes on one Postgres): the mark row is the lock.
    const [mark] = await tx.select().from(analyticsProjection).where(eq(analyticsProjection.id, PROJECTION)).for('update');
    const from = mark?.nextTx ?? '0';
    const [horizon] = await rowsOf<{ xmin: string; xmax: string }>(
      tx,
      sql`select pg_snapshot_xmin(pg_current_snapshot())::text as xmin, pg_snapshot_xmax(pg_current_snapshot())::text as xmax`,
    );
    const { xmin, xmax } = horizon!;
    const to = BigInt(xmin) - BigInt(from) > MAX_TRANSACTIONS_PER_RUN ? String(BigInt(from) + BigInt(MAX_TRANSACTIONS_PER_RUN)) : xmin;
    const run: Run = { events: 0, caughtUp: to === xmin || BigInt(to) <= BigInt(from), retried: 0, unparked: 0 };
    if (BigInt(to) > BigInt(from)) run.events += (await project(tx, { window: { from, to } })).events;
    // Parked facts after the window: what they name (an enrollment, its cohort row) is projected by then.
    const due = retry ? await dueParkedFacts(tx, RETRIES_PER_RUN) : [];
    if (due.length) {
      const retried = await project(tx, { refs: due });
      Object.assign(run, { events: run.events + retried.events, retried: due.length, unparked: due.length - retried.parked });
    }
    const next = BigInt(to) > BigInt(from) ? to : from;
    const freshness = freshnessAfter(mark, next, xmax);
    await tx
      .insert(analyticsProjection)
      .values({ id: PROJECTION, nextTx: next, ...freshness })
      .onConflictDoUpdate({ target: analyticsProjection.id, set: { nextTx: next, projectedAt: sql`now()`, ...freshness } });
    return run;
  });
}

/**
 * Bring the analytics events up to date with every committed fact (runs until caught up), retrying the
 * parked facts whose backoff has passed. The API calls it on a timer and before answering an analytics
 * query, so reports read their own writes. Returns the events appended.
 */
export async function projectAnalytics(db: KairosDb): Promise<number> {
  return (await projectUntilCaughtUp(db)).events;
}

async function projectUntilCaughtUp(db: KairosDb): Promise<{ events: number; unparked: number }> {
  if (analyticsWritesOff()) return { events: 0, unparked: 0 };
  let events = 0;
  let unparked = 0;
  for (let retry = true; ; ) {
    const run = await projectOnce(db, retry);
    events += run.events;
    unparked += run.unparked;
    // A full page of retries may have more due behind it; retried facts that fail again are due later.
    retry = run.retried === RETRIES_PER_RUN;
    if (run.caughtUp && !retry) return { events, unparked };
  }
}

/** Retry every parked fact now (its cause was fixed): how many projected, and how many are still parked. */
export async function retryParkedFacts(db: KairosDb): Promise<{ retried: number; projected: number; stillParked: number }> {
  const retried = await makeParkedFactsDue(db);
  const { unparked } = await projectUntilCaughtUp(db);
  return { retried, projected: unparked, stillParked: await countParkedFacts(db) };
}
