// Delivery receipts: provider status callbacks are stored first (once per portfolio and provider
// event), then applied to the contact attempt they report on. A receipt may overtake the send's own
// bookkeeping (the provider calls back before the worker has recorded the message id); it then waits,
// stored, until `markContactSent` applies it, unless the callback names its attempt (then it applies at
// once). That link is also what settles an attempt whose outcome is unknown: its booking never happened.
// A receipt belongs to the portfolio whose secret verified it and only ever touches attempts of that
// portfolio's accounts: a portfolio cannot move, nor link a message onto, another portfolio's attempt.
import { and, asc, eq, exists, inArray, isNull, sql } from 'drizzle-orm';
import type { DeliveryStatus, NewDeliveryReceipt } from '@kairos/providers';
import type { KairosDb } from '../database/connection';
import type { ContactAttemptRow } from '../schema';
import { accounts, contactAttempts, deliveryReceipts, type ContactStatus } from '../schema';

// The receipt's shape belongs to the providers that report it; the database stores it.
export type { DeliveryStatus, NewDeliveryReceipt };
export type DeliveryReceiptRow = typeof deliveryReceipts.$inferSelect;

/**
 * Statuses only move forward: a late "sent" never undoes "delivered"; the first final word stands.
 * An attempt whose outcome is unknown stands where a pending one does: any word from the provider settles it.
 */
const RANK: Partial<Record<ContactStatus, number>> = { pending: 0, outcome_unknown: 0, queued: 1, sent: 2, delivered: 3, failed: 3, bounced: 3 };
export const isFinalDelivery = (s: ContactStatus): boolean => s === 'delivered' || s === 'failed' || s === 'bounced';

/** Whether a receipt of `next` may replace the attempt's `current` status. */
export function advancesStatus(current: ContactStatus, next: DeliveryStatus): boolean {
  const from = RANK[current];
  return from !== undefined && from < 3 && RANK[next]! > from;
}

/** A receipt as received: what the provider reported, and the portfolio whose secret verified it. */
export type ReceivedDeliveryReceipt = NewDeliveryReceipt & { portfolioId: string };

/** Which stored receipts to apply: those of one portfolio about one provider message. */
export interface ReceiptsOfMessage {
  portfolioId: string;
  providerMessageId: string;
}

/**
 * Store a receipt once per (portfolio, provider, key) and apply it to its portfolio's attempt, in one
 * transaction; answers the attempt as it stands afterwards (null: none of the portfolio's attempts has
 * the message yet, whether or not another portfolio's has).
 */
export async function recordDeliveryReceipt(
  db: KairosDb,
  r: ReceivedDeliveryReceipt,
): Promise<{ receipt: DeliveryReceiptRow; duplicate: boolean; attempt: ContactAttemptRow | null }> {
  const { idempotencyKey, ...row } = r;
  return db.transaction(async (t) => {
    const tx = t as unknown as KairosDb;
    if (idempotencyKey) await linkMessage(tx, { portfolioId: r.portfolioId, provider: r.provider, idempotencyKey, providerMessageId: r.providerMessageId });
    const [inserted] = await tx
      .insert(deliveryReceipts)
      .values({ ...row, outcome: r.outcome ?? null, error: r.error ?? null })
      .onConflictDoNothing({ target: [deliveryReceipts.portfolioId, deliveryReceipts.provider, deliveryReceipts.receiptKey] })
      .returning();
    const receipt =
      inserted ??
      (
        await tx
          .select()
          .from(deliveryReceipts)
          .where(and(eq(deliveryReceipts.portfolioId, r.portfolioId), eq(deliveryReceipts.provider, r.provider), eq(deliveryReceipts.receiptKey, r.receiptKey)))
      )[0]!;
    const attempt = await applyIn(tx, r);
    return { receipt, duplicate: !inserted, attempt };
  });
}

