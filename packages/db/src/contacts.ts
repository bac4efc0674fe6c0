import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { KairosDb } from './connection';
import { isUuid } from './ids';
import { applyDeliveryReceipts } from './delivery-receipts';
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

/** Mark that the provider is about to be called: a retry finding this knows the message may be out. */
export async function markContactDispatched(db: KairosDb, id: string): Promise<void> {
  await db.update(contactAttempts).set({ dispatchedAt: sql`now()` }).where(eq(contactAttempts.id, id));
}

/**
 * Book the provider's acceptance (`queued` when the provider only queued it) and apply any delivery
 * receipt that arrived before this booking did. Answers the attempt as it stands.
 */
export async function markContactSent(
  db: KairosDb,
  id: string,
  r: { providerMessageId: string; status?: 'queued' | 'sent'; providerStatus?: string },
): Promise<ContactAttemptRow> {
  const [row] = await db
    .update(contactAttempts)
    .set({ status: r.status ?? 'sent', providerMessageId: r.providerMessageId, providerStatus: r.providerStatus ?? null, sentAt: sql`now()`, statusAt: sql`now()`, error: null })
    .where(eq(contactAttempts.id, id))
    .returning();
  return (await applyDeliveryReceipts(db, r.providerMessageId)) ?? row!;
}

export async function getContactAttempt(db: KairosDb, id: string): Promise<ContactAttemptRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(contactAttempts).where(eq(contactAttempts.id, id));
  return row ?? null;
}

export async function getContactAttemptByKey(db: KairosDb, idempotencyKey: string): Promise<ContactAttemptRow | null> {
  const [row] = await db.select().from(contactAttempts).where(eq(contactAttempts.idempotencyKey, idempotencyKey));
  return row ?? null;
}

export async function markContactFailed(
  db: KairosDb,
  id: string,
  r: { error: string; status?: 'failed' | 'bounced' | 'skipped' | 'sent'; providerStatus?: string },
): Promise<void> {
  await db
    .update(contactAttempts)
    .set({ status: r.status ?? 'failed', error: r.error, statusAt: sql`now()`, ...(r.providerStatus ? { providerStatus: r.providerStatus } : {}) })
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
