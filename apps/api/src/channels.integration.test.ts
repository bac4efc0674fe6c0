// Channels and payments in real time, on the time-skipping Temporal server with a real worker: texts
// through a Twilio-protocol peer that calls the API's signed webhooks back, email through a real SMTP
// server, payments through Stripe-signed webhooks over HTTP.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import Stripe from 'stripe';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cadenceBuilder } from '@kairos/cadence/starter-cadences';
import { createPaymentOffer, getTimeline, listContactAttempts, storeAccountEvent } from '@kairos/db';
import { describeEachDatabase, withDemoCollector } from '@kairos/db/testing';
import { enrollmentWorkflowId } from '@kairos/workflows';
import { sweepMissedInstallments } from './jobs/plan-sweep';
import { startChannelStack, type ChannelStack } from './testing/channel-stack';
import { dana, eventually, startTemporal } from './testing/api-harness';
import { createTemporalRuntime } from './runtime';
import { timestampedSignature } from '@kairos/providers';


const stripe = new Stripe('sk_test_kairos');
const STOP = 'Reply STOP to opt out.';

/** entry → text (email fallback) → [wait 3 days → text] → exit */
function reminders(opts: { second?: boolean } = {}) {
  const b = cadenceBuilder();
  b.add('start', 'entry', { exitOn: ['paid', 'dispute'] });
  b.add('sms-1', 'send-message', { channel: 'sms', body: `Hi {{ account.firstName }}, {{ account.amountDue }} is due. ${STOP}`, fallback: [{ channel: 'email', subject: 'Your balance', body: 'Dear {{ account.name }}, {{ account.amountDue }} is due. Unsubscribe: reply UNSUBSCRIBE.' }] });
  b.add('done', 'exit', { reason: 'completed' });
  b.wire('start', 'next', 'sms-1');
  if (opts.second) {
    b.add('wait', 'wait', { mode: 'duration', duration: { days: 3 } });
    b.add('sms-2', 'send-message', { channel: 'sms', body: `Second reminder: {{ account.amountDue }}. ${STOP}`, fallback: [{ channel: 'email', subject: 'Reminder', body: 'Second reminder. Reply UNSUBSCRIBE to stop.' }] });
    b.wire('sms-1', 'next', 'wait');
    b.wire('wait', 'next', 'sms-2');
    b.wire('sms-2', 'next', 'done');
  } else b.wire('sms-1', 'next', 'done');
  return b.build();
}

