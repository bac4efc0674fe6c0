// Rule-triggered enrollment: which published cadences enroll by rule, which accounts may match,
// and one enrollment per (cadence, account, rule cycle), decided by a unique index.
import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import { triggerPortfolios, type CadenceIR, type EntryTrigger } from '@kairos/cadence';
import type { KairosDb } from '../database/connection';
import { toAccountSnapshot, type StoredAccount } from '../accounts/accounts';
import { placedFacts } from './enrollment-placement';
import { accounts, cadences, cadenceVersions, enrollments } from '../schema';
import type { EnrollmentRow } from './enrollments';

export interface RuleCadence {
  cadenceId: string;
  versionId: string;
  ir: CadenceIR & { trigger: EntryTrigger };
}

/** The newest published version of every live cadence whose entry enrolls by rule. */
export async function listRuleCadences(db: KairosDb): Promise<RuleCadence[]> {
  const rows = await db
    .selectDistinctOn([cadenceVersions.cadenceId], { cadenceId: cadenceVersions.cadenceId, versionId: cadenceVersions.id, ir: cadenceVersions.ir })
    .from(cadenceVersions)
    .innerJoin(cadences, eq(cadences.id, cadenceVersions.cadenceId))
    .where(isNull(cadences.archivedAt))
    .orderBy(cadenceVersions.cadenceId, desc(cadenceVersions.version));
  return rows.filter((r): r is RuleCadence => r.ir.trigger !== undefined);
}

const DAY_MS = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Accounts that may match a rule, a page at a time (by id): of the portfolios the rule applies to, owing something, not enrolled in this
 * cadence now (nor, when the cadence takes one active cadence per account, in any other), and, for date rules, with a due date that could qualify (a day of slack either side
 * for time zones; the rule itself is decided per account by `triggerDecision`).
 */
export async function candidateAccounts(
  db: KairosDb,
  f: { cadenceId: string; trigger: EntryTrigger; oneActiveCadence?: boolean; now: Date; afterId?: string; accountIds?: readonly string[]; limit: number },
): Promise<StoredAccount[]> {
  const conditions = [inArray(accounts.portfolioId, [...triggerPortfolios(f.trigger)]), gt(accounts.balanceCents, 0)];
  if (f.afterId !== undefined) conditions.push(gt(accounts.id, f.afterId));
  if (f.accountIds) conditions.push(inArray(accounts.id, [...f.accountIds]));
  const now = f.now.getTime();
  if (f.trigger.type === 'dpd') conditions.push(lte(accounts.dueDate, isoDate(now - (f.trigger.days - 1) * DAY_MS)));
  if (f.trigger.type === 'preDue') {
    conditions.push(lte(accounts.dueDate, isoDate(now + (f.trigger.days + 1) * DAY_MS)));
    conditions.push(gt(accounts.dueDate, isoDate(now - 2 * DAY_MS)));
  }
  conditions.push(
    sql`not exists (select 1 from ${enrollments} where ${enrollments.accountId} = ${accounts.id} and ${enrollments.cadenceId} = ${f.cadenceId} and ${enrollments.status} = 'active')`,
  );
  if (f.oneActiveCadence) conditions.push(sql`not exists (select 1 from ${enrollments} where ${enrollments.accountId} = ${accounts.id} and ${enrollments.status} = 'active')`);
  const rows = await db.select().from(accounts).where(and(...conditions)).orderBy(asc(accounts.id)).limit(f.limit);
  return rows.map(toAccountSnapshot);
}

/**
 * Store the rule's enrollment of an account for a cycle, once. Returns null when this cycle already
 * enrolled the account (or an enrollment is active), so nothing starts twice.
 */
export async function createTriggeredEnrollment(
  db: KairosDb,
  e: { accountId: string; cadenceId: string; cadenceVersionId: string; triggerCycle: string; workflowIdFor: (enrollmentId: string) => string },
): Promise<EnrollmentRow | null> {
  const id = crypto.randomUUID();
  const [inserted] = await db
    .insert(enrollments)
    .values({
      id,
      accountId: e.accountId,
      cadenceId: e.cadenceId,
      cadenceVersionId: e.cadenceVersionId,
      workflowId: e.workflowIdFor(id),
      triggerCycle: e.triggerCycle,
      ...placedFacts(e.accountId),
    })
    .onConflictDoNothing()
    .returning();
  return inserted ?? null;
}

/**
 * Of these account/cycle pairs, the ones this cadence already enrolled (a rule enrolls an account once
 * per cycle), as `accountId cycle` keys: a preview of who a rule would enroll leaves them out.
 */
export async function enrolledRuleCycles(db: KairosDb, cadenceId: string, pairs: ReadonlyArray<{ accountId: string; cycleKey: string }>): Promise<Set<string>> {
  if (pairs.length === 0) return new Set();
  const rows = await db
    .select({ accountId: enrollments.accountId, cycle: enrollments.triggerCycle })
    .from(enrollments)
    .where(and(eq(enrollments.cadenceId, cadenceId), inArray(enrollments.accountId, [...new Set(pairs.map((p) => p.accountId))]), isNotNull(enrollments.triggerCycle)));
  const wanted = new Set(pairs.map((p) => `${p.accountId} ${p.cycleKey}`));
  return new Set(rows.map((r) => `${r.accountId} ${r.cycle}`).filter((k) => wanted.has(k)));
}

/**
 * Rule enrollments stored but perhaps never started (the API stopped between the insert and the
 * start): active, not yet past their first step, older than `olderThan`. Starting is idempotent.
 */
export function listUnstartedTriggeredEnrollments(db: KairosDb, olderThan: Date, limit: number): Promise<EnrollmentRow[]> {
  return db
    .select()
    .from(enrollments)
    .where(and(eq(enrollments.status, 'active'), isNull(enrollments.currentStepId), sql`${enrollments.triggerCycle} is not null`, lte(enrollments.startedAt, olderThan)))
    .orderBy(asc(enrollments.startedAt))
    .limit(limit);
}
