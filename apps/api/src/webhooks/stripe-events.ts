// Stripe events as account events. Kairos puts the account (and the offer) in the PaymentIntent's
// metadata when it creates one: `kairos_account_id`, `kairos_offer_id`.
import { z } from 'zod';
import type { AccountEvent } from '@kairos/cadence';

export const stripeEventSchema = z.object({
  id: z.string().min(1),
  type: z.string().min(1),
  created: z.number().int(),
  data: z.object({ object: z.record(z.string(), z.unknown()) }),
});
export type StripeEvent = z.output<typeof stripeEventSchema>;

const intentSchema = z.object({
  id: z.string(),
  amount: z.number().int().positive(),
  amount_received: z.number().int().min(0).optional(),
  metadata: z.record(z.string(), z.string()).default({}),
  last_payment_error: z.object({ message: z.string().optional(), code: z.string().optional() }).nullish(),
});
const disputeSchema = z.object({
  id: z.string(),
  amount: z.number().int().positive(),
  payment_intent: z.string().nullish(),
  reason: z.string().optional(),
});

export type StripeMapping =
  | { accountId: string; event: AccountEvent }
  /** A chargeback: the account is the one whose booked payment (by PaymentIntent id) it takes back. */
  | { accountOfPayment: string; event: AccountEvent }
  | { ignored: string };

/** What a Stripe event means for an account; events about other things are acknowledged and ignored. */
export function fromStripeEvent(e: StripeEvent): StripeMapping {
  const occurredAt = new Date(e.created * 1000).toISOString();
  if (e.type === 'payment_intent.succeeded' || e.type === 'payment_intent.payment_failed') {
    const pi = intentSchema.safeParse(e.data.object);
    if (!pi.success) return { ignored: `the ${e.type} object is not a PaymentIntent Kairos can read` };
    const accountId = pi.data.metadata.kairos_account_id;
    if (!accountId) return { ignored: 'the PaymentIntent has no kairos_account_id in its metadata' };
    const offer = pi.data.metadata.kairos_offer_id ? { offerId: pi.data.metadata.kairos_offer_id } : {};
    if (e.type === 'payment_intent.succeeded') {
      // The PaymentIntent id, not the event id: however many events tell of this payment, it is booked once.
      return { accountId, event: { type: 'payment', eventId: pi.data.id, occurredAt, amountCents: pi.data.amount_received || pi.data.amount, ...offer } };
    }
    const reason = pi.data.last_payment_error?.message ?? pi.data.last_payment_error?.code ?? 'the payment was declined';
    return { accountId, event: { type: 'payment_failed', eventId: e.id, occurredAt, amountCents: pi.data.amount, reason, ...offer } };
  }
  if (e.type === 'charge.dispute.created') {
    // A chargeback takes a booked payment back: the amount is owed again (a card dispute is not a debt dispute).
    const d = disputeSchema.safeParse(e.data.object);
    if (!d.success || !d.data.payment_intent) return { ignored: 'the dispute names no PaymentIntent' };
    return {
      accountOfPayment: d.data.payment_intent,
      event: { type: 'payment_failed', eventId: e.id, occurredAt, amountCents: d.data.amount, reason: `chargeback${d.data.reason ? `: ${d.data.reason}` : ''}`, returnedEventId: d.data.payment_intent },
    };
  }
  return { ignored: `Kairos does not act on ${e.type}` };
}
