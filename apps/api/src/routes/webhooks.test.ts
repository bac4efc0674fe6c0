// Provider callbacks and payment webhooks over HTTP (app.request): signed by the official helpers,
// refused when unsigned, mis-signed or replayed, idempotent when repeated.
import Stripe from 'stripe';
import twilio from 'twilio';
import { beforeAll, expect, it } from 'vitest';
import { beginContactAttempt, getAccount, listAccountEvents, listAudit, listContactAttempts, markContactSent } from '@kairos/db';
import { describeEachDatabase } from '@kairos/db/testing';
import { appWithoutTemporal, signedIn, dana, TEST_ORIGIN, type ApiClient } from '../testing/api-harness';
import { timestampedSignature } from '@kairos/providers';

const TOKEN = 'twilio-auth-token-0123456789abcdef';
const STRIPE_SECRET = 'whsec_kairos_test_0123456789';
const HMAC_SECRET = 'processor-secret-0123456789';
const EMAIL_SECRET = 'email-reports-secret-0123456789';
const stripe = new Stripe('sk_test_kairos');

describeEachDatabase('webhooks', (db) => {
  let app: ReturnType<typeof appWithoutTemporal>;
  let admin: ApiClient;
  const now = Math.floor(Date.now() / 1000);
  beforeAll(async () => {
    app = appWithoutTemporal(db());
    admin = await signedIn(app, 'admin');
    const put = await admin.put('/api/v1/portfolios/cards', {
      name: 'Cards',
      settings: { channels: { sms: 'twilio' }, twilio: { accountSid: `AC${'0'.repeat(32)}`, from: '+15550001111' } },
      secrets: { twilioAuthToken: TOKEN, stripeWebhookSecret: STRIPE_SECRET, paymentsWebhookSecret: HMAC_SECRET, emailWebhookSecret: EMAIL_SECRET },
    });
    expect(put.status).toBe(201);
    await admin.put('/api/v1/accounts/W-1', { ...dana, phone: '+15555550101', portfolioId: 'cards' });
    await admin.put('/api/v1/accounts/W-2', { ...dana, phone: '+15555550102', portfolioId: 'cards', balanceCents: 10_000 });
    await admin.put('/api/v1/accounts/W-3', { ...dana, phone: '+15555550103', email: 'w3@example.com', portfolioId: 'cards' });
  });

  const twilioPost = (path: string, params: Record<string, string>, signature = twilio.getExpectedTwilioSignature(TOKEN, `${TEST_ORIGIN}${path}`, params)) =>
    app.request(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature }, body: new URLSearchParams(params) });
  const signedJson = async (path: string, header: string, value: string, body: string) => {
    const res = await app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', [header]: value }, body });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are checked field by field
    return { status: res.status, body: (await res.json()) as any };
  };

  it('applies a signed Twilio status callback to the contact attempt, and refuses a mis-signed one', async () => {
    const { attempt } = await beginContactAttempt(db(), { idempotencyKey: 'wh-1', enrollmentId: null, accountId: 'W-1', stepId: null, channel: 'sms', provider: 'twilio', recipient: '+15555550101', body: 'hi' });
    await markContactSent(db(), attempt.id, { providerMessageId: 'SMabc', status: 'queued' });
    const path = '/api/v1/webhooks/twilio/cards/status';
    const params = { MessageSid: 'SMabc', MessageStatus: 'undelivered', ErrorCode: '30005', AccountSid: `AC${'0'.repeat(32)}` };
    const forged = await twilioPost(path, params, twilio.getExpectedTwilioSignature('another-token-000000000000', `${TEST_ORIGIN}${path}`, params));
    expect(forged.status).toBe(401);
    expect((await listContactAttempts(db(), { accountId: 'W-1', limit: 1 }))[0]!.status).toBe('queued');
    const res = await twilioPost(path, params);
    expect(await res.json()).toEqual({ received: true, duplicate: false, status: 'failed' });
    expect(((await (await twilioPost(path, params)).json()) as { duplicate: boolean }).duplicate).toBe(true);
    expect((await listContactAttempts(db(), { accountId: 'W-1', limit: 1 }))[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('30005') });
  });

  it('opts the sender out of texts at once on STOP (audited, confirmed in TwiML) and back in on START', async () => {
    const path = '/api/v1/webhooks/twilio/cards/inbound';
    const stop = { MessageSid: 'SMin1', From: '+15555550101', To: '+15550001111', Body: 'Stop' };
    const res = await twilioPost(path, stop);
    expect(res.headers.get('content-type')).toMatch(/text\/xml/);
    expect(await res.text()).toMatch(/<Response><Message>You are unsubscribed.*Reply START to resubscribe\.<\/Message><\/Response>$/);
    expect((await getAccount(db(), 'W-1'))!.compliance.optOuts).toEqual(['sms']);
    expect((await listAudit(db(), { action: 'opt_out', limit: 5 }))[0]).toMatchObject({ actorId: 'provider:twilio', detail: { accountId: 'W-1', channel: 'sms', keyword: 'STOP' } });
    expect((await listAccountEvents(db(), 'W-1')).find((e) => e.type === 'reply')?.payload).toMatchObject({ channel: 'sms', text: 'Stop' });
    await twilioPost(path, { ...stop, MessageSid: 'SMin2', Body: 'START' });
    expect((await getAccount(db(), 'W-1'))!.compliance.optOuts).toEqual([]);
    const whatsapp = await twilioPost(path, { ...stop, MessageSid: 'SMin3', From: 'whatsapp:+15555550101', Body: 'UNSUBSCRIBE' });
    expect(whatsapp.status).toBe(200);
    expect((await getAccount(db(), 'W-1'))!.compliance.optOuts).toEqual(['whatsapp']);
  });

  it('books a Stripe payment signed with Stripe\'s helper once, and refuses unsigned, mis-signed and replayed ones', async () => {
    const event = { id: 'evt_w2', type: 'payment_intent.succeeded', created: now, data: { object: { id: 'pi_w2', amount: 2_500, amount_received: 2_500, metadata: { kairos_account_id: 'W-2' } } } };
    const payload = JSON.stringify(event);
    const path = '/api/v1/webhooks/stripe/cards';
    const header = stripe.webhooks.generateTestHeaderString({ payload, secret: STRIPE_SECRET, timestamp: now });
    expect((await signedJson(path, 'stripe-signature', header, payload)).body).toMatchObject({ received: true, duplicate: false, eventId: 'pi_w2' });
    expect((await getAccount(db(), 'W-2'))!.balanceCents).toBe(7_500);
    // Stripe redelivers the same event, signed afresh: stored once, the balance lowered once.
    const again = stripe.webhooks.generateTestHeaderString({ payload, secret: STRIPE_SECRET, timestamp: now + 1 });
    expect((await signedJson(path, 'stripe-signature', again, payload)).body).toMatchObject({ received: true, duplicate: true });
    expect((await getAccount(db(), 'W-2'))!.balanceCents).toBe(7_500);

    const other = JSON.stringify({ ...event, id: 'evt_w3', data: { object: { ...event.data.object, id: 'pi_w3' } } });
    const unsigned = await app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: other });
    expect(unsigned.status).toBe(401);
    expect((await signedJson(path, 'stripe-signature', stripe.webhooks.generateTestHeaderString({ payload: other, secret: 'whsec_wrong_wrong', timestamp: now }), other)).status).toBe(401);
    const replay = await signedJson(path, 'stripe-signature', stripe.webhooks.generateTestHeaderString({ payload: other, secret: STRIPE_SECRET, timestamp: now - 3_600 }), other);
    expect(replay).toMatchObject({ status: 401, body: { error: 'invalid_signature', message: expect.stringMatching(/replay/) } });
    expect((await getAccount(db(), 'W-2'))!.balanceCents).toBe(7_500);
  });

  it('takes a charged-back Stripe payment back onto the balance', async () => {
    const dispute = JSON.stringify({ id: 'evt_dp', type: 'charge.dispute.created', created: now, data: { object: { id: 'dp_1', amount: 2_500, payment_intent: 'pi_w2', reason: 'fraudulent' } } });
    const res = await signedJson('/api/v1/webhooks/stripe/cards', 'stripe-signature', stripe.webhooks.generateTestHeaderString({ payload: dispute, secret: STRIPE_SECRET, timestamp: now }), dispute);
    expect(res.body).toMatchObject({ received: true });
    expect((await getAccount(db(), 'W-2'))!.balanceCents).toBe(10_000);
  });

  it('takes generic HMAC-signed processor events, naming the field of an invalid one', async () => {
    const path = '/api/v1/webhooks/payments/cards';
    const body = JSON.stringify({ type: 'payment_failed', eventId: 'ach-9', accountId: 'W-2', occurredAt: new Date().toISOString(), amountCents: 1_000, reason: 'R01 insufficient funds' });
    expect((await signedJson(path, 'kairos-signature', timestampedSignature(HMAC_SECRET, body, now), body)).body).toMatchObject({ received: true, eventId: 'ach-9' });
    expect((await listAccountEvents(db(), 'W-2')).find((e) => e.eventId === 'ach-9')).toMatchObject({ portfolioId: 'cards', source: 'payments', type: 'payment_failed' });
    const bad = JSON.stringify({ type: 'payment', eventId: 'x', accountId: 'W-2', occurredAt: 'soon', amountCents: 0 });
    const res = await signedJson(path, 'kairos-signature', timestampedSignature(HMAC_SECRET, bad, now), bad);
    expect(res.status).toBe(400);
    expect(res.body.issues.map((i: { field: string }) => i.field).sort()).toEqual(['amountCents', 'occurredAt']);
    expect((await signedJson(path, 'kairos-signature', timestampedSignature('not-the-secret', body, now), body)).status).toBe(401);
  });

  it('refuses a signed processor event whose account id or event id holds NUL, naming the field, storing nothing', async () => {
    const path = '/api/v1/webhooks/payments/cards';
    const body = JSON.stringify({ type: 'payment', eventId: 'ach-\u0000', accountId: 'W-2\u0000', occurredAt: new Date().toISOString(), amountCents: 500 });
    const res = await signedJson(path, 'kairos-signature', timestampedSignature(HMAC_SECRET, body, now), body);
    expect(res.status).toBe(400);
    expect(res.body.issues.map((i: { field: string }) => i.field).sort()).toEqual(['accountId', 'eventId']);
    expect((await listAccountEvents(db(), 'W-2')).some((e) => e.eventId.startsWith('ach-\u0000'))).toBe(false);
  });

  it('refuses a generic HMAC event whose signature is older than five minutes (a replay), storing nothing', async () => {
    const path = '/api/v1/webhooks/payments/cards';
    const body = JSON.stringify({ type: 'payment', eventId: 'ach-replayed', accountId: 'W-2', occurredAt: new Date().toISOString(), amountCents: 500 });
    const before = (await getAccount(db(), 'W-2'))!.balanceCents;
    const replay = await signedJson(path, 'kairos-signature', timestampedSignature(HMAC_SECRET, body, now - 3_600), body);
    expect(replay).toMatchObject({ status: 401, body: { error: 'invalid_signature', message: expect.stringMatching(/replay/) } });
    expect((await listAccountEvents(db(), 'W-2')).some((e) => e.eventId === 'ach-replayed')).toBe(false);
    expect((await getAccount(db(), 'W-2'))!.balanceCents).toBe(before);
    // The same body signed now is taken: only the age was at fault.
    expect((await signedJson(path, 'kairos-signature', timestampedSignature(HMAC_SECRET, body, now), body)).body).toMatchObject({ received: true, eventId: 'ach-replayed' });
  });

  it('opts the address out of email on a signed complaint report and marks the email bounced', async () => {
    const { attempt } = await beginContactAttempt(db(), { idempotencyKey: 'w3-email', enrollmentId: null, accountId: 'W-3', stepId: 'email-1', channel: 'email', provider: 'smtp', recipient: 'w3@example.com', body: 'hello' });
    await markContactSent(db(), attempt.id, { providerMessageId: '<w3@kairos.test>' });
    const path = '/api/v1/webhooks/email/cards';
    const report = JSON.stringify({ eventId: 'fbl-w3', messageId: '<w3@kairos.test>', status: 'complained', recipient: 'W3@example.com', reason: 'marked as spam' });
    const res = await signedJson(path, 'kairos-signature', timestampedSignature(EMAIL_SECRET, report, now), report);
    expect(res).toMatchObject({ status: 200, body: { received: true, duplicate: false, status: 'bounced' } });
    expect((await getAccount(db(), 'W-3'))!.compliance.optOuts).toEqual(['email']);
    expect((await listAudit(db(), { action: 'opt_out', actorId: 'provider:smtp', limit: 5 }))[0]).toMatchObject({ detail: { accountId: 'W-3', channel: 'email', keyword: 'complaint' } });
    expect((await listContactAttempts(db(), { accountId: 'W-3', limit: 5 }))[0]).toMatchObject({ status: 'bounced', error: 'the email complained: marked as spam' });
    // The mail system sends it again: stored once.
    expect((await signedJson(path, 'kairos-signature', timestampedSignature(EMAIL_SECRET, report, now + 1), report)).body).toMatchObject({ duplicate: true });
    expect((await signedJson(path, 'kairos-signature', timestampedSignature('not-the-secret', report, now), report)).status).toBe(401);
  });
});
