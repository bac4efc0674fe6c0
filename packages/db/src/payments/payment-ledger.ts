// The payment ledger of an account: what payments, failed and returned payments, accepted plans and
// settlements do to the balance, applied inside the transaction that stores the event (the account
// row locked), so the balance, the offers and the plan schedule never disagree with the events.
import { and, asc, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { AccountEvent } from '@kairos/cadence';
import type { KairosDb } from '../database/connection';
import { isUuid } from '../database/ids';
import { allocatePayment, installmentSchedule } from './plan-schedule';
import { accountEvents, accounts, paymentOffers, planInstallments } from '../schema';

export type PlanInstallmentRow = typeof planInstallments.$inferSelect;

/** What the ledger adds to a stored event's payload: the balance after it, and the offer it settled. */
export interface LedgerEffect {
  balanceAfterCents?: number;
  settledOfferId?: string;
}

/** Apply a new event from `source` to the balance, offers and plan schedule; `tx` is the storing transaction. */
export async function applyLedgerEffects(tx: KairosDb, accountId: string, event: AccountEvent, source: string): Promise<LedgerEffect> {
  if ('amountCents' in event && !Number.isSafeInteger(event.amountCents)) {
    // Refused inside the storing transaction, so the event is not kept either.
    throw new RangeError(`amountCents ${event.amountCents} is beyond what the ledger can hold exactly`);
  }
  if (event.type === 'payment') return applyPayment(tx, accountId, event);
  if (event.type === 'payment_failed' && event.returnedEventId) return applyReturn(tx, accountId, event, source);
  if (event.type === 'plan_accepted') await acceptPlan(tx, accountId, event.planId);
  return {};
}

async function lockedBalance(tx: KairosDb, accountId: string): Promise<number | null> {
  const [row] = await tx.select({ balanceCents: accounts.balanceCents }).from(accounts).where(eq(accounts.id, accountId)).for('update');
  return row ? row.balanceCents : null;
}

async function setBalance(tx: KairosDb, accountId: string, balanceCents: number) {
  await tx.update(accounts).set({ balanceCents, updatedAt: sql`now()` }).where(eq(accounts.id, accountId));
}

async function applyPayment(tx: KairosDb, accountId: string, event: Extract<AccountEvent, { type: 'payment' }>): Promise<LedgerEffect> {
  const balance = await lockedBalance(tx, accountId);
  if (balance === null) return {};
  const at = new Date(event.occurredAt);
  // A settlement discount is honoured when its amount is paid while the offer is open ("in time").
  const discounts = await tx
    .select()
    .from(paymentOffers)
    .where(and(eq(paymentOffers.accountId, accountId), eq(paymentOffers.kind, 'discount'), eq(paymentOffers.status, 'open'), gte(paymentOffers.expiresAt, at)))
    .orderBy(desc(paymentOffers.createdAt));
  const settles = discounts.find((d) => (event.offerId ? d.id === event.offerId : true) && event.amountCents >= d.amountCents);
  let balanceAfterCents = Math.max(0, balance - event.amountCents);
  if (settles) {
    balanceAfterCents = 0;
    await tx.update(paymentOffers).set({ status: 'paid' }).where(eq(paymentOffers.id, settles.id));
  }
  if (event.offerId && isUuid(event.offerId) && !settles) {
    const [offer] = await tx.select().from(paymentOffers).where(and(eq(paymentOffers.id, event.offerId), eq(paymentOffers.accountId, accountId)));
    if (offer?.kind === 'link' && offer.status === 'open' && event.amountCents >= offer.amountCents) {
      await tx.update(paymentOffers).set({ status: 'paid' }).where(eq(paymentOffers.id, offer.id));
    }
  }
  await allocateToPlan(tx, accountId, event.amountCents, balanceAfterCents);
  await setBalance(tx, accountId, balanceAfterCents);
  return { balanceAfterCents, ...(settles ? { settledOfferId: settles.id } : {}) };
}

/**
 * A payment that came back is owed again, once: the returned payment must be a booked payment of this
 * account. Two processors may use the same id: the one reporting the return is asked about first.
 */
async function applyReturn(tx: KairosDb, accountId: string, event: Extract<AccountEvent, { type: 'payment_failed' }>, source: string): Promise<LedgerEffect> {
  const balance = await lockedBalance(tx, accountId);
  if (balance === null) return {};
  const [returned] = await tx
    .select()
    .from(accountEvents)
    .where(and(eq(accountEvents.accountId, accountId), eq(accountEvents.eventId, event.returnedEventId!), eq(accountEvents.type, 'payment')))
    .orderBy(desc(sql`${accountEvents.source} = ${source}`))
    .limit(1);
  if (!returned) return { balanceAfterCents: balance };
  const balanceAfterCents = balance + Math.min(event.amountCents, Number(returned.payload.amountCents ?? event.amountCents));
  await setBalance(tx, accountId, balanceAfterCents);
  return { balanceAfterCents };
}

/** Accepting a plan offer makes its schedule; an offer that is not open (expired, accepted already) makes none. */
async function acceptPlan(tx: KairosDb, accountId: string, planId: string) {
  if (!isUuid(planId)) return;
  const [offer] = await tx
    .select()
    .from(paymentOffers)
    .where(and(eq(paymentOffers.id, planId), eq(paymentOffers.accountId, accountId), eq(paymentOffers.kind, 'plan')))
    .for('update');
  if (!offer || offer.status !== 'open' || !offer.installments || !offer.installmentCents || !offer.firstDueDate) return;
  await tx.update(paymentOffers).set({ status: 'accepted' }).where(eq(paymentOffers.id, offer.id));
  const schedule = installmentSchedule({
    totalCents: offer.amountCents,
    installments: offer.installments,
    installmentCents: offer.installmentCents,
    firstDueDate: offer.firstDueDate,
    frequency: offer.frequency ?? 'monthly',
  });
  await tx.insert(planInstallments).values(schedule.map((s) => ({ ...s, offerId: offer.id, accountId }))).onConflictDoNothing();
}

async function allocateToPlan(tx: KairosDb, accountId: string, amountCents: number, balanceAfterCents: number) {
  const [plan] = await tx
    .select()
    .from(paymentOffers)
    .where(and(eq(paymentOffers.accountId, accountId), eq(paymentOffers.kind, 'plan'), eq(paymentOffers.status, 'accepted')))
    .orderBy(desc(paymentOffers.createdAt))
    .limit(1);
  if (!plan) return;
  const open = await tx
    .select()
    .from(planInstallments)
    .where(and(eq(planInstallments.offerId, plan.id), inArray(planInstallments.status, ['due', 'missed'])))
    .orderBy(asc(planInstallments.seq));
  for (const a of allocatePayment(open, amountCents)) {
    await tx
      .update(planInstallments)
      .set({ paidCents: a.paidCents, ...(a.paid ? { status: 'paid' as const } : {}) })
      .where(and(eq(planInstallments.offerId, plan.id), eq(planInstallments.seq, a.seq)));
  }
  if (balanceAfterCents === 0) await tx.update(paymentOffers).set({ status: 'paid' }).where(eq(paymentOffers.id, plan.id));
}

export function listPlanInstallments(db: KairosDb, accountId: string): Promise<PlanInstallmentRow[]> {
  return db.select().from(planInstallments).where(eq(planInstallments.accountId, accountId)).orderBy(asc(planInstallments.offerId), asc(planInstallments.seq));
}

/** Installments still due whose date is on or before `onOrBefore` (YYYY-MM-DD), with their account's zone, for the plan sweep. */
export function listDueInstallmentsUpTo(db: KairosDb, onOrBefore: string, limit = 500) {
  return db
    .select({ installment: planInstallments, timezone: accounts.timezone })
    .from(planInstallments)
    .innerJoin(accounts, eq(accounts.id, planInstallments.accountId))
    .innerJoin(paymentOffers, eq(paymentOffers.id, planInstallments.offerId))
    .where(and(eq(planInstallments.status, 'due'), eq(paymentOffers.status, 'accepted'), sql`${planInstallments.dueDate} <= ${onOrBefore}`))
    .orderBy(asc(planInstallments.dueDate))
    .limit(limit);
}

/** Mark an installment missed and its plan broken; false when it was paid or marked meanwhile. */
export async function markInstallmentMissed(tx: KairosDb, installmentId: string): Promise<PlanInstallmentRow | null> {
  const [row] = await tx
    .update(planInstallments)
    .set({ status: 'missed', missedAt: sql`now()` })
    .where(and(eq(planInstallments.id, installmentId), eq(planInstallments.status, 'due')))
    .returning();
  if (!row) return null;
  await tx.update(paymentOffers).set({ status: 'broken' }).where(and(eq(paymentOffers.id, row.offerId), eq(paymentOffers.status, 'accepted')));
  return row;
}
