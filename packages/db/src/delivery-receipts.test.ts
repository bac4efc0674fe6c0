import { expect, it } from 'vitest';
import { upsertAccount } from './accounts';
import { beginContactAttempt, getContactAttempt, listContactAttempts, markContactDispatched, markContactOutcomeUnknown, markContactSent } from './contacts';
import { advancesStatus, recordDeliveryReceipt } from './delivery-receipts';
import { account } from './fixtures.test-support';
import { describeEachDatabase } from './testing';

it('moves a contact status only forward, and the first final word stands', () => {
  expect(advancesStatus('queued', 'delivered')).toBe(true);
  expect(advancesStatus('delivered', 'sent')).toBe(false);
  expect(advancesStatus('failed', 'delivered')).toBe(false);
  expect(advancesStatus('skipped', 'delivered')).toBe(false);
  expect(advancesStatus('pending', 'queued')).toBe(true);
  expect(advancesStatus('outcome_unknown', 'sent')).toBe(true);
  expect(advancesStatus('outcome_unknown', 'failed')).toBe(true);
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

  const crashedMidSend = async (key: string, providerMessageId?: string) => {
    const a = await attempt(key);
    await markContactDispatched(db(), a.id, providerMessageId ? { providerMessageId } : {});
    return a;
  };

  it('settles an attempt whose outcome is unknown when the status callback names it by its key', async () => {
    const a = await crashedMidSend('rc-3');
    expect(await markContactOutcomeUnknown(db(), a.id, 'the worker stopped during the call')).toMatchObject({ status: 'outcome_unknown', providerMessageId: null });
    expect(await listContactAttempts(db(), { status: 'outcome_unknown', limit: 10 })).toMatchObject([{ id: a.id }]);
    // Without the key the callback cannot be matched: it waits, stored.
    expect((await recordDeliveryReceipt(db(), receipt('SM3', 'sent'))).attempt).toBeNull();
    const settled = await recordDeliveryReceipt(db(), { ...receipt('SM3', 'delivered'), idempotencyKey: 'rc-3' });
    expect(settled.attempt).toMatchObject({ id: a.id, status: 'delivered', providerMessageId: 'SM3' });
    expect(await listContactAttempts(db(), { status: 'outcome_unknown', limit: 10 })).toEqual([]);
  });

  it('applies a callback that came while the worker was down, so the retry finds the attempt settled', async () => {
    const a = await crashedMidSend('rc-4');
    const early = await recordDeliveryReceipt(db(), { ...receipt('SM4', 'failed', 'undelivered'), error: '30003 unreachable handset', idempotencyKey: 'rc-4' });
    expect(early.attempt).toMatchObject({ status: 'failed', providerMessageId: 'SM4' });
    expect(await markContactOutcomeUnknown(db(), a.id, 'the worker stopped during the call')).toMatchObject({ status: 'failed', error: '30003 unreachable handset' });
  });

  it('settles an unknown outcome by a message id known before the call (an email report), before or after the crash is noticed', async () => {
    const before = await crashedMidSend('rc-5', '<m5@kairos.example>');
    await recordDeliveryReceipt(db(), { ...receipt('<m5@kairos.example>', 'delivered'), provider: 'smtp' });
    expect(await markContactOutcomeUnknown(db(), before.id, 'the worker stopped during the call')).toMatchObject({ status: 'delivered' });
    const after = await crashedMidSend('rc-6', '<m6@kairos.example>');
    expect(await markContactOutcomeUnknown(db(), after.id, 'the worker stopped during the call')).toMatchObject({ status: 'outcome_unknown' });
    expect((await recordDeliveryReceipt(db(), { ...receipt('<m6@kairos.example>', 'delivered'), provider: 'smtp' })).attempt).toMatchObject({ id: after.id, status: 'delivered' });
  });

  it('never re-links an attempt that has a message id to another message', async () => {
    const a = await attempt('rc-7');
    await markContactSent(db(), a.id, { providerMessageId: 'SM7', status: 'queued' });
    expect((await recordDeliveryReceipt(db(), { ...receipt('SM8', 'delivered'), idempotencyKey: 'rc-7' })).attempt).toBeNull();
    expect(await getContactAttempt(db(), a.id)).toMatchObject({ status: 'queued', providerMessageId: 'SM7' });
  });

  it('does not move a status back when the send is booked after a callback that named its attempt', async () => {
    const a = await attempt('rc-9');
    await recordDeliveryReceipt(db(), { ...receipt('SM9', 'delivered'), idempotencyKey: 'rc-9' });
    expect(await markContactSent(db(), a.id, { providerMessageId: 'SM9', status: 'queued', providerStatus: 'queued' })).toMatchObject({ status: 'delivered', providerStatus: 'delivered', sentAt: expect.any(Date) });
  });
});
