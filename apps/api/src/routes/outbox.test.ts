import { beforeAll, expect, it } from 'vitest';
import { beginContactAttempt, markContactSent, writeSandboxOutbox } from '@kairos/db';
import { describeEachDatabase } from '@kairos/db/testing';
import { appWithoutTemporal, signedIn, dana, type ApiClient } from '../testing/api-harness';

// Rows are written the way the worker writes them; the journey test shows a real send arriving here.
describeEachDatabase('outbox and contact routes', (db) => {
  let api: ApiClient;
  beforeAll(async () => {
    api = await signedIn(appWithoutTemporal(db()), 'engineer');
    await api.put('/api/v1/accounts/O-1', dana);
    await api.put('/api/v1/accounts/O-2', dana);
    const send = (key: string, accountId: string, body: string) =>
      writeSandboxOutbox(db(), { idempotencyKey: key, accountId, channel: 'sms', recipient: dana.phone, body });
    await send('k1', 'O-1', 'first reminder');
    await send('k2', 'O-1', 'final reminder 100%');
    await send('k3', 'O-2', 'hello');
    const { attempt } = await beginContactAttempt(db(), {
      idempotencyKey: 'c1',
      enrollmentId: null,
      accountId: 'O-1',
      stepId: 'sms-1',
      channel: 'sms',
      provider: 'sandbox',
      recipient: dana.phone,
      body: 'first reminder',
    });
    await markContactSent(db(), attempt.id, { providerMessageId: 'sandbox-1' });
  });

  it('lists outbox messages newest first, filtered by account and text', async () => {
    const all = await api.get('/api/v1/outbox?accountId=O-1');
    expect(all.status).toBe(200);
    expect(all.body.map((m: { body: string }) => m.body)).toEqual(['final reminder 100%', 'first reminder']);
    expect((await api.get('/api/v1/outbox?search=100%25')).body.map((m: { idempotencyKey: string }) => m.idempotencyKey)).toEqual(['k2']);
    expect((await api.get('/api/v1/outbox?limit=1')).body).toHaveLength(1);
  });

  it('lists contact attempts of an account', async () => {
    const res = await api.get('/api/v1/contacts?accountId=O-1');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([expect.objectContaining({ stepId: 'sms-1', status: 'sent', providerMessageId: 'sandbox-1' })]);
    expect((await api.get('/api/v1/contacts?accountId=O-2')).body).toEqual([]);
  });

  it('records a call an agent made, once per key, as part of the ledger', async () => {
    const call = { idempotencyKey: 'agent-call-1', accountId: 'O-2', channel: 'voice', outcome: 'conversation', at: '2026-11-24T15:00:00Z', note: 'promised Friday' };
    const recorded = await api.post('/api/v1/contacts', call);
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ channel: 'voice', outcome: 'conversation', status: 'sent', provider: expect.stringMatching(/^agent:/), createdAt: '2026-11-24T15:00:00.000Z' });
    expect((await api.post('/api/v1/contacts', call)).status).toBe(200);
    expect((await api.get('/api/v1/contacts?accountId=O-2')).body).toHaveLength(1);
    const bad = await api.post('/api/v1/contacts', { ...call, idempotencyKey: 'x', outcome: 'hung_up', at: 'noon' });
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i: { field: string }) => i.field).sort()).toEqual(['at', 'outcome']);
    expect((await api.post('/api/v1/contacts', { ...call, idempotencyKey: 'y', accountId: 'ghost' })).status).toBe(404);
  });

  it('rejects bad queries naming the parameter', async () => {
    const outbox = await api.get('/api/v1/outbox?limit=0');
    expect(outbox.status).toBe(400);
    expect(outbox.body.issues[0].field).toBe('limit');
    const contacts = await api.get('/api/v1/contacts?limit=many');
    expect(contacts.status).toBe(400);
    expect(contacts.body.issues[0].field).toBe('limit');
  });
});
