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
    const call = { idempotencyKey: 'agent-call-1', accountId: 'O-2', channel: 'voice', outcome: 'conversation', at: '2026-11-24T15:00:00Z', note: 'promised Friday', alreadyHappened: true };
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

  it("decides an agent's call over the stored ledger: check first, and a report that the decision refuses is a 409", async () => {
    // A landline in New York, asked on Mon 2026-03-02 at 10:00 EST.
    await api.put('/api/v1/accounts/O-3', { ...dana, timezone: 'America/New_York', compliance: { phoneType: 'landline' } });
    const at = (day: string) => `2026-${day}T15:00:00Z`;
    const check = (when: string, channel = 'call') => api.post('/api/v1/contacts/check', { accountId: 'O-3', channel, at: when });
    expect((await check(at('03-02'))).body).toMatchObject({ decision: 'allow', profile: 'us-reg-f' });
    expect((await check('2026-03-02T12:00:00Z')).body).toMatchObject({ decision: 'defer', rule: 'reg-f.1006.6(b)(1)(i)', until: '2026-03-02T13:00:00.000Z' });

    // Seven calls in seven days, reported as they were placed (each decided and allowed).
    for (const [i, day] of ['02-24', '02-25', '02-26', '02-27', '02-28', '03-01', '03-02'].entries()) {
      const r = await api.post('/api/v1/contacts', { idempotencyKey: `o3-${i}`, accountId: 'O-3', channel: i % 2 ? 'voice' : 'call', outcome: 'no_answer', at: at(day) });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
    const eighth = { idempotencyKey: 'o3-8', accountId: 'O-3', channel: 'call', outcome: 'no_answer', at: '2026-03-02T16:00:00Z' };
    expect((await check(eighth.at, 'voice')).body).toMatchObject({ decision: 'defer', rule: 'reg-f.1006.14(b)(2)(i)(A)' });
    const refused = await api.post('/api/v1/contacts', eighth);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'contact_refused', decision: { decision: 'defer', rule: 'reg-f.1006.14(b)(2)(i)(A)' } });
    expect(refused.body.message).toMatch(/alreadyHappened/);
    expect((await api.get('/api/v1/contacts?accountId=O-3')).body).toHaveLength(7);

    // Consent given directly on Sunday: the calls since then do not count (Reg F 1006.14(b)(3)(i)).
    await api.patch('/api/v1/accounts/O-3/compliance', { callConsentAt: '2026-03-01T14:00:00Z' });
    expect((await check(eighth.at)).body).toMatchObject({ decision: 'allow' });
    await api.patch('/api/v1/accounts/O-3/compliance', { ceaseCommunication: true });
    expect((await check(eighth.at)).body).toMatchObject({ decision: 'block', rule: 'reg-f.1006.6(c)(1)' });
    // A call that already took place is recorded whatever the decision would have been.
    expect((await api.post('/api/v1/contacts', { ...eighth, alreadyHappened: true })).status).toBe(201);
    expect((await api.post('/api/v1/contacts/check', { accountId: 'ghost', channel: 'call' })).status).toBe(404);
    expect((await api.post('/api/v1/contacts/check', { accountId: 'O-3', channel: 'fax' })).body.issues[0].field).toBe('channel');
  });

  it('rejects bad queries naming the parameter', async () => {
    const outbox = await api.get('/api/v1/outbox?limit=0');
    expect(outbox.status).toBe(400);
    expect(outbox.body.issues[0].field).toBe('limit');
    const contacts = await api.get('/api/v1/contacts?limit=many');
    expect(contacts.status).toBe(400);
    expect(contacts.body.issues[0].field).toBe('limit');
    const status = await api.get('/api/v1/contacts?status=lost');
    expect(status.status).toBe(400);
    expect(status.body.issues[0].field).toBe('status');
  });

  it('lists only the contacts of a status when asked (operations check the ones whose outcome is unknown)', async () => {
    expect((await api.get('/api/v1/contacts?accountId=O-1&status=sent')).body).toMatchObject([{ idempotencyKey: 'c1', status: 'sent' }]);
    expect((await api.get('/api/v1/contacts?accountId=O-1&status=failed')).body).toEqual([]);
    expect((await api.get('/api/v1/contacts?status=outcome_unknown')).body).toEqual([]);
  });

  it('refuses a call dated in a year no ledger can hold (year 0), naming the field, and records nothing', async () => {
    await api.put('/api/v1/accounts/O-0', dana);
    const res = await api.post('/api/v1/contacts', { idempotencyKey: 'year-zero', accountId: 'O-0', channel: 'call', outcome: 'no_answer', at: '0000-01-01T00:00:00Z', alreadyHappened: true });
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual([{ field: 'at', message: expect.stringMatching(/between 1900 and 2999/) }]);
    expect((await api.get('/api/v1/contacts?accountId=O-0')).body).toEqual([]);
  });
});
