import { beforeAll, expect, it } from 'vitest';
import { listOutbox, listPaymentOffers, storeAccountEvent, updateAccountCompliance, upsertAccount } from '@kairos/db';
import { describeEachDatabase, withDemoCollector } from '@kairos/db/testing';
import { testAccount } from '../testing/cadence-fixture';
import { createActivities } from './index';
import { noticeChannels } from './notices';

it('sends notices on the channel the customer was last reached on, then preferred, text, email', () => {
  const a = testAccount('N-0', { attributes: { preferredChannel: 'whatsapp' } });
  expect(noticeChannels(a, 'email')).toEqual(['email', 'whatsapp', 'sms']);
  expect(noticeChannels({ ...a, consents: {}, attributes: {} }, undefined)).toEqual(['email']);
});

describeEachDatabase('sendNotice activity', (db) => {
  // Sends for a portfolio without its collector's identity are refused.
  beforeAll(async () => {
    await withDemoCollector(db());
  });
  const at = new Date().toISOString();
  // The API's secret signs each email's unsubscribe link: without it, an email that has one is not sent.
  const acts = () => createActivities({ db: db(), publicUrl: 'https://kairos.test', linkSecret: 'notices-test-secret-at-least-32-characters' });

  it('confirms a payment in full although nothing is owed any more, once', async () => {
    await upsertAccount(db(), testAccount('N-1', { balanceCents: 5_000 }));
    const { event } = await storeAccountEvent(db(), { source: 'api', accountId: 'N-1', event: { type: 'payment', eventId: 'n1', occurredAt: at, amountCents: 5_000 } });
    const input = { eventRowId: event.id, accountId: 'N-1', kind: 'payment_received' as const };
    expect(await acts().sendNotice!(input)).toMatchObject({ outcome: 'next', detail: { channel: 'sms' } });
    await acts().sendNotice!(input);
    const sent = await listOutbox(db(), { accountId: 'N-1', limit: 10 });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toMatch(/^Thank you Dana, we received your payment of \$50\.00\. Your account is paid in full\. Thank you!/);
  });

  it('answers a failed payment with another way to pay (a fresh link), by email when texts are opted out', async () => {
    await upsertAccount(db(), testAccount('N-2', { balanceCents: 8_000 }));
    await updateAccountCompliance(db(), 'N-2', { optOuts: ['sms'] });
    const { event } = await storeAccountEvent(db(), { source: 'stripe', accountId: 'N-2', event: { type: 'payment_failed', eventId: 'n2', occurredAt: at, amountCents: 8_000, reason: 'Your card was declined.' } });
    const r = await acts().sendNotice!({ eventRowId: event.id, accountId: 'N-2', kind: 'payment_failed' });
    expect(r).toMatchObject({ outcome: 'next', detail: { channel: 'email', fellBackFrom: [{ channel: 'sms', blocked: expect.anything() }] } });
    const [link] = await listPaymentOffers(db(), 'N-2');
    const [mail] = await listOutbox(db(), { accountId: 'N-2', limit: 1 });
    expect(mail!.subject).toBe('Your payment did not go through: other ways to pay');
    expect(mail!.body).toContain('(Your card was declined.)');
    expect(mail!.body).toContain(`https://kairos.test/pay/${link!.token}`);
    expect(mail!.body).toMatch(/To stop emails from us: https:\/\/kairos\.test\/unsubscribe\/\S+$/);
    expect(mail!.body).not.toContain('example.invalid');
  });

  it('sends no email that would carry an unsubscribe link when there is no secret to sign one', async () => {
    await upsertAccount(db(), testAccount('N-3', { phone: undefined }));
    const { event } = await storeAccountEvent(db(), { source: 'stripe', accountId: 'N-3', event: { type: 'payment', eventId: 'n3', occurredAt: at, amountCents: 1_000 } });
    const unsigned = createActivities({ db: db(), publicUrl: 'https://kairos.test', linkSecret: '' });
    const r = await unsigned.sendNotice!({ eventRowId: event.id, accountId: 'N-3', kind: 'payment_received' });
    expect(r).toMatchObject({ outcome: 'undelivered', detail: { undelivered: [{ channel: 'email', skipped: expect.stringMatching(/^template could not be rendered: .*unsubscribeLink/) }] } });
    expect(await listOutbox(db(), { accountId: 'N-3', limit: 1 })).toEqual([]);
  });
});
