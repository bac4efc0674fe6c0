// Our Stripe-scheme verifier against the official `stripe` package: what Stripe's own helper signs,
// we accept; what we sign, Stripe's own verifier accepts; anything else is refused with a reason.
import Stripe from 'stripe';
import { expect, it } from 'vitest';
import { timestampedSignature, verifyStripeSignature } from './timestamped-signature';

const stripe = new Stripe('sk_test_kairos');
const secret = 'whsec_test_kairos_signing_secret';
const payload = JSON.stringify({ id: 'evt_1', type: 'payment_intent.succeeded', created: 1_764_000_000, data: { object: { id: 'pi_1', amount: 500 } } });
const now = 1_764_000_100;

it('accepts a request signed by Stripe\'s own test-header helper', () => {
  const header = stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: now });
  expect(verifyStripeSignature(payload, header, secret, now)).toEqual({ ok: true, timestamp: now });
});

it('signs the way Stripe verifies (constructEvent accepts our header)', () => {
  const header = timestampedSignature(secret, payload, now);
  const event = stripe.webhooks.constructEvent(payload, header, secret, 300, undefined, now);
  expect(event.id).toBe('evt_1');
});

it('refuses a wrong secret, a changed body, a missing or malformed header, and a replay outside the tolerance', () => {
  const header = stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: now });
  expect(verifyStripeSignature(payload, header, 'whsec_other', now)).toMatchObject({ ok: false, reason: expect.stringMatching(/does not match/) });
  expect(verifyStripeSignature(payload.replace('500', '50000'), header, secret, now)).toMatchObject({ ok: false, reason: expect.stringMatching(/does not match/) });
  expect(verifyStripeSignature(payload, undefined, secret, now)).toMatchObject({ ok: false, reason: expect.stringMatching(/not signed/) });
  expect(verifyStripeSignature(payload, 'v1=abc', secret, now)).toMatchObject({ ok: false, reason: expect.stringMatching(/malformed/) });
  expect(verifyStripeSignature(payload, header, secret, now + 301)).toMatchObject({ ok: false, reason: expect.stringMatching(/replay/) });
});

it('accepts any of several v1 signatures, as during a secret rotation', () => {
  const old = stripe.webhooks.generateTestHeaderString({ payload, secret: 'whsec_old', timestamp: now });
  const fresh = stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: now });
  const both = `${old},${fresh.split(',')[1]}`;
  expect(verifyStripeSignature(payload, both, secret, now).ok).toBe(true);
});
