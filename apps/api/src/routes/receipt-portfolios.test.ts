// Status webhooks are bound to their portfolio: a report signed with one portfolio's secret is stored
// for that portfolio and never moves (nor links a message onto) another portfolio's contact attempt,
// and its answer does not tell whether another portfolio has the message. Read back through the
// routes people use: the contacts list, the enrollment's messages and the sandbox outbox.
import twilio from 'twilio';
import { beforeAll, expect, it } from 'vitest';
import {
  beginContactAttempt, createEnrollment, markContactDispatched, markContactOutcomeUnknown, markContactSent, recordProgress, writeSandboxOutbox,
} from '@kairos/db';
import { describeEachDatabase } from '@kairos/db/testing';
import { timestampedSignature } from '@kairos/providers';
import { appWithoutTemporal, approveAndPublish, dana, example, signedIn, TEST_ORIGIN, type ApiClient } from '../testing/api-harness';

const TOKENS = { cards: 'cards-twilio-token-0123456789abcdef', loans: 'loans-twilio-token-0123456789abcdef' };
const EMAIL_SECRETS = { cards: 'cards-email-secret-0123456789', loans: 'loans-email-secret-0123456789' };
type Portfolio = keyof typeof TOKENS;

describeEachDatabase('status webhooks bound to their portfolio', (db) => {
  let app: ReturnType<typeof appWithoutTemporal>;
  let engineer: ApiClient;
  let enrollmentId: string;
  /** Loans' attempts: a booked text (in an enrollment), a text whose outcome is unknown, a booked email, a sandbox text. */
  const loans = { text: '', unknown: '', email: '', sandbox: '', sandboxMessage: '' };
  const now = Math.floor(Date.now() / 1000);

  beforeAll(async () => {
    app = appWithoutTemporal(db());
    const admin = await signedIn(app, 'admin');
    engineer = await signedIn(app, 'engineer');
    for (const id of ['cards', 'loans'] as const) {
      const put = await admin.put(`/api/v1/portfolios/${id}`, {
        name: id,
        settings: { channels: { sms: 'twilio' }, twilio: { accountSid: `AC${'0'.repeat(32)}`, from: '+15550001111' } },
        secrets: { twilioAuthToken: TOKENS[id], emailWebhookSecret: EMAIL_SECRETS[id] },
      });
      expect(put.status).toBe(201);
    }
    await admin.put('/api/v1/accounts/RP-L', { ...dana, phone: '+15555550301', email: 'rp-l@example.com', portfolioId: 'loans' });
    await admin.put('/api/v1/accounts/RP-C', { ...dana, phone: '+15555550302', portfolioId: 'cards' });

    const strategist = await signedIn(app, 'strategist');
    const cadence = await strategist.post('/api/v1/cadences', { name: 'Receipts', graph: example() });
    const version = await approveAndPublish(app, cadence.body.id);
    const { enrollment } = await createEnrollment(db(), { accountId: 'RP-L', cadenceId: cadence.body.id, cadenceVersionId: version.id, workflowIdFor: (id) => `enrollment-${id}` });
    await recordProgress(db(), { enrollmentId: enrollment.id, entries: [], status: 'finished', currentStepId: null, exitReason: 'completed' });
    enrollmentId = enrollment.id;

    const begin = async (key: string, over: { channel?: string; provider?: string; enrollmentId?: string } = {}) =>
      (await beginContactAttempt(db(), {
        idempotencyKey: key, enrollmentId: over.enrollmentId ?? null, accountId: 'RP-L', stepId: 'sms-1', channel: over.channel ?? 'sms', provider: over.provider ?? 'twilio', recipient: '+15555550301', body: 'hi',
      })).attempt;
    const text = await begin(`${enrollmentId}:sms-1:1`, { enrollmentId });
    await markContactSent(db(), text.id, { providerMessageId: 'SM-RP-L1', status: 'queued' });
    const unknown = await begin('rp-l:unknown');
    await markContactDispatched(db(), unknown.id);
    await markContactOutcomeUnknown(db(), unknown.id, 'the worker stopped during the call');
    const email = await begin('rp-l:email', { channel: 'email', provider: 'smtp' });
    await markContactSent(db(), email.id, { providerMessageId: '<rp-l@kairos.test>' });
    const { message } = await writeSandboxOutbox(db(), { idempotencyKey: 'rp-l:sandbox', accountId: 'RP-L', channel: 'sms', recipient: '+15555550301', body: 'hi' });
    const sandbox = await begin('rp-l:sandbox', { provider: 'sandbox' });
    await markContactSent(db(), sandbox.id, { providerMessageId: `sandbox-${message.id}` });
    Object.assign(loans, { text: text.id, unknown: unknown.id, email: email.id, sandbox: sandbox.id, sandboxMessage: message.id });
  });

  const twilioStatus = async (portfolio: Portfolio, params: Record<string, string>, attemptKey?: string) => {
    const path = `/api/v1/webhooks/twilio/${portfolio}/status${attemptKey ? `?attempt=${encodeURIComponent(attemptKey)}` : ''}`;
    const signature = twilio.getExpectedTwilioSignature(TOKENS[portfolio], `${TEST_ORIGIN}${path}`, params);
    const res = await app.request(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature }, body: new URLSearchParams(params) });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const emailReport = async (portfolio: Portfolio, report: Record<string, string>) => {
    const body = JSON.stringify(report);
    const res = await app.request(`/api/v1/webhooks/email/${portfolio}`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'kairos-signature': timestampedSignature(EMAIL_SECRETS[portfolio], body, now) }, body,
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const contacts = async () => {
    const res = await engineer.get('/api/v1/contacts?accountId=RP-L');
    expect(res.status).toBe(200);
    return Object.fromEntries((res.body as Array<{ id: string; status: string; providerMessageId: string | null }>).map((c) => [c.id, c]));
  };
  const outboxPage = async () => (await engineer.get('/sandbox/outbox?accountId=RP-L')).body as string;
  const undelivered = (sid: string) => ({ MessageSid: sid, MessageStatus: 'undelivered', ErrorCode: '30005', AccountSid: `AC${'0'.repeat(32)}` });

  it("answers a report about another portfolio's message as one about an unknown message, and moves nothing of it", async () => {
    const nobodys = await twilioStatus('cards', undelivered('SM-NOBODY'));
    const loansText = await twilioStatus('cards', undelivered('SM-RP-L1'));
    const loansKey = await twilioStatus('cards', undelivered('SM-RP-FORGED'), 'rp-l:unknown');
    const loansSandbox = await twilioStatus('cards', undelivered(`sandbox-${loans.sandboxMessage}`));
    const loansEmail = await emailReport('cards', { eventId: 'fbl-1', messageId: '<rp-l@kairos.test>', status: 'bounced', reason: 'mailbox unknown' });
    expect(nobodys).toEqual({ status: 200, body: { received: true, duplicate: false } });
    for (const answer of [loansText, loansKey, loansSandbox, loansEmail]) expect(answer).toEqual(nobodys);

    const listed = await contacts();
    expect(listed[loans.text]).toMatchObject({ status: 'queued', providerMessageId: 'SM-RP-L1', error: null });
    expect(listed[loans.unknown]).toMatchObject({ status: 'outcome_unknown', providerMessageId: null });
    expect(listed[loans.email]).toMatchObject({ status: 'sent', providerMessageId: '<rp-l@kairos.test>' });
    expect(listed[loans.sandbox]).toMatchObject({ status: 'sent' });
    const enrollment = await engineer.get(`/api/v1/enrollments/${enrollmentId}`);
    expect(enrollment.body.contacts).toMatchObject([{ id: loans.text, status: 'queued' }]);
    expect(await outboxPage()).toContain('status <strong>sent</strong>');
  });

  it("applies the message's own portfolio's reports, the same callbacks once each however often they come", async () => {
    // The very callbacks portfolio cards sent above, now from loans: not duplicates of cards' receipts.
    expect(await twilioStatus('loans', undelivered('SM-RP-L1'))).toEqual({ status: 200, body: { received: true, duplicate: false, status: 'failed' } });
    expect(await twilioStatus('loans', undelivered('SM-RP-L1'))).toEqual({ status: 200, body: { received: true, duplicate: true, status: 'failed' } });
    expect((await twilioStatus('loans', { ...undelivered('SM-RP-L2'), MessageStatus: 'delivered' }, 'rp-l:unknown')).body).toEqual({ received: true, duplicate: false, status: 'delivered' });
    expect((await emailReport('loans', { eventId: 'fbl-1', messageId: '<rp-l@kairos.test>', status: 'bounced', reason: 'mailbox unknown' })).body).toEqual({ received: true, duplicate: false, status: 'bounced' });
    const simulated = await engineer.post(`/api/v1/outbox/${loans.sandboxMessage}/receipt`, { status: 'delivered' });
    expect(simulated.body).toEqual({ status: 'delivered', duplicate: false });

    const listed = await contacts();
    expect(listed[loans.text]).toMatchObject({ status: 'failed', error: expect.stringContaining('30005') });
    expect(listed[loans.unknown]).toMatchObject({ status: 'delivered', providerMessageId: 'SM-RP-L2' });
    expect(listed[loans.email]).toMatchObject({ status: 'bounced', error: 'the email bounced: mailbox unknown' });
    expect(listed[loans.sandbox]).toMatchObject({ status: 'delivered' });
    expect((await engineer.get(`/api/v1/enrollments/${enrollmentId}`)).body.contacts).toMatchObject([{ id: loans.text, status: 'failed' }]);
    expect(await outboxPage()).toContain('status <strong>delivered</strong>');
  });
});
