import { expect, it } from 'vitest';
import { upsertAccount } from './accounts';
import { beginContactAttempt, getContactAttempt, markContactSent } from './contacts';
import { advancesStatus, recordDeliveryReceipt } from './delivery-receipts';
import { account } from './fixtures.test-support';
import { describeEachDatabase } from './testing';

it('moves a contact status only forward, and the first final word stands', () => {
  expect(advancesStatus('queued', 'delivered')).toBe(true);
  expect(advancesStatus('delivered', 'sent')).toBe(false);
  expect(advancesStatus('failed', 'delivered')).toBe(false);
  expect(advancesStatus('skipped', 'delivered')).toBe(false);
  expect(advancesStatus('pending', 'queued')).toBe(true);
});

describeEachDatabase('delivery receipts', (db) => {
  const attempt = async (key: string) => {
    await upsertAccount(db(), account('R-1'));
    const { attempt } = await beginContactAttempt(db(), {
      idempotencyKey: key, enrollmentId: null, accountId: 'R-1', stepId: null, channel: 'sms', provider: 'twilio', recipient: '+15555550123', body: 'hi',
    });
    return attempt;
  };
  const receipt = (sid: string, status: 'queued' | 'sent' | 'delivered' | 'failed', providerStatus: string = status) => ({
    provider: 'twilio', receiptKey: `${sid}:${providerStatus}`, providerMessageId: sid, status, providerStatus, payload: { MessageSid: sid },
  });

  it('applies receipts in order, ignores a late "sent" after "delivered", and stores each callback once', async () => {
    const a = await attempt('rc-1');
    await markContactSent(db(), a.id, { providerMessageId: 'SM1', status: 'queued' });
    expect((await recordDeliveryReceipt(db(), receipt('SM1', 'delivered'))).attempt).toMatchObject({ status: 'delivered', providerStatus: 'delivered' });
    const late = await recordDeliveryReceipt(db(), receipt('SM1', 'sent'));
    expect(late.attempt!.status).toBe('delivered');
    expect((await recordDeliveryReceipt(db(), receipt('SM1', 'sent'))).duplicate).toBe(true);
  });

  it('keeps a receipt that overtook the booking of its send and applies it when the send is booked', async () => {
    const a = await attempt('rc-2');
    const early = await recordDeliveryReceipt(db(), { ...receipt('SM2', 'failed', 'undelivered'), error: '30003 unreachable handset' });
    expect(early.attempt).toBeNull();
    const booked = await markContactSent(db(), a.id, { providerMessageId: 'SM2', status: 'queued' });
    expect(booked).toMatchObject({ status: 'failed', outcome: 'failed', error: '30003 unreachable handset' });
    expect((await getContactAttempt(db(), a.id))!.status).toBe('failed');
  });
});
