// A person's pause, resume or stop of enrollments: what the enrollment row records (who paused it,
// when, why) and the audit entry, written together. The route signals the workflow first; this write
// only follows a delivered signal, so a row never says "paused" of a run that was not told.
import { and, asc, eq, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import type { KairosDb } from '../database/connection';
import { isUuid } from '../database/ids';
import { enrollments } from '../schema';
import { accountIdInScope, EVERY_ACCOUNT, type PortfolioScope } from '../accounts/account-scope';
import { appendAudit, type Actor } from '../audit/audit';
import type { EnrollmentRow } from './enrollments';

export const CONTROL_ACTIONS = ['pause', 'resume', 'stop'] as const;
export type ControlAction = (typeof CONTROL_ACTIONS)[number];

/** What an action came to for one enrollment: it changed it, or why it had nothing to do. */
export type ControlOutcome = 'paused' | 'resumed' | 'stopped' | 'already_paused' | 'not_paused' | 'already_finished';

/** What `action` would do to the enrollment as it stands (pure: decides before the workflow is told). */
export function planControl(row: Pick<EnrollmentRow, 'status' | 'pausedAt'>, action: ControlAction): { outcome: ControlOutcome; changes: boolean } {
  if (row.status !== 'active') return { outcome: 'already_finished', changes: false };
  if (action === 'stop') return { outcome: 'stopped', changes: true };
  if (action === 'pause') return row.pausedAt ? { outcome: 'already_paused', changes: false } : { outcome: 'paused', changes: true };
  return row.pausedAt ? { outcome: 'resumed', changes: true } : { outcome: 'not_paused', changes: false };
}

const AUDITED = { pause: 'enrollment_paused', resume: 'enrollment_resumed', stop: 'enrollment_stopped' } as const;

/**
 * Record a pause, resume or stop the workflow has been told about, with its audit entry, in one
 * transaction. Null when the row moved meanwhile (finished, or another person got there first).
 */
export async function recordControl(
  db: KairosDb,
  c: { enrollmentId: string; action: ControlAction; actor: Actor; reason: string | null; detail?: Record<string, unknown> },
): Promise<EnrollmentRow | null> {
  if (!isUuid(c.enrollmentId)) return null;
  return db.transaction(async (t) => {
    const tx = t as unknown as KairosDb;
    const active = and(eq(enrollments.id, c.enrollmentId), eq(enrollments.status, 'active'));
    const by = c.actor.email ?? c.actor.id;
    const [updated] =
      c.action === 'pause'
        ? await tx.update(enrollments).set({ pausedAt: sql`now()`, pausedBy: by, pauseReason: c.reason, updatedAt: sql`now()` }).where(and(active, isNull(enrollments.pausedAt))).returning()
        : c.action === 'resume'
          ? await tx.update(enrollments).set({ pausedAt: null, pausedBy: null, pauseReason: null, updatedAt: sql`now()` }).where(and(active, isNotNull(enrollments.pausedAt))).returning()
          : await tx
              .update(enrollments)
              .set({ status: 'finished', exitReason: 'stopped', finishedAt: sql`now()`, pausedAt: null, pausedBy: null, pauseReason: null, updatedAt: sql`now()` })
              .where(active)
              .returning();
    // The run, told first, may have recorded its own end before this write: that end is this stop.
    const row =
      updated ??
      (c.action === 'stop'
        ? (await tx.select().from(enrollments).where(and(eq(enrollments.id, c.enrollmentId), eq(enrollments.exitReason, 'stopped'))))[0]
        : undefined);
    if (!row) return null;
    await appendAudit(tx, {
      actor: c.actor,
      action: AUDITED[c.action],
      cadenceId: row.cadenceId,
      versionId: row.cadenceVersionId,
      enrollmentId: row.id,
      detail: { accountId: row.accountId, reason: c.reason, ...c.detail },
    });
    return row;
  });
}

/**
 * The next active enrollments of a version that `action` would change (not yet paused for a pause,
 * paused for a resume), in the reader's scope, oldest id first after `afterId`: a version is worked
 * through in batches.
 */
export function versionEnrollmentsToControl(
  db: KairosDb,
  v: { versionId: string; action: Exclude<ControlAction, 'stop'>; limit: number; afterId?: string },
  scope: PortfolioScope = EVERY_ACCOUNT,
): Promise<EnrollmentRow[]> {
  if (!isUuid(v.versionId)) return Promise.resolve([]);
  return db
    .select()
    .from(enrollments)
    .where(
      and(
        eq(enrollments.cadenceVersionId, v.versionId),
        eq(enrollments.status, 'active'),
        v.action === 'pause' ? isNull(enrollments.pausedAt) : isNotNull(enrollments.pausedAt),
        v.afterId && isUuid(v.afterId) ? gt(enrollments.id, v.afterId) : undefined,
        accountIdInScope(scope, enrollments.accountId),
      ),
    )
    .orderBy(asc(enrollments.id))
    .limit(v.limit);
}

/** How many of a version's active enrollments (in the reader's scope) are paused and running. */
export async function versionPauseCounts(db: KairosDb, versionId: string, scope: PortfolioScope = EVERY_ACCOUNT): Promise<{ paused: number; running: number }> {
  if (!isUuid(versionId)) return { paused: 0, running: 0 };
  const [row] = await db
    .select({
      paused: sql<number>`count(*) filter (where ${enrollments.pausedAt} is not null)`.mapWith(Number),
      running: sql<number>`count(*) filter (where ${enrollments.pausedAt} is null)`.mapWith(Number),
    })
    .from(enrollments)
    .where(and(eq(enrollments.cadenceVersionId, versionId), eq(enrollments.status, 'active'), accountIdInScope(scope, enrollments.accountId)));
  return row ?? { paused: 0, running: 0 };
}
