import { expect, it } from 'vitest';
import { upsertAccount } from '../accounts/accounts';
import { beginContactAttempt, getContactAttempt, listContactAttempts, markContactDispatched, markContactOutcomeUnknown, markContactSent } from './contacts';
import { advancesStatus, recordDeliveryReceipt } from './delivery-receipts';
import { account } from '../fixtures.test-support';
import { DEFAULT_PORTFOLIO_ID } from '../portfolios/portfolios';
import { describeEachDatabase } from '../testing';

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
    portfolioId: DEFAULT_PORTFOLIO_ID, provider: 'twilio', receiptKey: `${sid}:${providerStatus}`, providerMessageId: sid, status, providerStatus, payload: { MessageSid: sid },
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

describeEachDatabase('delivery receipts bound to the portfolio that signed them', (db) => {
  const attemptIn = async (portfolioId: string, accountId: string, key: string, over: { provider?: string } = {}) => {
    await upsertAccount(db(), account(accountId, { portfolioId }));
    const { attempt } = await beginContactAttempt(db(), {
      idempotencyKey: key, enrollmentId: null, accountId, stepId: null, channel: 'sms', provider: over.provider ?? 'twilio', recipient: '+15555550123', body: 'hi',
    });
    return attempt;
  };
  const receipt = (portfolioId: string, sid: string, status: 'queued' | 'sent' | 'delivered' | 'failed' | 'bounced', providerStatus: string = status) => ({
    portfolioId, provider: 'twilio', receiptKey: `${sid}:${providerStatus}`, providerMessageId: sid, status, providerStatus, payload: { MessageSid: sid },
  });

  it("stores a receipt signed by another portfolio for its signer and moves nothing of the message's portfolio, neither by message id nor by attempt key", async () => {
    const booked = await attemptIn('loans', 'PB-1', 'pb-1');
    await markContactSent(db(), booked.id, { providerMessageId: 'SM-PB1', status: 'queued' });
    const crashed = await attemptIn('loans', 'PB-1', 'pb-2');
    await markContactDispatched(db(), crashed.id);
    await markContactOutcomeUnknown(db(), crashed.id, 'the worker stopped during the call');

    const foreign = await recordDeliveryReceipt(db(), { ...receipt('cards', 'SM-PB1', 'failed', 'undelivered'), error: 'forged' });
    expect(foreign).toMatchObject({ duplicate: false, attempt: null, receipt: { portfolioId: 'cards', appliedAt: null } });
    const linking = await recordDeliveryReceipt(db(), { ...receipt('cards', 'SM-PB2', 'failed', 'undelivered'), idempotencyKey: 'pb-2' });
    expect(linking.attempt).toBeNull();
    expect(await getContactAttempt(db(), booked.id)).toMatchObject({ status: 'queued', providerMessageId: 'SM-PB1', error: null });
    expect(await getContactAttempt(db(), crashed.id)).toMatchObject({ status: 'outcome_unknown', providerMessageId: null });

    // The message's own portfolio reporting the very same callbacks is not a duplicate of the forged ones, and settles both.
    const own = await recordDeliveryReceipt(db(), receipt('loans', 'SM-PB1', 'failed', 'undelivered'));
    expect(own).toMatchObject({ duplicate: false, attempt: { id: booked.id, status: 'failed' } });
    expect(own.attempt!.error).not.toBe('forged');
    expect((await recordDeliveryReceipt(db(), { ...receipt('loans', 'SM-PB2', 'delivered'), idempotencyKey: 'pb-2' })).attempt).toMatchObject({
      id: crashed.id, status: 'delivered', providerMessageId: 'SM-PB2',
    });
  });

  it('keeps the same receipt key of two portfolios as two receipts, and a replay within one as a duplicate', async () => {
    const inCards = await attemptIn('cards', 'PB-2', 'pb-3', { provider: 'smtp' });
    const inLoans = await attemptIn('loans', 'PB-3', 'pb-4', { provider: 'smtp' });
    await markContactSent(db(), inCards.id, { providerMessageId: '<pb3@kairos.example>' });
    await markContactSent(db(), inLoans.id, { providerMessageId: '<pb4@kairos.example>' });
    // Two mail systems number their reports alike.
    const report = (portfolioId: string, messageId: string, status: 'delivered' | 'bounced') => ({
      portfolioId, provider: 'smtp', receiptKey: 'report-1', providerMessageId: messageId, status, providerStatus: status, payload: {},
    });
    const cards = await recordDeliveryReceipt(db(), report('cards', '<pb3@kairos.example>', 'bounced'));
    const loans = await recordDeliveryReceipt(db(), report('loans', '<pb4@kairos.example>', 'delivered'));
    expect(cards).toMatchObject({ duplicate: false, attempt: { id: inCards.id, status: 'bounced' } });
    expect(loans).toMatchObject({ duplicate: false, attempt: { id: inLoans.id, status: 'delivered' } });
    expect(loans.receipt.id).not.toBe(cards.receipt.id);
    const replay = await recordDeliveryReceipt(db(), report('loans', '<pb4@kairos.example>', 'delivered'));
    expect(replay).toMatchObject({ duplicate: true, receipt: { id: loans.receipt.id }, attempt: { status: 'delivered' } });
  });

  it("applies, when the send is booked, only the receipts of the attempt's own portfolio that overtook it", async () => {
    const a = await attemptIn('loans', 'PB-4', 'pb-5');
    await recordDeliveryReceipt(db(), { ...receipt('cards', 'SM-PB5', 'failed', 'undelivered'), error: 'forged' });
    await recordDeliveryReceipt(db(), receipt('loans', 'SM-PB5', 'sent'));
    expect(await markContactSent(db(), a.id, { providerMessageId: 'SM-PB5', status: 'queued' })).toMatchObject({ status: 'sent', error: null });
  });

  it("settles an unknown outcome only by its own portfolio's reports", async () => {
    const a = await attemptIn('loans', 'PB-5', 'pb-6', { provider: 'smtp' });
    await markContactDispatched(db(), a.id, { providerMessageId: '<pb6@kairos.example>' });
    await recordDeliveryReceipt(db(), { ...receipt('cards', '<pb6@kairos.example>', 'bounced'), provider: 'smtp' });
    expect(await markContactOutcomeUnknown(db(), a.id, 'the worker stopped during the call')).toMatchObject({ status: 'outcome_unknown' });
    expect((await recordDeliveryReceipt(db(), { ...receipt('loans', '<pb6@kairos.example>', 'delivered'), provider: 'smtp' })).attempt).toMatchObject({ id: a.id, status: 'delivered' });
  });
});
