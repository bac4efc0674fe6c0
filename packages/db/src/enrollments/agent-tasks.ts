import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { KairosDb } from '../database/connection';
import { isUuid } from '../database/ids';
import { agentTasks } from '../schema';

export type AgentTaskRow = typeof agentTasks.$inferSelect;

/** Queue a task once per idempotency key (a retried step does not queue a second call). */
export async function createAgentTask(
  db: KairosDb,
  t: Omit<typeof agentTasks.$inferInsert, 'id' | 'status' | 'createdAt' | 'closedAt'>,
): Promise<{ task: AgentTaskRow; created: boolean }> {
  const [inserted] = await db
    .insert(agentTasks)
    .values({ ...t, enrollmentId: t.enrollmentId && isUuid(t.enrollmentId) ? t.enrollmentId : null })
    .onConflictDoNothing({ target: agentTasks.idempotencyKey })
    .returning();
  if (inserted) return { task: inserted, created: true };
  const [existing] = await db.select().from(agentTasks).where(eq(agentTasks.idempotencyKey, t.idempotencyKey));
  if (!existing) throw new Error(`agent task ${t.idempotencyKey} neither inserted nor found`);
  return { task: existing, created: false };
}

const PRIORITY_ORDER = sql`case ${agentTasks.priority} when 'urgent' then 0 when 'high' then 1 when 'normal' then 2 else 3 end`;

/** Open tasks of a queue, most urgent first, then by due time. */
export function listAgentTasks(db: KairosDb, f: { queue?: string; status?: AgentTaskRow['status']; accountId?: string; limit: number }): Promise<AgentTaskRow[]> {
  const conditions = [eq(agentTasks.status, f.status ?? 'open')];
  if (f.queue) conditions.push(eq(agentTasks.queue, f.queue));
  if (f.accountId) conditions.push(eq(agentTasks.accountId, f.accountId));
  return db.select().from(agentTasks).where(and(...conditions)).orderBy(PRIORITY_ORDER, asc(agentTasks.dueAt)).limit(f.limit);
}

/** Every task of an account, open or closed, newest first: what agents were asked to do about it. */
export function listAccountAgentTasks(db: KairosDb, f: { accountId: string; limit: number }): Promise<AgentTaskRow[]> {
  return db.select().from(agentTasks).where(eq(agentTasks.accountId, f.accountId)).orderBy(desc(agentTasks.createdAt), desc(agentTasks.id)).limit(f.limit);
}

/** Close an open task; a closed task stays closed (returns null when not open). */
export async function closeAgentTask(db: KairosDb, id: string, status: 'done' | 'cancelled'): Promise<AgentTaskRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .update(agentTasks)
    .set({ status, closedAt: sql`now()` })
    .where(and(eq(agentTasks.id, id), eq(agentTasks.status, 'open')))
    .returning();
  return row ?? null;
}
