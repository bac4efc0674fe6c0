import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { ExitReason, TimelineEntry } from '@kairos/cadence';
import type { KairosDb } from '../database/connection';
import { placedFacts } from './enrollment-placement';
import { isUuid } from '../database/ids';
import { accounts, enrollmentTimeline, enrollments } from '../schema';
import { accountIdInScope, EVERY_ACCOUNT, type PortfolioScope } from '../accounts/account-scope';

export type EnrollmentRow = typeof enrollments.$inferSelect;
export type EnrollmentStatus = EnrollmentRow['status'];

const activeFor = (accountId: string, cadenceId: string) =>
  and(eq(enrollments.accountId, accountId), eq(enrollments.cadenceId, cadenceId), eq(enrollments.status, 'active'));

/**
 * Enroll an account in a cadence version. An account has at most one active enrollment per cadence:
 * a concurrent or repeated request gets the existing one back (created: false).
 */
export async function createEnrollment(
  db: KairosDb,
  e: { accountId: string; cadenceId: string; cadenceVersionId: string; workflowIdFor: (enrollmentId: string) => string },
): Promise<{ enrollment: EnrollmentRow; created: boolean }> {
  // The unique index, not a pre-check, decides: a concurrent request loses the insert and reads the
  // winner. If that winner finished in between, there is no active row to return, so try again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const id = crypto.randomUUID();
    const [inserted] = await db
      .insert(enrollments)
      .values({
        id,
        accountId: e.accountId,
        cadenceId: e.cadenceId,
        cadenceVersionId: e.cadenceVersionId,
        workflowId: e.workflowIdFor(id),
        ...placedFacts(e.accountId),
      })
      .onConflictDoNothing({ target: [enrollments.accountId, enrollments.cadenceId], where: sql`${enrollments.status} = 'active'` })
      .returning();
    if (inserted) return { enrollment: inserted, created: true };
    const [existing] = await db.select().from(enrollments).where(activeFor(e.accountId, e.cadenceId));
    if (existing) return { enrollment: existing, created: false };
  }
  throw new Error(`enrollment of account ${e.accountId} in cadence ${e.cadenceId} kept conflicting with enrollments that were finishing`);
}

export async function getEnrollment(db: KairosDb, id: string, scope: PortfolioScope = EVERY_ACCOUNT): Promise<EnrollmentRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(enrollments).where(and(eq(enrollments.id, id), accountIdInScope(scope, enrollments.accountId)));
  return row ?? null;
}

export function listEnrollments(
  db: KairosDb,
  f: { accountId?: string; cadenceId?: string; status?: EnrollmentStatus; limit: number },
  scope: PortfolioScope = EVERY_ACCOUNT,
): Promise<EnrollmentRow[]> {
  const conditions: (SQL | undefined)[] = [accountIdInScope(scope, enrollments.accountId)];
  if (f.accountId !== undefined) conditions.push(eq(enrollments.accountId, f.accountId));
  if (f.cadenceId !== undefined) {
    if (!isUuid(f.cadenceId)) return Promise.resolve([]);
    conditions.push(eq(enrollments.cadenceId, f.cadenceId));
  }
  if (f.status !== undefined) conditions.push(eq(enrollments.status, f.status));
  return db
    .select()
    .from(enrollments)
    .where(and(...conditions))
    .orderBy(desc(enrollments.startedAt))
    .limit(f.limit);
}

export function listActiveEnrollmentsForAccount(db: KairosDb, accountId: string): Promise<EnrollmentRow[]> {
  return listActiveEnrollmentsForAccounts(db, [accountId]);
}

/** The active enrollments of any of these accounts (one query for a batch of them). */
export function listActiveEnrollmentsForAccounts(db: KairosDb, accountIds: readonly string[]): Promise<EnrollmentRow[]> {
  if (accountIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(enrollments)
    .where(and(inArray(enrollments.accountId, [...accountIds]), eq(enrollments.status, 'active')));
}

/** Record what the interpreter logged and where the enrollment stands, once, however often the activity retries. */
export async function recordProgress(
  db: KairosDb,
  p: { enrollmentId: string; entries: TimelineEntry[]; status: EnrollmentStatus; currentStepId: string | null; exitReason: ExitReason | null },
): Promise<void> {
  if (!isUuid(p.enrollmentId)) throw new Error(`cannot record progress: enrollment ${p.enrollmentId} does not exist`);
  await db.transaction(async (t) => {
    const tx = t as unknown as KairosDb;
    const finished = p.status !== 'active';
    // An experiment's arm is stored on the enrollment when the split assigned it; the first assignment stands.
    const assignments = p.entries.filter((e) => e.type === 'assigned' && typeof e.detail?.experimentId === 'string' && e.outcome);
    const latest = assignments.at(-1);
    // The amount placed in an arm is the balance when the split assigned it: kept on the assignment entry.
    const [account] = assignments.length
      ? await tx
          .select({ balanceCents: accounts.balanceCents, currency: accounts.currency })
          .from(accounts)
          .innerJoin(enrollments, eq(enrollments.accountId, accounts.id))
          .where(eq(enrollments.id, p.enrollmentId))
      : [];
    const experiments = assignments.length
      ? sql`${JSON.stringify(Object.fromEntries(assignments.map((a) => [a.detail!.experimentId, a.outcome])))}::jsonb || ${enrollments.experiments}`
      : undefined;
    // Only an active enrollment moves: a late retry of an older batch must not revive a finished one.
    const [moved] = await tx
      .update(enrollments)
      .set({
        status: p.status,
        currentStepId: p.currentStepId,
        exitReason: p.exitReason,
        updatedAt: sql`now()`,
        // A finished enrollment is no longer paused, whoever finished it.
        ...(finished ? { finishedAt: sql`now()`, pausedAt: null, pausedBy: null, pauseReason: null } : {}),
        ...(experiments && latest ? { experiments, experimentId: String(latest.detail!.experimentId), arm: latest.outcome! } : {}),
      })
      .where(and(eq(enrollments.id, p.enrollmentId), eq(enrollments.status, 'active')))
      .returning();
    const enrollment = moved ?? (await tx.select().from(enrollments).where(eq(enrollments.id, p.enrollmentId)))[0];
    if (!enrollment) throw new Error(`cannot record progress: enrollment ${p.enrollmentId} does not exist`);
    if (p.entries.length) {
      await tx
        .insert(enrollmentTimeline)
        .values(
          p.entries.map((e) => ({
            enrollmentId: p.enrollmentId,
            seq: e.seq,
            at: new Date(e.at),
            type: e.type,
            stepId: e.stepId,
            outcome: e.outcome ?? null,
            detail: assignments.includes(e) && account ? { ...e.detail, placedCents: account.balanceCents, placedCurrency: account.currency } : (e.detail ?? null),
          })),
        )
        .onConflictDoNothing({ target: [enrollmentTimeline.enrollmentId, enrollmentTimeline.seq] });
    }
  });
}

export async function getTimeline(db: KairosDb, enrollmentId: string): Promise<TimelineEntry[]> {
  if (!isUuid(enrollmentId)) return [];
  const rows = await db
    .select()
    .from(enrollmentTimeline)
    .where(eq(enrollmentTimeline.enrollmentId, enrollmentId))
    .orderBy(asc(enrollmentTimeline.seq));
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at.toISOString(),
    type: r.type as TimelineEntry['type'],
    stepId: r.stepId,
    ...(r.outcome !== null ? { outcome: r.outcome } : {}),
    ...(r.detail !== null ? { detail: r.detail } : {}),
  }));
}
