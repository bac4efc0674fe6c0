import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { KairosDb } from './connection';
import { isUuid } from './ids';
import { contactAttempts } from './schema';

export type ContactAttemptRow = typeof contactAttempts.$inferSelect;

/**
 * Claim a contact attempt by its idempotency key. A retried activity gets the earlier attempt back
 * (existing: true) and can see whether the message already went out.
 */
export async function beginContactAttempt(
  db: KairosDb,
  a: {
    idempotencyKey: string;
    enrollmentId: string | null;
    accountId: string;
    stepId: string | null;
    channel: string;
    provider: string;
    recipient: string;
    subject?: string;
    body: string;
  },
): Promise<{ attempt: ContactAttemptRow; existing: boolean }> {
  const [inserted] = await db
    .insert(contactAttempts)
    .values({ ...a, subject: a.subject ?? null })
    .onConflictDoNothing({ target: contactAttempts.idempotencyKey })
    .returning();
  if (inserted) return { attempt: inserted, existing: false };
  const [earlier] = await db.select().from(contactAttempts).where(eq(contactAttempts.idempotencyKey, a.idempotencyKey));
  return { attempt: earlier!, existing: true };
}

export async function markContactSent(db: KairosDb, id: string, r: { providerMessageId: string }): Promise<void> {
  await db
    .update(contactAttempts)
    .set({ status: 'sent', providerMessageId: r.providerMessageId, sentAt: sql`now()`, error: null })
    .where(eq(contactAttempts.id, id));
}

export async function markContactFailed(db: KairosDb, id: string, r: { error: string; status?: 'failed' | 'skipped' }): Promise<void> {
  await db
    .update(contactAttempts)
    .set({ status: r.status ?? 'failed', error: r.error })
    .where(eq(contactAttempts.id, id));
}

export function listContactAttempts(
  db: KairosDb,
  f: { accountId?: string; enrollmentId?: string; limit: number },
): Promise<ContactAttemptRow[]> {
  const conditions: SQL[] = [];
  if (f.accountId !== undefined) conditions.push(eq(contactAttempts.accountId, f.accountId));
  if (f.enrollmentId !== undefined) {
    if (!isUuid(f.enrollmentId)) return Promise.resolve([]);
    conditions.push(eq(contactAttempts.enrollmentId, f.enrollmentId));
  }
  return db
    .select()
    .from(contactAttempts)
    .where(and(...conditions))
    .orderBy(desc(contactAttempts.createdAt), desc(contactAttempts.id))
    .limit(f.limit);
}