describeEachDatabase('channels and payments on Temporal', (db) => {
  // Sends for a portfolio without its collector's identity are refused.
  beforeAll(async () => {
    await withDemoCollector(db());
  });
  // One time-skipping server per database run: each run's virtual clock starts from today.
  let env: TestWorkflowEnvironment;
  let s: ChannelStack;
  let payDuringSend: string | undefined;
  beforeAll(async () => {
    env = await startTemporal();
    s = await startChannelStack(env, db(), {
      // The race: for one account, a payment webhook lands while its first send is in flight.
      beforeLastCheck: async (attempt) => {
        if (attempt.accountId !== payDuringSend) return;
        payDuringSend = undefined;
        await stripePayment(attempt.accountId, `pi_race_${attempt.accountId}`, 12_345);
      },
    });
  });
  afterAll(async () => {
    await s?.stop();
    await env?.teardown();
  });

  async function enroll(accountId: string, graph: ReturnType<typeof reminders>, account: Record<string, unknown> = {}) {
    const put = await s.api.put(`/api/v1/accounts/${accountId}`, { ...dana, phone: `+1555555${accountId.replace(/\D/g, '').padStart(4, '0')}`, portfolioId: s.portfolioId, ...account });
    expect(put.status, JSON.stringify(put.body)).toBeLessThan(300);
    const cadenceId = await s.publish(graph);
    const enrolled = await s.api.post('/api/v1/enrollments', { accountId, cadenceId });
    expect(enrolled.status, JSON.stringify(enrolled.body)).toBe(201);
    return { enrollmentId: enrolled.body.id as string, phone: put.body.phone as string, handle: env.client.workflow.getHandle(enrollmentWorkflowId(enrolled.body.id)) };
  }
  async function stripePayment(accountId: string, intent: string, amountCents: number) {
    const payload = JSON.stringify({ id: `evt_${intent}`, type: 'payment_intent.succeeded', created: Math.floor(Date.now() / 1000), data: { object: { id: intent, amount: amountCents, amount_received: amountCents, metadata: { kairos_account_id: accountId } } } });
    const res = await fetch(`${s.url}/api/v1/webhooks/stripe/${s.portfolioId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': stripe.webhooks.generateTestHeaderString({ payload, secret: s.stripeSecret }) },
      body: payload,
    });
    expect(res.status).toBe(200);
    return res.json();
  }
  const textsTo = (phone: string) => s.peer.received.filter((m) => m.to === phone).map((m) => m.body);

  it('falls back to email when the carrier reports the text undelivered (signed callback → receipt → fallback)', async () => {
    s.peer.setOutcome('+15555550001', 'undelivered');
    const { handle, enrollmentId } = await enroll('CH-1', reminders(), { phone: '+15555550001' });
    expect(await handle.result()).toMatchObject({ exit: { reason: 'completed' } });
    expect(textsTo('+15555550001')).toHaveLength(1);
    const email = s.mail.find((m) => m.to === 'dana@example.com' && m.raw.includes('Subject: Your balance'));
    expect(email?.raw).toContain('Dear Dana Smith, $123.45 is due.');
    const attempts = await listContactAttempts(db(), { enrollmentId, limit: 10 });
    expect(attempts.map((a) => [a.channel, a.status, a.provider]).sort()).toEqual([['email', 'sent', 'smtp'], ['sms', 'failed', 'twilio']]);
    expect(attempts.find((a) => a.channel === 'sms')!.error).toContain('30003');
    const sent = (await getTimeline(db(), enrollmentId)).find((e) => e.type === 'activity' && e.stepId === 'sms-1');
    expect(sent?.detail).toMatchObject({ channel: 'email', fellBackFrom: [{ channel: 'sms', failed: expect.stringContaining('undelivered') }] });
  });

  it('stops the reminders on a Stripe payment and sends the receipt on the customer\'s channel', async () => {
    const { handle, phone, enrollmentId } = await enroll('CH-2', reminders({ second: true }));
    await eventually(async () => (await listContactAttempts(db(), { enrollmentId, limit: 5 })).some((a) => a.status === 'delivered'), 'the first text delivered');
    await stripePayment('CH-2', 'pi_ch2', 12_345);
    expect(await handle.result()).toMatchObject({ exit: { reason: 'paid' } });
    const texts = await eventually(async () => textsTo(phone).length >= 2 && textsTo(phone), 'the receipt');
    expect(texts).toEqual([expect.stringMatching(/^Hi Dana, \$123\.45 is due/), expect.stringMatching(/^Thank you Dana, we received your payment of \$123\.45\. Your account is paid in full/)]);
    expect(texts.join()).not.toContain('Second reminder');
  });

  it('sends no reminder after a payment that lands while the send is in flight', async () => {
    payDuringSend = 'CH-3';
    const { handle, phone, enrollmentId } = await enroll('CH-3', reminders({ second: true }));
    expect(await handle.result()).toMatchObject({ exit: { reason: 'paid' } });
    const texts = await eventually(async () => textsTo(phone).length >= 1 && textsTo(phone), 'the receipt');
    expect(texts).toEqual([expect.stringMatching(/^Thank you Dana, we received your payment/)]);
    const reminder = (await listContactAttempts(db(), { enrollmentId, limit: 5 })).find((a) => a.stepId === 'sms-1');
    expect(reminder).toMatchObject({ status: 'skipped', error: expect.stringMatching(/paid while the message was being prepared/) });
  });

  it('opts a texter out at once on STOP: the next reminder goes by email', async () => {
    const { handle, phone, enrollmentId } = await enroll('CH-4', reminders({ second: true }));
    await eventually(async () => textsTo(phone).length === 1, 'the first text');
    const answer = await s.peer.inbound(`${s.url}/api/v1/webhooks/twilio/${s.portfolioId}/inbound`, { from: phone, to: '+15550001111', body: 'stop' });
    expect(answer).toMatchObject({ status: 200, body: expect.stringContaining('You are unsubscribed') });
    expect(await handle.result()).toMatchObject({ exit: { reason: 'completed' } });
    expect(textsTo(phone)).toHaveLength(1);
    const second = (await listContactAttempts(db(), { enrollmentId, limit: 5 })).filter((a) => a.stepId === 'sms-2').map((a) => [a.channel, a.status]);
    expect(second.sort()).toEqual([['email', 'sent'], ['sms', 'blocked']]);
  });

  it('puts a signed one-click unsubscribe link in each email (body and List-Unsubscribe); following it stops the next email', async () => {
    const b = cadenceBuilder();
    b.add('start', 'entry', { exitOn: ['paid', 'dispute'] });
    b.add('email-1', 'send-message', { channel: 'email', subject: 'First notice', body: 'Dear {{ account.name }}, {{ account.amountDue }} is due. To unsubscribe: {{ unsubscribeLink }}' });
    b.add('wait', 'wait', { mode: 'duration', duration: { days: 3 } });
    b.add('email-2', 'send-message', { channel: 'email', subject: 'Second notice', body: 'Still due. To unsubscribe: {{ unsubscribeLink }}' });
    b.add('done', 'exit', { reason: 'completed' });
    b.wire('start', 'next', 'email-1');
    b.wire('email-1', 'next', 'wait');
    b.wire('wait', 'next', 'email-2');
    b.wire('email-2', 'next', 'done');
    const to = 'unsubscribe-ch@example.com';
    const { handle, enrollmentId } = await enroll('CH-8', b.build(), { email: to });
    await eventually(async () => s.mail.some((m) => m.to === to), 'the first email');
    const raw = s.mail.find((m) => m.to === to)!.raw;
    expect(raw).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const link = /^List-Unsubscribe:\s*<([^>]+)>/m.exec(raw.replace(/\r?\n[ \t]+/g, ' '))?.[1];
    expect(link).toMatch(new RegExp(`^${s.url}/unsubscribe/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$`));
    // Quoted-printable body: undo its soft line breaks and escapes before looking for the same link.
    const body = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
    expect(body).toContain(`To unsubscribe: ${link}`);
    // A mail client's one-click unsubscribe (RFC 8058): a POST with List-Unsubscribe=One-Click.
    const res = await fetch(link!, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(res.status).toBe(200);
    expect(await handle.result()).toMatchObject({ exit: { reason: 'completed' } });
    expect(s.mail.filter((m) => m.to === to)).toHaveLength(1);
    const second = (await listContactAttempts(db(), { enrollmentId, limit: 5 })).find((a) => a.stepId === 'email-2');
    expect(second).toMatchObject({ channel: 'email', status: 'blocked' });
  });

  it('fails an email the mail system reports bounced (signed report) and sends the step\'s fallback text', async () => {
    const b = cadenceBuilder();
    b.add('start', 'entry', { exitOn: ['paid', 'dispute'] });
    b.add('email-1', 'send-message', { channel: 'email', subject: 'Bounce me', body: 'Dear {{ account.name }}, {{ account.amountDue }} is due.', fallback: [{ channel: 'sms', body: `{{ account.amountDue }} is due. ${STOP}` }] });
    b.add('done', 'exit', { reason: 'completed' });
    b.wire('start', 'next', 'email-1');
    b.wire('email-1', 'next', 'done');
    const to = 'bounce-ch@example.com';
    const { handle, phone, enrollmentId } = await enroll('CH-9', b.build(), { email: to });
    await eventually(async () => s.mail.some((m) => m.to === to), 'the email');
    const messageId = /^Message-ID:\s*(<[^>]+>)/m.exec(s.mail.find((m) => m.to === to)!.raw)![1]!;
    // The worker is now waiting for the receipt, since a fallback follows.
    const report = JSON.stringify({ eventId: 'bounce-ch-9', messageId, status: 'bounced', recipient: to, reason: '550 5.1.1 no such mailbox' });
    const res = await fetch(`${s.url}/api/v1/webhooks/email/${s.portfolioId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'kairos-signature': timestampedSignature(s.emailSecret, report, Math.floor(Date.now() / 1000)) },
      body: report,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ received: true, duplicate: false, status: 'bounced' });
    expect(await handle.result()).toMatchObject({ exit: { reason: 'completed' } });
    expect(textsTo(phone)).toEqual([expect.stringContaining('is due. Reply STOP')]);
    const attempts = await listContactAttempts(db(), { enrollmentId, limit: 5 });
    // The peer's own delivery callback may already have moved the text on.
    expect(attempts.map((a) => [a.channel, a.status]).sort()).toEqual([['email', 'bounced'], ['sms', expect.stringMatching(/^(sent|delivered)$/)]]);
    expect(attempts.find((a) => a.channel === 'email')!.error).toContain('550 5.1.1 no such mailbox');
  });

  it('detects a missed installment of an accepted plan as a broken plan, which the cadence follows', async () => {
    const b = cadenceBuilder();
    b.add('start', 'entry', { exitOn: ['paid', 'dispute'] });
    b.add('listen', 'wait-for-event', { events: ['plan_broken'], timeout: { days: 60 } });
    b.add('broken', 'exit', { reason: 'exhausted' });
    b.add('quiet', 'exit', { reason: 'completed' });
    b.wire('start', 'next', 'listen');
    b.wire('listen', 'plan_broken', 'broken');
    b.wire('listen', 'timeout', 'quiet');
    const { handle, phone, enrollmentId } = await enroll('CH-5', b.build(), { balanceCents: 9_000 });
    const { offer } = await createPaymentOffer(db(), {
      idempotencyKey: 'ch5-plan', accountId: 'CH-5', enrollmentId: null, kind: 'plan', amountCents: 9_000, installments: 3, installmentCents: 3_000,
      frequency: 'monthly', firstDueDate: '2026-01-10', expiresAt: new Date(Date.now() + 86_400_000),
    });
    expect((await fetch(`${s.url}/pay/${offer.token}/accept-plan`, { method: 'POST', redirect: 'manual' })).status).toBe(303);
    await eventually(async () => (await getTimeline(db(), enrollmentId)).some((e) => e.type === 'waiting'), 'the cadence to listen');
    const deps = { db: db(), runtime: createTemporalRuntime(env.client, s.taskQueue), clock: () => new Date('2026-01-14T12:00:00Z') };
    expect(await sweepMissedInstallments(deps, { graceDays: 3 })).toEqual({ broken: 1 });
    expect(await sweepMissedInstallments(deps, { graceDays: 3 })).toEqual({ broken: 0 });
    expect(await handle.result()).toMatchObject({ exit: { reason: 'exhausted', stepId: 'broken' } });
    const ledger = await s.api.get('/api/v1/accounts/CH-5/ledger');
    expect(ledger.body.plans[0]).toMatchObject({ status: 'broken', installments: [{ seq: 1, status: 'missed' }, { status: 'due' }, { status: 'due' }] });
    const texts = await eventually(async () => textsTo(phone).length >= 2 && textsTo(phone), 'the plan notices');
    expect(texts).toEqual([expect.stringMatching(/your plan of 3 payments is set up/), expect.stringMatching(/we did not receive your installment\. Pay it here: http/)]);
  });

  it('stores a payment whose delivery failed and the sweep delivers it: the reminder never follows it', async () => {
    const { handle, phone, enrollmentId } = await enroll('CH-6', reminders({ second: true }));
    await eventually(async () => textsTo(phone).length === 1, 'the first text');
    // Stored as if the API died before signalling: nothing was delivered.
    await storeAccountEvent(db(), { source: 'stripe', accountId: 'CH-6', event: { type: 'payment', eventId: 'pi_ch6', occurredAt: new Date().toISOString(), amountCents: 12_345 } });
    const { sweepUnsignalledEvents } = await import('./jobs/event-sweep');
    const swept = await sweepUnsignalledEvents({ db: db(), runtime: createTemporalRuntime(env.client, s.taskQueue) }, { olderThanMs: 0 });
    expect(swept.delivered).toBeGreaterThanOrEqual(1);
    expect(await handle.result()).toMatchObject({ exit: { reason: 'paid' } });
    const reminders2 = (await listContactAttempts(db(), { enrollmentId, limit: 5 })).filter((a) => a.stepId === 'sms-2');
    expect(reminders2).toEqual([]);
  });
});
