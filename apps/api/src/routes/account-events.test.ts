import { beforeAll, expect, it } from 'vitest';
import { listAccountEvents } from '@kairos/db';
import { describeEachDatabase } from '@kairos/db/testing';
import { appWithoutTemporal, signedIn, dana, type ApiClient } from '../testing/api-harness';

// Delivery to running enrollments is tested end to end in api-journey.test.ts and event-sweep.test.ts;
// here the account has no enrollment, so storing is the whole story.
describeEachDatabase('account event routes', (db) => {
  let api: ApiClient;
  beforeAll(async () => {
    api = await signedIn(appWithoutTemporal(db()), 'engineer');
    await api.put('/api/v1/accounts/V-1', dana);
  });

  it('stores a payment once (202), lowers the balance, and answers a repeat as a duplicate that changes nothing', async () => {
    const payment = { type: 'payment', eventId: 'pay-1', accountId: 'V-1', occurredAt: '2026-11-24T12:00:00Z', amountCents: 345 };
    const posted = await api.post('/api/v1/account-events', payment);
    expect(posted.status).toBe(202);
    expect(posted.body).toMatchObject({ eventId: 'pay-1', duplicate: false, signalled: true, enrollments: 0 });
    expect((await api.get('/api/v1/accounts/V-1')).body.balanceCents).toBe(12_000);

    const again = await api.post('/api/v1/account-events', { ...payment, amountCents: 999 });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: posted.body.id, duplicate: true });
    expect((await api.get('/api/v1/accounts/V-1')).body.balanceCents).toBe(12_000);
    expect((await listAccountEvents(db(), 'V-1')).filter((e) => e.eventId === 'pay-1')).toHaveLength(1);
  });

  it('accepts promises and disputes', async () => {
    const promise = await api.post('/api/v1/account-events', {
      type: 'promise',
      eventId: 'ptp-1',
      accountId: 'V-1',
      occurredAt: '2026-11-24T12:00:00Z',
      amountCents: 5_000,
      promisedDate: '2026-12-01',
    });
    expect(promise.status).toBe(202);
    const dispute = await api.post('/api/v1/account-events', { type: 'dispute', eventId: 'dsp-1', accountId: 'V-1', occurredAt: '2026-11-24T12:00:00Z' });
    expect(dispute.status).toBe(202);
  });

  it('refuses a promise dated a day that does not exist, naming the field, so no promise is broken the moment it is made', async () => {
    const res = await api.post('/api/v1/account-events', {
      type: 'promise',
      eventId: 'ptp-feb-31',
      accountId: 'V-1',
      occurredAt: '2026-02-01T12:00:00Z',
      amountCents: 5_000,
      promisedDate: '2026-02-31',
    });
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual([{ field: 'promisedDate', message: expect.stringMatching(/real calendar date/) }]);
    expect((await listAccountEvents(db(), 'V-1')).map((e) => e.eventId)).not.toContain('ptp-feb-31');
    expect((await api.get('/api/v1/accounts/V-1/ledger')).body.promises.map((p: { eventId: string }) => p.eventId)).not.toContain('ptp-feb-31');
  });

  it('refuses an event that occurred in the year 0, naming the field, rather than failing to store it', async () => {
    const res = await api.post('/api/v1/account-events', { type: 'payment', eventId: 'pay-year-0', accountId: 'V-1', occurredAt: '0000-01-01T00:00:00Z', amountCents: 100 });
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual([{ field: 'occurredAt', message: expect.stringMatching(/between 1900 and 2999/) }]);
  });

  it('refuses a dispute with a field it does not know, since a dispute changes what may be sent', async () => {
    const res = await api.post('/api/v1/account-events', { type: 'dispute', eventId: 'dsp-x', accountId: 'V-1', occurredAt: '2026-11-24T12:00:00Z', reasn: 'typo' });
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual([{ field: 'reasn', message: expect.stringMatching(/unknown field/) }]);
  });

  it('rejects bad bodies with 400 naming each field', async () => {
    const bad = await api.post('/api/v1/account-events', { type: 'payment', eventId: 'x', accountId: 'V-1', occurredAt: 'yesterday', amountCents: -3 });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toBe('invalid_request');
    expect(bad.body.issues.map((i: { field: string }) => i.field).sort()).toEqual(['amountCents', 'occurredAt']);
    const unknownType = await api.post('/api/v1/account-events', { type: 'refund', eventId: 'x', accountId: 'V-1' });
    expect(unknownType.status).toBe(400);
    expect(unknownType.body.issues[0].field).toBe('type');
    const noAccount = await api.post('/api/v1/account-events', { type: 'dispute', eventId: 'd-0', occurredAt: '2026-11-24T12:00:00Z' });
    expect(noAccount.body.issues[0].field).toBe('accountId');
  });

  it('answers 404 for an unknown account, storing nothing', async () => {
    const ghost = await api.post('/api/v1/account-events', { type: 'dispute', eventId: 'd-1', accountId: 'ghost', occurredAt: '2026-11-24T12:00:00Z' });
    expect(ghost.status).toBe(404);
    expect(ghost.body.message).toMatch(/PUT \/api\/v1\/accounts/);
    expect(await listAccountEvents(db(), 'ghost')).toEqual([]);
  });
});
