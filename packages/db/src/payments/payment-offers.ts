import { randomBytes } from 'node:crypto';
import { and, desc, eq, gt } from 'drizzle-orm';
import type { KairosDb } from '../database/connection';
import { isUuid } from '../database/ids';
import { paymentOffers } from '../schema';

export type PaymentOfferRow = typeof paymentOffers.$inferSelect;
export type NewPaymentOffer = Omit<typeof paymentOffers.$inferInsert, 'id' | 'token' | 'status' | 'createdAt'>;

/**
 * Make an offer once per idempotency key: a retried step gets the offer it made the first time.
 * Returns the offer and whether this call created it.
 */
export async function createPaymentOffer(db: KairosDb, offer: NewPaymentOffer): Promise<{ offer: PaymentOfferRow; created: boolean }> {
  const [inserted] = await db
    .insert(paymentOffers)
    .values({ ...offer, enrollmentId: offer.enrollmentId && isUuid(offer.enrollmentId) ? offer.enrollmentId : null, token: randomBytes(18).toString('base64url') })
    .onConflictDoNothing({ target: paymentOffers.idempotencyKey })
    .returning();
  if (inserted) return { offer: inserted, created: true };
  const [existing] = await db.select().from(paymentOffers).where(eq(paymentOffers.idempotencyKey, offer.idempotencyKey));
  if (!existing) throw new Error(`payment offer ${offer.idempotencyKey} neither inserted nor found`);
  return { offer: existing, created: false };
}

/** The newest open, unexpired offer of each kind for an account: what templates and the checkout show. */
export async function openOffers(db: KairosDb, accountId: string, at: Date): Promise<Partial<Record<PaymentOfferRow['kind'], PaymentOfferRow>>> {
  const rows = await db
    .select()
    .from(paymentOffers)
    .where(and(eq(paymentOffers.accountId, accountId), eq(paymentOffers.status, 'open'), gt(paymentOffers.expiresAt, at)))
    .orderBy(desc(paymentOffers.createdAt));
  const out: Partial<Record<PaymentOfferRow['kind'], PaymentOfferRow>> = {};
  for (const r of rows) out[r.kind] ??= r;
  return out;
}

export async function getPaymentOfferByToken(db: KairosDb, token: string): Promise<PaymentOfferRow | null> {
  const [row] = await db.select().from(paymentOffers).where(eq(paymentOffers.token, token));
  return row ?? null;
}

export function listPaymentOffers(db: KairosDb, accountId: string): Promise<PaymentOfferRow[]> {
  return db.select().from(paymentOffers).where(eq(paymentOffers.accountId, accountId)).orderBy(desc(paymentOffers.createdAt));
}
