import { and, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { KairosDb } from '../database/connection';
import { isUuid } from '../database/ids';
import { sandboxOutbox } from '../schema';
import { accountIdInScope, EVERY_ACCOUNT, type PortfolioScope } from '../accounts/account-scope';

export type OutboxRow = typeof sandboxOutbox.$inferSelect;

/** The sandbox provider's "send": one row per idempotency key, however often it is called. */
export async function writeSandboxOutbox(
  db: KairosDb,
  m: { idempotencyKey: string; accountId: string; channel: string; recipient: string; subject?: string; body: string },
): Promise<{ message: OutboxRow; duplicate: boolean }> {
  const [inserted] = await db
    .insert(sandboxOutbox)
    .values({ ...m, subject: m.subject ?? null })
    .onConflictDoNothing({ target: sandboxOutbox.idempotencyKey })
    .returning();
  if (inserted) return { message: inserted, duplicate: false };
  const [earlier] = await db.select().from(sandboxOutbox).where(eq(sandboxOutbox.idempotencyKey, m.idempotencyKey));
  return { message: earlier!, duplicate: true };
}

/** Newest first; `search` matches the body, subject or recipient. */
export function listOutbox(db: KairosDb, f: { accountId?: string; search?: string; limit: number }, scope: PortfolioScope = EVERY_ACCOUNT): Promise<OutboxRow[]> {
  const conditions: (SQL | undefined)[] = [accountIdInScope(scope, sandboxOutbox.accountId)];
  if (f.accountId !== undefined) conditions.push(eq(sandboxOutbox.accountId, f.accountId));
  if (f.search) {
    const like = `%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(sandboxOutbox.body, like), ilike(sandboxOutbox.subject, like), ilike(sandboxOutbox.recipient, like))!);
  }
  return db
    .select()
    .from(sandboxOutbox)
    .where(and(...conditions))
    .orderBy(desc(sandboxOutbox.createdAt), desc(sandboxOutbox.id))
    .limit(f.limit);
}

export async function getOutboxMessage(db: KairosDb, id: string, scope: PortfolioScope = EVERY_ACCOUNT): Promise<OutboxRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(sandboxOutbox).where(and(eq(sandboxOutbox.id, id), accountIdInScope(scope, sandboxOutbox.accountId)));
  return row ?? null;
}
