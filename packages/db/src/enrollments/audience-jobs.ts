// The background enrollment of an audience: stored when asked, moved forward a page at a time,
// read by whoever watches its progress.
import { and, eq, lt, sql } from 'drizzle-orm';
import type { KairosDb } from '../database/connection';
import { isUuid } from '../database/ids';
import type { PortfolioScope } from '../accounts/account-scope';
import { audienceEnrollments } from '../schema';
import type { Audience } from './audience';

export type AudienceJobRow = typeof audienceEnrollments.$inferSelect;

export function audienceOf(row: AudienceJobRow): Audience {
  return row.audience as unknown as Audience;
}

export function scopeOf(row: AudienceJobRow): PortfolioScope {
  return row.scope;
}

/**
 * Store a job, or find the one this requester already started with the same idempotency key
 * (created: false): a retried request watches the first job instead of starting another.
 */
export async function createAudienceJob(
  db: KairosDb,
  j: { cadenceId: string; cadenceVersionId: string; audience: Audience; scope: PortfolioScope; requestedBy: string; idempotencyKey?: string; total: number },
): Promise<{ job: AudienceJobRow; created: boolean }> {
  const [inserted] = await db
    .insert(audienceEnrollments)
    .values({
      cadenceId: j.cadenceId,
      cadenceVersionId: j.cadenceVersionId,
      audience: j.audience as unknown as Record<string, unknown>,
      scope: { portfolios: j.scope.portfolios === 'all' ? 'all' : [...j.scope.portfolios], queuesOnly: j.scope.queuesOnly },
      requestedBy: j.requestedBy,
      idempotencyKey: j.idempotencyKey ?? null,
      total: j.total,
    })
    .onConflictDoNothing()
    .returning();
  if (inserted) return { job: inserted, created: true };
  const [existing] = await db
    .select()
    .from(audienceEnrollments)
    .where(and(eq(audienceEnrollments.requestedBy, j.requestedBy), eq(audienceEnrollments.idempotencyKey, j.idempotencyKey ?? '')));
  if (!existing) throw new Error('audience enrollment conflicted with a job that cannot be read');
  return { job: existing, created: false };
}

export async function getAudienceJob(db: KairosDb, id: string): Promise<AudienceJobRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(audienceEnrollments).where(eq(audienceEnrollments.id, id));
  return row ?? null;
}

/**
 * Where a running job stands after a page (absolute figures, so a repeated write changes nothing), and
 * the last account id that page decided, from which a resumed job goes on.
 */
export async function recordAudienceProgress(db: KairosDb, id: string, p: { done: number; enrolled: number; excluded: Record<string, number>; cursor: string | null }): Promise<void> {
  await db
    .update(audienceEnrollments)
    .set({ done: p.done, enrolled: p.enrolled, excluded: p.excluded, cursor: p.cursor, updatedAt: sql`now()` })
    .where(and(eq(audienceEnrollments.id, id), eq(audienceEnrollments.status, 'running')));
}

export async function finishAudienceJob(db: KairosDb, id: string, end: { status: 'finished' | 'failed'; error?: string }): Promise<void> {
  await db
    .update(audienceEnrollments)
    .set({ status: end.status, error: end.error ?? null, updatedAt: sql`now()`, finishedAt: sql`now()` })
    .where(and(eq(audienceEnrollments.id, id), eq(audienceEnrollments.status, 'running')));
}

/**
 * Take over the running jobs nobody has moved for a while (their API stopped mid-way): each is claimed by
 * stamping it, in one statement, so two API instances never both take the same job. A live job stamps
 * itself after every page, so it is never stale while it runs.
 */
export async function claimStaleAudienceJobs(db: KairosDb, staleBefore: Date): Promise<AudienceJobRow[]> {
  return db
    .update(audienceEnrollments)
    .set({ updatedAt: sql`now()` })
    .where(and(eq(audienceEnrollments.status, 'running'), lt(audienceEnrollments.updatedAt, staleBefore)))
    .returning();
}
