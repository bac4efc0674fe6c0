import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@kairos/db/testing';
import { appWithoutTemporal, signedIn, dana, type ApiClient } from '../testing/api-harness';

// Updates that reach running enrollments are tested with a worker in enrollments.test.ts.
describeEachDatabase('account routes', (db) => {
  let api: ApiClient;
  beforeAll(async () => {
    api = await signedIn(appWithoutTemporal(db()), 'engineer');
  });

  it('creates an account (201) filling defaults, then updates it (200)', async () => {
    const created = await api.put('/api/v1/accounts/A-1', dana);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: 'A-1', name: 'Dana Smith', currency: 'USD', language: 'en', attributes: {} });
    const updated = await api.put('/api/v1/accounts/A-1', { ...dana, balanceCents: 100 });
    expect(updated.status).toBe(200);
    expect(updated.body.balanceCents).toBe(100);
    const read = await api.get('/api/v1/accounts/A-1');
    expect(read.status).toBe(200);
    expect(read.body.balanceCents).toBe(100);
  });

  it('lists accounts a page at a time', async () => {
    await api.put('/api/v1/accounts/A-2', dana);
    await api.put('/api/v1/accounts/A-3', dana);
    const first = await api.get('/api/v1/accounts?limit=2');
    expect(first.status).toBe(200);
    expect(first.body).toHaveLength(2);
    const rest = await api.get('/api/v1/accounts?limit=2&offset=2');
    expect(rest.body.map((a: { id: string }) => a.id)).not.toContain(first.body[0].id);
  });

  it('names each bad field of a body or query', async () => {
    const res = await api.put('/api/v1/accounts/A-9', { ...dana, balanceCents: -5, timezone: 'Mars/Olympus', phone: '555-0100' });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_request');
    expect(res.body.issues.map((i: { field: string }) => i.field).sort()).toEqual(['balanceCents', 'phone', 'timezone']);
    expect(res.body.issues.find((i: { field: string }) => i.field === 'timezone').message).toMatch(/IANA/);
    expect((await api.get('/api/v1/accounts/A-9')).status).toBe(404);
    const badQuery = await api.get('/api/v1/accounts?limit=0');
    expect(badQuery.status).toBe(400);
    expect(badQuery.body.issues[0].field).toBe('limit');
  });

  it('answers 404 with what to do for an unknown account', async () => {
    const res = await api.get('/api/v1/accounts/ghost');
    expect(res.status).toBe(404);
    expect(res.body.message).toMatch(/PUT \/api\/v1\/accounts/);
  });
});

describeEachDatabase('compliance facts of accounts', (db) => {
  let engineer: ApiClient;
  let agent: ApiClient;
  beforeAll(async () => {
    const app = appWithoutTemporal(db());
    [engineer, agent] = await Promise.all([signedIn(app, 'engineer'), signedIn(app, 'agent')]);
    await engineer.put('/api/v1/accounts/F-1', dana);
  });

  it('start from us-reg-f with nothing recorded', async () => {
    const res = await agent.get('/api/v1/accounts/F-1');
    expect(res.body.compliance).toEqual({
      profile: 'us-reg-f',
      timezones: [],
      phoneType: 'unknown',
      optOuts: [],
      ceaseCommunication: false,
      dispute: { status: 'none' },
      inconvenientTimes: [],
    });
  });

  it('let an agent record an opt-out and inconvenient times, which a later sync does not erase', async () => {
    const patched = await agent.patch('/api/v1/accounts/F-1/compliance', {
      optOuts: ['sms'],
      phoneType: 'mobile',
      inconvenientTimes: [{ days: ['sat', 'sun'], from: '00:00', to: '24:00' }],
    });
    expect(patched.status).toBe(200);
    expect(patched.body.compliance).toMatchObject({ optOuts: ['sms'], phoneType: 'mobile', ceaseCommunication: false });
    await engineer.put('/api/v1/accounts/F-1', { ...dana, balanceCents: 1 });
    expect((await agent.get('/api/v1/accounts/F-1')).body.compliance.optOuts).toEqual(['sms']);
    const replaced = await engineer.put('/api/v1/accounts/F-1', { ...dana, compliance: { ceaseCommunication: true } });
    expect(replaced.body.compliance).toMatchObject({ ceaseCommunication: true, optOuts: [] });
  });

  it('name each bad fact, and refuse a profile that does not exist', async () => {
    const bad = await agent.patch('/api/v1/accounts/F-1/compliance', { optOuts: ['fax'], inconvenientTimes: [{ from: '25:00', to: '01:00' }], timezones: ['Mars/Base'] });
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i: { field: string }) => i.field).sort()).toEqual(['inconvenientTimes.0.from', 'optOuts.0', 'timezones.0']);
    const unknown = await agent.patch('/api/v1/accounts/F-1/compliance', { profile: 'mars' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.issues).toEqual([{ field: 'compliance.profile', message: expect.stringMatching(/us-reg-f/) }]);
    expect((await agent.patch('/api/v1/accounts/ghost/compliance', { ceaseCommunication: true })).status).toBe(404);
  });
});
