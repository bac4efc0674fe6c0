import { expect, it } from 'vitest';
import { upsertAccount } from '../accounts/accounts';
import { beginContactAttempt, listContactAttempts, markContactFailed, markContactSent } from './contacts';
import { account } from '../fixtures.test-support';
import { listOutbox, writeSandboxOutbox } from './outbox';
import { describeEachDatabase } from '../testing';

describeEachDatabase('contact attempts and the sandbox outbox', (db) => {
  const attempt = (key: string) => ({
    idempotencyKey: key,
    enrollmentId: null,
    accountId: 'C-1',
    stepId: 'sms',
    channel: 'sms',
    provider: 'sandbox',
    recipient: '+15555550123',
    body: 'Hi',
  });

  it('hands a retried attempt its earlier row instead of a second one', async () => {
    await upsertAccount(db(), account('C-1'));
    const first = await beginContactAttempt(db(), attempt('en:sms:1'));
    expect(first.existing).toBe(false);
    await markContactSent(db(), first.attempt.id, { providerMessageId: 'sbx-1' });
    const retry = await beginContactAttempt(db(), attempt('en:sms:1'));
    expect(retry).toMatchObject({ existing: true, attempt: { id: first.attempt.id, status: 'sent', providerMessageId: 'sbx-1' } });
    const other = await beginContactAttempt(db(), attempt('en:sms:2'));
    await markContactFailed(db(), other.attempt.id, { error: 'no phone', status: 'skipped' });
    const rows = await listContactAttempts(db(), { accountId: 'C-1', limit: 10 });
    expect(rows.map((r) => r.status).sort()).toEqual(['sent', 'skipped']);
  });

  it('lets exactly one of several simultaneous attempts with one key go ahead', async () => {
    const results = await Promise.all([1, 2, 3].map(() => beginContactAttempt(db(), attempt('en:sms:race'))));
    expect(results.filter((r) => !r.existing)).toHaveLength(1);
    expect(new Set(results.map((r) => r.attempt.id)).size).toBe(1);
  });

  it('writes one outbox row per idempotency key and finds it by text', async () => {
    const m = { idempotencyKey: 'k-1', accountId: 'C-1', channel: 'email', recipient: 'dana@example.com', subject: 'Balance 50%', body: 'Pay now' };
    const first = await writeSandboxOutbox(db(), m);
    const second = await writeSandboxOutbox(db(), { ...m, body: 'changed' });
    expect(second).toEqual({ message: first.message, duplicate: true });
    expect(await listOutbox(db(), { accountId: 'C-1', limit: 10 })).toHaveLength(1);
    expect(await listOutbox(db(), { search: '50%', limit: 10 })).toHaveLength(1);
    expect(await listOutbox(db(), { search: '5_%', limit: 10 })).toHaveLength(0);
    expect(await listOutbox(db(), { search: 'DANA@', limit: 10 })).toHaveLength(1);
  });
});
