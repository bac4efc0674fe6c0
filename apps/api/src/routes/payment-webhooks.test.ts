// Payment webhooks are bound to the portfolio whose secret signed them: an event books only on an
// account of that portfolio, and is stored once per (portfolio, processor, event id).
import Stripe from 'stripe';
import { beforeAll, expect, it } from 'vitest';
import { getAccount, listAccountEvents } from '@kairos/db';
import { describeEachDatabase } from '@kairos/db/testing';
import { timestampedSignature } from '@kairos/providers';
import { appWithoutTemporal, dana, signedIn, type ApiClient } from '../testing/api-harness';

const stripe = new Stripe('sk_test_kairos');
const SECRETS = {
  cards: { stripeWebhookSecret: 'whsec_cards_0123456789', paymentsWebhookSecret: 'cards-processor-0123456789' },
  loans: { stripeWebhookSecret: 'whsec_loans_0123456789', paymentsWebhookSecret: 'loans-processor-0123456789' },
};
type Portfolio = keyof typeof SECRETS;

describeEachDatabase('payment webhooks by portfolio', (db) => {
  let app: ReturnType<typeof appWithoutTemporal>;
  let admin: ApiClient;
  const now = Math.floor(Date.now() / 1000);
  beforeAll(async () => {
    app = appWithoutTemporal(db());
    admin = await signedIn(app, 'admin');
    for (const [id, secrets] of Object.entries(SECRETS)) {
      expect((await admin.put(`/api/v1/portfolios/${id}`, { name: id, settings: { channels: {} }, secrets })).status).toBe(201);
    }
    for (const [id, portfolioId] of [['C-1', 'cards'], ['C-2', 'cards'], ['L-1', 'loans']] as const) {
      expect((await admin.put(`/api/v1/accounts/${id}`, { ...dana, portfolioId, balanceCents: 10_000 })).status).toBe(201);
    }
  }, 60_000);

  const post = async (path: string, header: string, value: string, body: string) => {
    const res = await app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', [header]: value }, body });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are checked field by field
    return { status: res.status, body: (await res.json()) as any };
  };
  const processorEvent = (portfolio: Portfolio, event: Record<string, unknown>) => {
    const body = JSON.stringify({ type: 'payment', occurredAt: new Date().toISOString(), ...event });
    return post(`/api/v1/webhooks/payments/${portfolio}`, 'kairos-signature', timestampedSignature(SECRETS[portfolio].paymentsWebhookSecret, body, now), body);
  };
  const stripeEvent = (portfolio: Portfolio, event: { id: string; type: string; object: Record<string, unknown> }) => {
    const payload = JSON.stringify({ id: event.id, type: event.type, created: now, data: { object: event.object } });
    return post(`/api/v1/webhooks/stripe/${portfolio}`, 'stripe-signature', stripe.webhooks.generateTestHeaderString({ payload, secret: SECRETS[portfolio].stripeWebhookSecret, timestamp: now }), payload);
  };
  const stripePayment = (portfolio: Portfolio, intent: string, accountId: string, amount: number) =>
    stripeEvent(portfolio, { id: `evt_${intent}_${portfolio}`, type: 'payment_intent.succeeded', object: { id: intent, amount, amount_received: amount, metadata: { kairos_account_id: accountId } } });
  const balance = async (id: string) => (await getAccount(db(), id))!.balanceCents;

  it("a processor's payment that covers an open promise takes the account off the list's open promises", async () => {
    await admin.put('/api/v1/accounts/C-9', { ...dana, portfolioId: 'cards', balanceCents: 10_000 });
    const promisedDate = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const promise = { type: 'promise', eventId: 'pr-c9', accountId: 'C-9', occurredAt: new Date().toISOString(), promisedDate, amountCents: 3_000 };
    expect((await admin.post('/api/v1/account-events', promise)).status).toBe(202);
    const openPromises = async () => (await admin.get('/api/v1/accounts?status=promise_open&portfolio=cards')).body.accounts.map((a: { id: string }) => a.id);
    expect(await openPromises()).toEqual(['C-9']);
    expect((await stripePayment('cards', 'pi_c9', 'C-9', 3_000)).body).toMatchObject({ received: true, duplicate: false });
    expect(await openPromises()).toEqual([]);
  });

  it('refuses a processor event signed by one portfolio that names an account of another, storing nothing', async () => {
    const crossed = await processorEvent('cards', { eventId: 'tx-cross', accountId: 'L-1', amountCents: 4_000 });
    expect(crossed.status).toBe(404);
    expect(crossed.body).toMatchObject({ error: 'not_found', message: expect.stringMatching(/account L-1 .*portfolio cards/) });
    // The answer is the one for an account that does not exist at all: it tells nothing of other portfolios.
    const ghost = await processorEvent('cards', { eventId: 'tx-ghost', accountId: 'NOBODY', amountCents: 4_000 });
    expect(ghost.status).toBe(404);
    expect(crossed.body.message.replaceAll('L-1', 'NOBODY')).toBe(ghost.body.message);
    expect(crossed.body.message).not.toMatch(/loans/);
    expect(await balance('L-1')).toBe(10_000);
    expect(await listAccountEvents(db(), 'L-1')).toEqual([]);
  });

  it('refuses a Stripe payment signed by one portfolio for an account of another, storing nothing', async () => {
    const crossed = await stripePayment('cards', 'pi_cross', 'L-1', 3_000);
    expect(crossed).toMatchObject({ status: 404, body: { error: 'not_found', message: expect.stringMatching(/account L-1 .*portfolio cards/) } });
    expect(await balance('L-1')).toBe(10_000);
    expect(await listAccountEvents(db(), 'L-1')).toEqual([]);
  });

  it('books the same Stripe PaymentIntent id once in each portfolio it arrives through: two facts, each replay stored once', async () => {
    expect((await stripePayment('cards', 'pi_shared', 'C-1', 1_000)).body).toMatchObject({ received: true, duplicate: false });
    expect((await stripePayment('loans', 'pi_shared', 'L-1', 2_000)).body).toMatchObject({ received: true, duplicate: false });
    // Each portfolio's processor redelivers: once per portfolio, never again.
    expect((await stripePayment('cards', 'pi_shared', 'C-1', 1_000)).body).toMatchObject({ received: true, duplicate: true });
    expect((await stripePayment('loans', 'pi_shared', 'L-1', 2_000)).body).toMatchObject({ received: true, duplicate: true });
    expect([await balance('C-1'), await balance('L-1')]).toEqual([9_000, 8_000]);
    const booked = [...(await listAccountEvents(db(), 'C-1')), ...(await listAccountEvents(db(), 'L-1'))].filter((e) => e.eventId === 'pi_shared');
    expect(booked.map((e) => [e.accountId, e.portfolioId, e.source, e.payload.amountCents])).toEqual([
      ['C-1', 'cards', 'stripe', 1_000],
      ['L-1', 'loans', 'stripe', 2_000],
    ]);
  });

  it('books the same generic event id once in each portfolio, and a replay in either once', async () => {
    expect((await processorEvent('cards', { eventId: 'tx-shared', accountId: 'C-2', amountCents: 500 })).body).toMatchObject({ duplicate: false });
    expect((await processorEvent('loans', { eventId: 'tx-shared', accountId: 'L-1', amountCents: 700 })).body).toMatchObject({ duplicate: false });
    expect((await processorEvent('cards', { eventId: 'tx-shared', accountId: 'C-2', amountCents: 500 })).body).toMatchObject({ duplicate: true });
    expect((await processorEvent('loans', { eventId: 'tx-shared', accountId: 'L-1', amountCents: 700 })).body).toMatchObject({ duplicate: true });
    expect([await balance('C-2'), await balance('L-1')]).toEqual([9_500, 7_300]);
    expect((await listAccountEvents(db(), 'C-2')).map((e) => [e.portfolioId, e.source, e.eventId])).toEqual([['cards', 'payments', 'tx-shared']]);
  });

  it('keeps the same event id from two processors of one portfolio as two facts', async () => {
    const before = await balance('C-2');
    expect((await stripePayment('cards', 'shared-id', 'C-2', 100)).body).toMatchObject({ duplicate: false });
    expect((await processorEvent('cards', { eventId: 'shared-id', accountId: 'C-2', amountCents: 200 })).body).toMatchObject({ duplicate: false });
    expect(await balance('C-2')).toBe(before - 300);
    const facts = (await listAccountEvents(db(), 'C-2')).filter((e) => e.eventId === 'shared-id');
    expect(facts.map((e) => e.source).sort()).toEqual(['payments', 'stripe']);
  });

  it('takes back only a payment booked through Stripe in the same portfolio on a chargeback', async () => {
    // pi_shared was booked in both portfolios; a chargeback through loans takes back loans' payment only.
    const chargeback = (portfolio: Portfolio, id: string, intent: string) =>
      stripeEvent(portfolio, { id, type: 'charge.dispute.created', object: { id: `dp_${id}`, amount: 1_000, payment_intent: intent, reason: 'fraudulent' } });
    expect((await chargeback('loans', 'evt_dp_loans', 'pi_shared')).body).toMatchObject({ received: true });
    expect([await balance('C-1'), await balance('L-1')]).toEqual([9_000, 8_300]);
    // A payment of another portfolio is not found from here: acknowledged, ignored, nothing taken back.
    expect((await stripePayment('cards', 'pi_cards_only', 'C-1', 1_000)).body).toMatchObject({ received: true });
    const elsewhere = await chargeback('loans', 'evt_dp_elsewhere', 'pi_cards_only');
    expect(elsewhere).toMatchObject({ status: 200, body: { received: false, ignored: expect.stringMatching(/no payment pi_cards_only/) } });
    expect(await balance('C-1')).toBe(8_000);
    expect((await listAccountEvents(db(), 'C-1')).some((e) => e.eventId === 'evt_dp_elsewhere')).toBe(false);
  });
});
