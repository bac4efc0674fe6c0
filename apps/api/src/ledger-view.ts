// The payment ledger of an account as people read it: payments (full, partial, settlement), failed
// and returned payments, promises with their outcome, plans with their schedule, and the receipts
// sent. Pure: built from stored rows and the clock.
import { endOfLocalDay } from '@kairos/cadence/interpreter';
import type { AccountEventRow, ContactAttemptRow, PaymentOfferRow, PlanInstallmentRow } from '@kairos/db';

const amountOf = (e: AccountEventRow) => Number(e.payload.amountCents ?? 0);

export type PromiseOutcome = 'kept' | 'broken' | 'open';

/** A promise is kept when its amount is paid (or nothing is owed) by the end of its day in the account's zone; broken after that. */
export function promiseOutcome(
  promise: { occurredAt: Date; amountCents: number; promisedDate: string },
  payments: ReadonlyArray<{ occurredAt: Date; amountCents: number; balanceAfterCents?: number }>,
  timezone: string,
  now: Date,
): { outcome: PromiseOutcome; paidCents: number } {
  const deadline = Date.parse(endOfLocalDay(promise.promisedDate, 0, timezone));
  let paidCents = 0;
  let settled = false;
  for (const p of payments) {
    const t = p.occurredAt.getTime();
    if (t < promise.occurredAt.getTime() || t > deadline) continue;
    paidCents += p.amountCents;
    if (p.balanceAfterCents === 0) settled = true;
  }
  if (paidCents >= promise.amountCents || settled) return { outcome: 'kept', paidCents };
  return { outcome: now.getTime() > deadline ? 'broken' : 'open', paidCents };
}

export function ledgerView(a: {
  account: { balanceCents: number; currency: string; timezone: string };
  events: AccountEventRow[];
  offers: PaymentOfferRow[];
  installments: PlanInstallmentRow[];
  notices: ContactAttemptRow[];
  now: Date;
}) {
  const paymentRows = a.events.filter((e) => e.type === 'payment');
  const payments = paymentRows.map((e) => {
    const after = e.payload.balanceAfterCents as number | undefined;
    return {
      eventId: e.eventId,
      source: e.source,
      occurredAt: e.occurredAt.toISOString(),
      amountCents: amountOf(e),
      balanceAfterCents: after ?? null,
      kind: e.payload.settledOfferId ? ('settlement' as const) : after === 0 ? ('full' as const) : ('partial' as const),
      offerId: (e.payload.offerId as string | undefined) ?? (e.payload.settledOfferId as string | undefined) ?? null,
    };
  });
  const failed = a.events
    .filter((e) => e.type === 'payment_failed')
    .map((e) => ({
      eventId: e.eventId,
      source: e.source,
      occurredAt: e.occurredAt.toISOString(),
      amountCents: amountOf(e),
      reason: (e.payload.reason as string | undefined) ?? null,
      returnedEventId: (e.payload.returnedEventId as string | undefined) ?? null,
    }));
  const paid = paymentRows.map((e) => ({ occurredAt: e.occurredAt, amountCents: amountOf(e), ...(e.payload.balanceAfterCents !== undefined ? { balanceAfterCents: Number(e.payload.balanceAfterCents) } : {}) }));
  const promises = a.events
    .filter((e) => e.type === 'promise')
    .map((e) => {
      const promise = { occurredAt: e.occurredAt, amountCents: amountOf(e), promisedDate: String(e.payload.promisedDate) };
      return { eventId: e.eventId, occurredAt: e.occurredAt.toISOString(), amountCents: promise.amountCents, promisedDate: promise.promisedDate, ...promiseOutcome(promise, paid, a.account.timezone, a.now) };
    });
  const plans = a.offers
    .filter((o) => o.kind === 'plan' && o.status !== 'open' && o.status !== 'expired')
    .map((o) => ({
      offerId: o.id,
      status: o.status,
      totalCents: o.amountCents,
      frequency: o.frequency,
      installments: a.installments.filter((i) => i.offerId === o.id).map((i) => ({ seq: i.seq, dueDate: i.dueDate, amountCents: i.amountCents, paidCents: i.paidCents, status: i.status })),
    }));
  const notices = a.notices.map((n) => ({ kind: (n.stepId ?? '').replace(/^notice:/, ''), channel: n.channel, status: n.status, at: n.createdAt.toISOString() }));
  return { balanceCents: a.account.balanceCents, currency: a.account.currency, payments, failedPayments: failed, promises, plans, notices };
}
