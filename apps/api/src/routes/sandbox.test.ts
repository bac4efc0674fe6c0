import { beforeAll, expect, it } from 'vitest';
import { beginContactAttempt, getAccount, getContactAttempt, listAccountEvents, markContactSent, writeSandboxOutbox } from '@kairos/db';
import { describeEachDatabase } from '@kairos/db/testing';
import { appWithoutTemporal, dana, signedIn, type ApiClient } from '../testing/api-harness';

// The JSON twins of the outbox page's buttons (outbox-page.test.ts): receipts and replies on demand.
describeEachDatabase('sandbox message controls (JSON)', (db) => {
  let api: ApiClient;
  let reader: ApiClient;
  const sent = async (key: string, accountId: string, channel: string, recipient: string) => {
    const { message } = await writeSandboxOutbox(db(), { idempotencyKey: key, accountId, channel, recipient, body: `a ${channel} to ${accountId}` });
    const { attempt } = await beginContactAttempt(db(), { idempotencyKey: key, enrollmentId: null, accountId, stepId: 'step-1', channel, provider: 'sandbox', recipient, body: `a ${channel} to ${accountId}` });
    await markContactSent(db(), attempt.id, { providerMessageId: `sandbox-${message.id}` });
    return { messageId: message.id, attemptId: attempt.id };
  };
  let sms: { messageId: string; attemptId: string };
  let mail: { messageId: string; attemptId: string };
  let letter: { messageId: string; attemptId: string };
  beforeAll(async () => {
    const app = appWithoutTemporal(db());
    api = await signedIn(app, 'engineer');
    reader = await signedIn(app, 'compliance_officer');
    await api.put('/api/v1/accounts/SB-1', { ...dana, phone: '+15555550701', email: 'sb1@example.com' });
    await api.put('/api/v1/accounts/SB-2', { ...dana, phone: '+15555550702', email: 'sb2@example.com' });
    sms = await sent('sb-sms', 'SB-1', 'sms', '+15555550701');
    mail = await sent('sb-mail', 'SB-2', 'email', 'sb2@example.com');
    letter = await sent('sb-letter', 'SB-2', 'letter', 'Dana Smith');
  });

  it('records a delivered receipt on the contact attempt, and the same receipt again as a duplicate', async () => {
    const first = await api.post(`/api/v1/outbox/${sms.messageId}/receipt`, { status: 'delivered' });
    expect(first).toMatchObject({ status: 200, body: { status: 'delivered', duplicate: false } });
    expect((await getContactAttempt(db(), sms.attemptId))!.status).toBe('delivered');
    expect((await api.post(`/api/v1/outbox/${sms.messageId}/receipt`, { status: 'delivered' })).body).toEqual({ status: 'delivered', duplicate: true });
  });

  it('fails an email with the error given: the attempt becomes bounced with that reason', async () => {
    const res = await api.post(`/api/v1/outbox/${mail.messageId}/receipt`, { status: 'bounced', error: '550 mailbox unknown' });
    expect(res).toMatchObject({ status: 200, body: { status: 'bounced', duplicate: false } });
    expect(await getContactAttempt(db(), mail.attemptId)).toMatchObject({ status: 'bounced', error: '550 mailbox unknown' });
  });

  it('refuses a receipt status it does not know, naming the field, and an unknown message with 404', async () => {
    const bad = await api.post(`/api/v1/outbox/${sms.messageId}/receipt`, { status: 'read' });
    expect(bad.status).toBe(400);
    expect(bad.body.issues).toEqual([expect.objectContaining({ field: 'status' })]);
    const missing = await api.post('/api/v1/outbox/00000000-0000-4000-8000-000000000000/receipt', { status: 'delivered' });
    expect(missing.status).toBe(404);
    expect(missing.body.message).toContain('GET /api/v1/outbox');
  });

  it('takes a STOP reply as the customer: the account is opted out of that channel and the reply stored', async () => {
    const res = await api.post(`/api/v1/outbox/${sms.messageId}/reply`, { text: ' Stop ' });
    expect(res).toMatchObject({ status: 200, body: { keyword: 'STOP', accounts: ['SB-1'] } });
    expect((await getAccount(db(), 'SB-1'))!.compliance.optOuts).toEqual(['sms']);
    const events = await listAccountEvents(db(), 'SB-1');
    expect(events.map((e) => [e.type, e.payload.text])).toEqual([['reply', ' Stop ']]);
  });

  it('stores an ordinary reply without opting anyone out', async () => {
    const res = await api.post(`/api/v1/outbox/${mail.messageId}/reply`, { text: 'Can I pay next week?' });
    expect(res).toMatchObject({ status: 200, body: { keyword: null, accounts: ['SB-2'] } });
    expect((await getAccount(db(), 'SB-2'))!.compliance.optOuts).toEqual([]);
  });

  it('refuses an empty reply and a reply to a letter with 400 naming the field', async () => {
    const empty = await api.post(`/api/v1/outbox/${sms.messageId}/reply`, { text: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.issues).toEqual([expect.objectContaining({ field: 'text' })]);
    const toLetter = await api.post(`/api/v1/outbox/${letter.messageId}/reply`, { text: 'hello' });
    expect(toLetter.status).toBe(400);
    expect(toLetter.body).toMatchObject({ message: 'a letter message cannot be replied to', issues: [{ field: 'id' }] });
  });

  it('lets a compliance officer read but not act as the carrier or the customer', async () => {
    expect((await reader.post(`/api/v1/outbox/${sms.messageId}/receipt`, { status: 'failed' })).status).toBe(403);
    expect((await reader.post(`/api/v1/outbox/${mail.messageId}/reply`, { text: 'STOP' })).status).toBe(403);
    expect((await getAccount(db(), 'SB-2'))!.compliance.optOuts).toEqual([]);
  });
});
