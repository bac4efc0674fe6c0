// Delivery receipts decide fallbacks: a failure reported by the provider (at once or later, while the
// send waits) makes the step try its next channel; silence within the wait counts as sent.
import { beforeAll, expect, it } from 'vitest';
import type { ActivityInput } from '@kairos/cadence';
import {
  beginContactAttempt, createCadence, createEnrollment, DEFAULT_PORTFOLIO_ID, listContactAttempts, listOutbox, markContactDispatched, publishVersion,
  recordDeliveryReceipt, storeAccountEvent, upsertAccount,
} from '@kairos/db';
import { describeEachDatabase, withDemoCollector } from '@kairos/db/testing';
import { MessageNotTakenError, type ChannelProvider } from '@kairos/providers';
import { createSandboxProvider } from '../channels/sandbox-provider';
import { compileOrThrow, exampleGraph, testAccount } from '../testing/cadence-fixture';
import { createActivities } from './index';

describeEachDatabase('sendMessage and delivery receipts', (db) => {
  // Sends for a portfolio without its collector's identity are refused.
  beforeAll(async () => {
    await withDemoCollector(db());
    await withDemoCollector(db(), 'loans');
  });
  let n = 0;
  async function job(accountId: string, over: Partial<Parameters<typeof testAccount>[1]> = {}): Promise<ActivityInput> {
    await upsertAccount(db(), testAccount(accountId, over));
    const graph = exampleGraph();
    const cadence = await createCadence(db(), { name: 'x', graph });
    const { version } = await publishVersion(db(), { cadenceId: cadence.id, graph, ir: compileOrThrow(graph), publishedBy: 't' });
    const { enrollment } = await createEnrollment(db(), { accountId, cadenceId: cadence.id, cadenceVersionId: version.id, workflowIdFor: (id) => id });
    return {
      idempotencyKey: `${enrollment.id}:sms-1:${++n}`, enrollmentId: enrollment.id, accountId, stepId: 'sms-1', attempt: 1,
      params: { channel: 'sms', body: 'Hi {{ account.firstName }}', fallback: [{ channel: 'email', subject: 'Balance', body: 'Dear {{ account.name }}' }] },
    };
  }
  const statuses = async (accountId: string) => (await listContactAttempts(db(), { accountId, limit: 10 })).map((a) => [a.channel, a.status]).reverse();

  it('falls back to email when the text bounces at once, and a retry sends neither again', async () => {
    const input = await job('F-1', { phone: '+15555550999' });
    const { sendMessage } = createActivities({ db: db(), providers: [createSandboxProvider(db(), { failRecipients: ['+15555550999'] })], receiptWaitMs: 5_000 });
    const r = await sendMessage!(input);
    expect(r).toMatchObject({ outcome: 'next', detail: { channel: 'email', fellBackFrom: [{ channel: 'sms', failed: expect.stringMatching(/fail/) }] } });
    expect(await statuses('F-1')).toEqual([['sms', 'failed'], ['email', 'sent']]);
    expect(await sendMessage!(input)).toMatchObject({ detail: { channel: 'email', replayed: true } });
    expect((await listOutbox(db(), { accountId: 'F-1', limit: 10 })).map((m) => m.channel).sort()).toEqual(['email', 'sms']);
  });

  it("falls back for an account of any portfolio: the sandbox's receipt is its account's portfolio's, which the booking applies", async () => {
    const input = await job('F-8', { phone: '+15555550999', portfolioId: 'loans' });
    const { sendMessage } = createActivities({ db: db(), providers: [createSandboxProvider(db(), { failRecipients: ['+15555550999'] })], receiptWaitMs: 5_000 });
    expect(await sendMessage!(input)).toMatchObject({ detail: { channel: 'email', fellBackFrom: [{ channel: 'sms', failed: expect.stringMatching(/fail/) }] } });
    expect(await statuses('F-8')).toEqual([['sms', 'failed'], ['email', 'sent']]);
  });

  it('falls back when a failure receipt arrives while the send waits for it', async () => {
    const input = await job('F-2');
    const { sendMessage } = createActivities({ db: db(), providers: [createSandboxProvider(db(), { receipts: true })], receiptWaitMs: 10_000 });
    const running = sendMessage!(input);
    let sms;
    for (let i = 0; i < 100 && !sms?.providerMessageId; i++) {
      await new Promise((r) => setTimeout(r, 50));
      sms = (await listContactAttempts(db(), { accountId: 'F-2', limit: 10 }))[0];
    }
    await recordDeliveryReceipt(db(), { portfolioId: DEFAULT_PORTFOLIO_ID, provider: 'sandbox', receiptKey: 'late-1', providerMessageId: sms!.providerMessageId!, status: 'failed', providerStatus: 'undelivered', error: '30003 unreachable handset', payload: {} });
    expect(await running).toMatchObject({ detail: { channel: 'email', fellBackFrom: [{ channel: 'sms', failed: '30003 unreachable handset' }] } });
  });

  it('counts a message without a receipt within the wait as sent, and does not fall back', async () => {
    const input = await job('F-3');
    const { sendMessage } = createActivities({ db: db(), providers: [createSandboxProvider(db(), { receipts: true })], receiptWaitMs: 300 });
    expect(await sendMessage!(input)).toMatchObject({ outcome: 'next', detail: { channel: 'sms' } });
    expect(await statuses('F-3')).toEqual([['sms', 'sent']]);
  });

  it('never repeats a send that a crash may have let out through a provider without idempotency keys', async () => {
    const input = await job('F-4');
    const calls: string[] = [];
    const noKeys: ChannelProvider = { id: 'carrier', channels: ['sms', 'email'], deduplicates: false, sendsReceipts: false, send: async (m) => (calls.push(m.channel), { status: 'sent', providerMessageId: `c-${calls.length}` }) };
    const { attempt } = await beginContactAttempt(db(), {
      idempotencyKey: input.idempotencyKey, enrollmentId: input.enrollmentId, accountId: 'F-4', stepId: 'sms-1', channel: 'sms', provider: 'carrier', recipient: '+15555550123', body: 'Hi Dana',
    });
    await markContactDispatched(db(), attempt.id);
    const { sendMessage } = createActivities({ db: db(), providers: [noKeys] });
    expect(await sendMessage!(input)).toMatchObject({ outcome: 'next', detail: { channel: 'sms', outcomeUnknown: true } });
    expect(calls).toEqual([]);
    expect((await listContactAttempts(db(), { accountId: 'F-4', limit: 1 }))[0]).toMatchObject({ status: 'outcome_unknown', error: expect.stringMatching(/^outcome unknown: .*not sent again/) });
    // Retried once more, it stays as it was: unknown, not sent.
    expect(await sendMessage!(input)).toMatchObject({ outcome: 'next', detail: { channel: 'sms', outcomeUnknown: true, replayed: true } });
    expect(calls).toEqual([]);
  });

  it('treats a crash between the provider\'s answer and its booking as an unknown outcome that the status report settles', async () => {
    const input = await job('F-6');
    const sent: string[] = [];
    const carrier: ChannelProvider = { id: 'carrier', channels: ['sms', 'email'], deduplicates: false, sendsReceipts: false, send: async (m) => (sent.push(m.idempotencyKey), { status: 'queued', providerMessageId: `c-${sent.length}` }) };
    let crashes = 1;
    const crashing = createActivities({
      db: db(),
      providers: [carrier],
      afterProviderCall: async () => {
        if (crashes-- > 0) throw new Error('the worker died here');
      },
    });
    await expect(crashing.sendMessage!(input)).rejects.toThrow('the worker died here');
    expect(await crashing.sendMessage!(input)).toMatchObject({ outcome: 'next', detail: { channel: 'sms', outcomeUnknown: true } });
    expect(sent).toEqual([input.idempotencyKey]);
    const [unknown] = await listContactAttempts(db(), { accountId: 'F-6', status: 'outcome_unknown', limit: 5 });
    expect(unknown).toMatchObject({ channel: 'sms', providerMessageId: null });
    // The carrier's status callback names the attempt (its URL carries the key): it settles it.
    await recordDeliveryReceipt(db(), { portfolioId: DEFAULT_PORTFOLIO_ID, provider: 'carrier', receiptKey: 'c-1:delivered', providerMessageId: 'c-1', status: 'delivered', providerStatus: 'delivered', payload: {}, idempotencyKey: input.idempotencyKey });
    expect(await statuses('F-6')).toEqual([['sms', 'delivered']]);
  });

  it('sends again when the provider said it certainly did not take the message (a rate limit), and only then', async () => {
    const input = await job('F-7');
    let calls = 0;
    const limited: ChannelProvider = {
      id: 'carrier', channels: ['sms', 'email'], deduplicates: false, sendsReceipts: false,
      send: async () => {
        if (++calls === 1) throw new MessageNotTakenError('rate limited (429)');
        return { status: 'queued', providerMessageId: 'c-7' };
      },
    };
    const { sendMessage } = createActivities({ db: db(), providers: [limited] });
    await expect(sendMessage!(input)).rejects.toThrow('rate limited');
    expect(await sendMessage!(input)).toMatchObject({ outcome: 'next', detail: { channel: 'sms', providerMessageId: 'c-7' } });
    expect(calls).toBe(2);
    expect(await statuses('F-7')).toEqual([['sms', 'queued']]);
  });

  it('sends no reminder when a payment lands while the send is in flight', async () => {
    const input = await job('F-5');
    const { sendMessage } = createActivities({
      db: db(),
      providers: [createSandboxProvider(db())],
      beforeLastCheck: async () => {
        await storeAccountEvent(db(), { source: 'api', accountId: 'F-5', event: { type: 'payment', eventId: 'mid-send', occurredAt: new Date().toISOString(), amountCents: 12_345 } });
      },
    });
    expect(await sendMessage!(input)).toMatchObject({ detail: { undelivered: [{ channel: 'sms', skipped: expect.stringMatching(/paid while/) }] } });
    expect(await listOutbox(db(), { accountId: 'F-5', limit: 10 })).toEqual([]);
    expect(await statuses('F-5')).toEqual([['sms', 'skipped']]);
  });
});
