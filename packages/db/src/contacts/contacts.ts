import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { KairosDb } from '../database/connection';
import { isUuid } from '../database/ids';
import { applyDeliveryReceipts } from './delivery-receipts';
import { accounts, contactAttempts, type ContactAttemptRow, type ContactStatus } from '../schema';
import { accountIdInScope, EVERY_ACCOUNT, type PortfolioScope } from '../accounts/account-scope';

export type { ContactAttemptRow } from '../schema';

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

/**
 * Mark that the provider is about to be called: a retry finding this knows the message may be out.
 * `providerMessageId`: the id the provider will give the message, when it is known before the call
 * (SMTP's Message-ID), so a report about a send whose booking was lost still finds its attempt.
 */
export async function markContactDispatched(db: KairosDb, id: string, r: { providerMessageId?: string } = {}): Promise<void> {
  await db
    .update(contactAttempts)
    .set({ dispatchedAt: sql`now()`, ...(r.providerMessageId ? { providerMessageId: r.providerMessageId } : {}) })
    .where(eq(contactAttempts.id, id));
}

/** The provider certainly did not take the message (it said so): the retry may call it again. */
export async function undoContactDispatch(db: KairosDb, id: string): Promise<void> {
  await db.update(contactAttempts).set({ dispatchedAt: null }).where(and(eq(contactAttempts.id, id), eq(contactAttempts.status, 'pending')));
}

/**
 * A pending attempt whose provider call may have gone out but whose answer was never booked (the
 * worker stopped in between): `outcome_unknown`, never sent again. A receipt already stored for its
 * message settles it at once; a later one settles it when it arrives. Answers the attempt as it stands.
 */
export async function markContactOutcomeUnknown(db: KairosDb, id: string, reason: string): Promise<ContactAttemptRow | null> {
  const [marked] = await db
    .update(contactAttempts)
    .set({ status: 'outcome_unknown', error: reason, statusAt: sql`now()` })
    .where(and(eq(contactAttempts.id, id), eq(contactAttempts.status, 'pending')))
    .returning();
  const current = marked ?? (await getContactAttempt(db, id));
  if (!current?.providerMessageId) return current;
  return (await applyOwnReceipts(db, current, current.providerMessageId)) ?? current;
}

/** Receipts the attempt's portfolio stored about its message (only that portfolio's word counts for its attempts). */
async function applyOwnReceipts(db: KairosDb, attempt: ContactAttemptRow, providerMessageId: string): Promise<ContactAttemptRow | null> {
  const [owner] = await db.select({ portfolioId: accounts.portfolioId }).from(accounts).where(eq(accounts.id, attempt.accountId));
  return owner ? applyDeliveryReceipts(db, { portfolioId: owner.portfolioId, providerMessageId }) : null;
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
  // A status callback that named this attempt may have moved it on already: the booking never moves it back.
  const stillPending = sql`${contactAttempts.status} = 'pending'`;
  const [row] = await db
    .update(contactAttempts)
    .set({
      status: sql`case when ${stillPending} then ${r.status ?? 'sent'} else ${contactAttempts.status} end`,
      providerMessageId: r.providerMessageId,
      providerStatus: sql`case when ${stillPending} then ${r.providerStatus ?? null} else ${contactAttempts.providerStatus} end`,
      sentAt: sql`now()`,
      statusAt: sql`case when ${stillPending} then now() else ${contactAttempts.statusAt} end`,
      error: sql`case when ${stillPending} then null else ${contactAttempts.error} end`,
    })
    .where(eq(contactAttempts.id, id))
    .returning();
  return (row && (await applyOwnReceipts(db, row, r.providerMessageId))) ?? row!;
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

/** Newest first; `status: 'outcome_unknown'` is what operations check (messages that may or may not have reached the customer). */
export function listContactAttempts(
  db: KairosDb,
  f: { accountId?: string; enrollmentId?: string; status?: ContactStatus; limit: number },
  scope: PortfolioScope = EVERY_ACCOUNT,
): Promise<ContactAttemptRow[]> {
  const conditions: (SQL | undefined)[] = [accountIdInScope(scope, contactAttempts.accountId)];
  if (f.accountId !== undefined) conditions.push(eq(contactAttempts.accountId, f.accountId));
  if (f.status !== undefined) conditions.push(eq(contactAttempts.status, f.status));
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
