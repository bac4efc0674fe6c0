import { expect, it } from 'vitest';
import { fromStripeEvent } from './stripe-events';
import { twilioReceipt } from '@kairos/providers';

it('reads Twilio message and call callbacks as receipts keyed by message and status', () => {
  expect(twilioReceipt({ MessageSid: 'SM1', MessageStatus: 'undelivered', ErrorCode: '30003' })).toMatchObject({
    providerMessageId: 'SM1', receiptKey: 'SM1:undelivered', status: 'failed', providerStatus: 'undelivered', error: expect.stringContaining('30003'),
  });
  expect(twilioReceipt({ SmsSid: 'SM2', SmsStatus: 'delivered' })).toMatchObject({ status: 'delivered' });
  expect(twilioReceipt({ CallSid: 'CA1', CallStatus: 'no-answer' })).toMatchObject({ status: 'failed', outcome: 'no_answer' });
  expect(twilioReceipt({ CallSid: 'CA2', CallStatus: 'completed', AnsweredBy: 'machine_end_beep' })).toMatchObject({ status: 'delivered', outcome: 'voicemail' });
  expect(twilioReceipt({ MessageSid: 'SM3', MessageStatus: 'teleported' })).toEqual({ ignored: 'unknown message status "teleported"' });
});

it('books a Stripe payment once per PaymentIntent, a failure per event, and a chargeback against the payment it takes back', () => {
  const pi = { id: 'pi_1', amount: 5_000, amount_received: 5_000, metadata: { kairos_account_id: 'A-1', kairos_offer_id: 'o-1' } };
  expect(fromStripeEvent({ id: 'evt_1', type: 'payment_intent.succeeded', created: 1_764_000_000, data: { object: pi } })).toEqual({
    accountId: 'A-1', event: { type: 'payment', eventId: 'pi_1', occurredAt: '2025-11-24T16:00:00.000Z', amountCents: 5_000, offerId: 'o-1' },
  });
  expect(fromStripeEvent({ id: 'evt_2', type: 'payment_intent.payment_failed', created: 1_764_000_000, data: { object: { ...pi, last_payment_error: { message: 'Your card was declined.' } } } })).toMatchObject({
    event: { type: 'payment_failed', eventId: 'evt_2', reason: 'Your card was declined.' },
  });
  expect(fromStripeEvent({ id: 'evt_3', type: 'charge.dispute.created', created: 1_764_000_000, data: { object: { id: 'dp_1', amount: 5_000, payment_intent: 'pi_1', reason: 'fraudulent' } } })).toMatchObject({
    accountOfPayment: 'pi_1', event: { type: 'payment_failed', returnedEventId: 'pi_1', reason: 'chargeback: fraudulent' },
  });
  expect(fromStripeEvent({ id: 'evt_4', type: 'payment_intent.succeeded', created: 1, data: { object: { ...pi, metadata: {} } } })).toEqual({ ignored: 'the PaymentIntent has no kairos_account_id in its metadata' });
  expect(fromStripeEvent({ id: 'evt_5', type: 'customer.created', created: 1, data: { object: {} } })).toEqual({ ignored: 'Kairos does not act on customer.created' });
});