/** The attempt's account belongs to the portfolio (the attempt row itself names no portfolio). */
const ofPortfolio = (tx: KairosDb, portfolioId: string) =>
  exists(
    tx
      .select({ one: sql`1` })
      .from(accounts)
      .where(and(eq(accounts.id, contactAttempts.accountId), eq(accounts.portfolioId, portfolioId))),
  );

/**
 * The provider's message id onto the attempt a callback names, unless it has one: an attempt's message
 * id is never replaced, so a callback cannot move another message's attempt; and only an attempt of the
 * callback's own portfolio, so a portfolio cannot claim another's attempt by its key.
 */
async function linkMessage(tx: KairosDb, l: { portfolioId: string; provider: string; idempotencyKey: string; providerMessageId: string }): Promise<void> {
  await tx
    .update(contactAttempts)
    .set({ providerMessageId: l.providerMessageId })
    .where(
      and(
        eq(contactAttempts.idempotencyKey, l.idempotencyKey),
        eq(contactAttempts.provider, l.provider),
        isNull(contactAttempts.providerMessageId),
        ofPortfolio(tx, l.portfolioId),
      ),
    );
}

/** Apply every stored, unapplied receipt of one portfolio about a provider message to that portfolio's attempt, oldest first. */
export function applyDeliveryReceipts(db: KairosDb, of: ReceiptsOfMessage): Promise<ContactAttemptRow | null> {
  return db.transaction((tx) => applyIn(tx as unknown as KairosDb, of));
}

async function applyIn(tx: KairosDb, { portfolioId, providerMessageId }: ReceiptsOfMessage): Promise<ContactAttemptRow | null> {
  const [attempt] = await tx
    .select()
    .from(contactAttempts)
    .where(and(eq(contactAttempts.providerMessageId, providerMessageId), ofPortfolio(tx, portfolioId)))
    .for('update');
  if (!attempt) return null;
  const pending = await tx
    .select()
    .from(deliveryReceipts)
    .where(and(eq(deliveryReceipts.portfolioId, portfolioId), eq(deliveryReceipts.providerMessageId, providerMessageId), isNull(deliveryReceipts.appliedAt)))
    .orderBy(asc(deliveryReceipts.receivedAt), asc(deliveryReceipts.id));
  if (pending.length === 0) return attempt;
  // Fold the receipts in order (forward only), then write the attempt once.
  let status = attempt.status;
  let winner: DeliveryReceiptRow | undefined;
  for (const receipt of pending) {
    if (advancesStatus(status, receipt.status)) {
      status = receipt.status;
      winner = receipt;
    }
  }
  let current = attempt;
  if (winner) {
    const failed = winner.status === 'failed' || winner.status === 'bounced';
    const [updated] = await tx
      .update(contactAttempts)
      .set({
        status: winner.status,
        providerStatus: winner.providerStatus,
        statusAt: sql`now()`,
        ...(winner.outcome ? { outcome: winner.outcome } : failed ? { outcome: 'failed' } : {}),
        ...(failed ? { error: winner.error ?? `the provider reported ${winner.providerStatus}` } : {}),
      })
      .where(eq(contactAttempts.id, attempt.id))
      .returning();
    current = updated ?? attempt;
  }
  // The receipt that moved the status is marked: the analytics projection makes its delivery event.
  await tx
    .update(deliveryReceipts)
    .set({ appliedAt: sql`now()`, appliedByTx: sql`pg_current_xact_id()`, advancedStatus: winner ? sql`${deliveryReceipts.id} = ${winner.id}` : false })
    .where(inArray(deliveryReceipts.id, pending.map((p) => p.id)));
  return current;
}

/** The receipts one portfolio received about a message, oldest first. */
export function listDeliveryReceipts(db: KairosDb, of: ReceiptsOfMessage): Promise<DeliveryReceiptRow[]> {
  return db
    .select()
    .from(deliveryReceipts)
    .where(and(eq(deliveryReceipts.portfolioId, of.portfolioId), eq(deliveryReceipts.providerMessageId, of.providerMessageId)))
    .orderBy(asc(deliveryReceipts.receivedAt));
}
