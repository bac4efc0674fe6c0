import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@kairos/db/testing';
import { complianceProfiles, createProfileRegistry, defineComplianceProfile } from '@kairos/compliance';
import { appWithoutTemporal, signedIn, dana, example, type ApiClient } from '../testing/api-harness';

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

  it('lists accounts a page at a time, with the totals of the whole filter', async () => {
    await api.put('/api/v1/accounts/A-2', dana);
    await api.put('/api/v1/accounts/A-3', dana);
    const first = await api.get('/api/v1/accounts?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.accounts).toHaveLength(2);
    expect(first.body.page).toEqual({ limit: 2, offset: 0 });
    const rest = await api.get('/api/v1/accounts?limit=2&offset=2');
    expect(rest.body.accounts.map((a: { id: string }) => a.id)).not.toContain(first.body.accounts[0].id);
    expect(rest.body.totals).toEqual(first.body.totals);
    expect(first.body.totals.count).toBeGreaterThanOrEqual(3);
  });

  it('filters, searches and sorts the list on the server, and refuses a misspelt filter', async () => {
    await api.put('/api/v1/accounts/T-1', { ...dana, name: 'Tess Ng', balanceCents: 500, attributes: { tier: 'tlate' }, phones: [{ number: '+15125550177', type: 'mobile' }] });
    await api.put('/api/v1/accounts/T-2', { ...dana, name: 'Tom Ray', balanceCents: 900, attributes: { tier: 'tlate' } });
    await api.put('/api/v1/accounts/T-3', { ...dana, name: 'Tia Lu', balanceCents: 700, attributes: { tier: 'tearly' } });
    const listed = await api.get('/api/v1/accounts?tier=tlate,tearly&sort=balance&order=desc');
    expect(listed.body.accounts.map((a: { id: string }) => a.id)).toEqual(['T-2', 'T-3', 'T-1']);
    expect(listed.body.totals).toEqual({ count: 3, balances: [{ currency: 'USD', balanceCents: 2_100 }] });
    expect((await api.get('/api/v1/accounts?q=(512)%20555-0177')).body.accounts.map((a: { id: string }) => a.id)).toEqual(['T-1']);
    expect((await api.get('/api/v1/accounts?q=tom')).body.accounts.map((a: { id: string; statuses: string[] }) => [a.id, a.statuses])).toEqual([['T-2', []]]);
    const misspelt = await api.get('/api/v1/accounts?teir=tlate&sort=size');
    expect(misspelt.status).toBe(400);
    expect(misspelt.body.issues.map((i: { field: string }) => i.field)).toEqual(expect.arrayContaining(['sort']));
  });

  it('lists an account as promise open once a promise is recorded, and not once it is paid', async () => {
    await api.put('/api/v1/accounts/PR-1', { ...dana, balanceCents: 5_000 });
    const promisedDate = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const at = new Date().toISOString();
    const open = async () => (await api.get('/api/v1/accounts?status=promise_open&q=PR-1')).body.accounts.map((a: { id: string }) => a.id);
    expect(await open()).toEqual([]);
    expect((await api.post('/api/v1/account-events', { type: 'promise', eventId: 'pr-1', accountId: 'PR-1', occurredAt: at, promisedDate, amountCents: 2_000 })).status).toBe(202);
    expect(await open()).toEqual(['PR-1']);
    expect((await api.post('/api/v1/account-events', { type: 'payment', eventId: 'pay-pr-1', accountId: 'PR-1', occurredAt: at, amountCents: 2_000 })).status).toBe(202);
    expect(await open()).toEqual([]);
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

  it('refuses due dates that are not on the calendar, naming the field, and stores nothing', async () => {
    for (const dueDate of ['2026-02-30', '2026-13-01', '2026-04-31', '0000-02-29']) {
      const res = await api.put('/api/v1/accounts/D-1', { ...dana, dueDate });
      expect(res.status, dueDate).toBe(400);
      expect(res.body.issues).toEqual([{ field: 'dueDate', message: expect.stringMatching(/real calendar date as YYYY-MM-DD/) }]);
    }
    expect((await api.get('/api/v1/accounts/D-1')).status).toBe(404);
  });

  it('refuses an attribute value too long to key the analytics rollups, so one account cannot stop every report', async () => {
    const res = await api.put('/api/v1/accounts/D-4', { ...dana, attributes: { tier: '金'.repeat(2000) } });
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual([{ field: 'attributes.tier', message: expect.stringMatching(/200/) }]);
    expect((await api.get('/api/v1/accounts/D-4')).status).toBe(404);
  });

  it('refuses NUL or control characters in the id of the path, naming it', async () => {
    for (const id of ['D%002', 'D%0A2']) {
      const put = await api.put(`/api/v1/accounts/${id}`, dana);
      expect(put.status, id).toBe(400);
      expect(put.body.issues).toEqual([{ field: 'id', message: expect.stringMatching(/control characters/) }]);
      expect((await api.get(`/api/v1/accounts/${id}`)).status).toBe(400);
    }
  });

  it('refuses a field it does not know: a compliance fact misspelt at the top is an error, not lost', async () => {
    const res = await api.put('/api/v1/accounts/D-3', { ...dana, optOuts: ['sms'], consents: { sms: true, text: false } });
    expect(res.status).toBe(400);
    expect(res.body.issues.map((i: { field: string }) => i.field).sort()).toEqual(['consents.text', 'optOuts']);
    expect((await api.get('/api/v1/accounts/D-3')).status).toBe(404);
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

  it('start with nothing recorded, governed by the default profile', async () => {
    const res = await agent.get('/api/v1/accounts/F-1');
    expect(res.body.governingProfile).toEqual({ id: 'us-reg-f', source: 'default' });
    expect(res.body.compliance).toEqual({
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

  it('refuse a fact they do not know (optedOut for optOuts): 400 naming it, and nothing recorded', async () => {
    const before = (await agent.get('/api/v1/accounts/F-1')).body.compliance;
    const res = await agent.patch('/api/v1/accounts/F-1/compliance', { optedOut: ['email'], phoneType: 'landline' });
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual([{ field: 'optedOut', message: expect.stringMatching(/unknown field "optedOut"/) }]);
    const nested = await agent.patch('/api/v1/accounts/F-1/compliance', { dispute: { status: 'open', opened: '2026-03-01T00:00:00Z' } });
    expect(nested.body.issues).toEqual([{ field: 'dispute.opened', message: expect.stringMatching(/unknown field/) }]);
    expect((await agent.get('/api/v1/accounts/F-1')).body.compliance).toEqual(before);
  });
});

describeEachDatabase('the compliance profile of a portfolio', (db) => {
  // One message a week, text or email: the example's text and the email three days later exceed it.
  const weekly = defineComplianceProfile({ id: 'one-text-a-week', title: 'test: one message a week', hours: { 'sun-sat': '08:00-21:00' }, caps: [{ channel: ['sms', 'email'], max: 1, windowDays: 7 }] });
  let admin: ApiClient;
  let engineer: ApiClient;
  let strategist: ApiClient;
  beforeAll(async () => {
    const app = appWithoutTemporal(db(), { complianceProfiles: createProfileRegistry([...complianceProfiles.values(), weekly]) });
    [admin, engineer, strategist] = await Promise.all([signedIn(app, 'admin'), signedIn(app, 'engineer'), signedIn(app, 'strategist')]);
  });
  const capFindings = (findings: Array<{ rule: string; profiles?: string[] }>) => findings.filter((f) => f.rule === 'lint.frequency-caps');

  it('governs its accounts unless an account names its own, and the lint holds designs to every profile in use', async () => {
    const cadenceId = (await strategist.post('/api/v1/cadences', { name: 'Reminders', graph: example() })).body.id as string;
    const before = await strategist.get(`/api/v1/cadences/${cadenceId}/lint`);
    expect(before.body).toMatchObject({ profile: 'us-reg-f', profiles: ['us-reg-f'] });
    expect(capFindings(before.body.findings)).toEqual([]);

    const unknown = await admin.put('/api/v1/portfolios/cards', { name: 'Cards', settings: { channels: {}, complianceProfile: 'mars' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.issues).toEqual([{ field: 'settings.complianceProfile', message: expect.stringContaining('one-text-a-week') }]);
    expect((await admin.put('/api/v1/portfolios/cards', { name: 'Cards', settings: { channels: {}, complianceProfile: 'one-text-a-week' } })).status).toBe(201);

    await engineer.put('/api/v1/accounts/C-1', { ...dana, portfolioId: 'cards' });
    expect((await engineer.get('/api/v1/accounts/C-1')).body.governingProfile).toEqual({ id: 'one-text-a-week', source: 'portfolio' });
    const own = await engineer.patch('/api/v1/accounts/C-1/compliance', { profile: 'uk-fca-example' });
    expect(own.body.compliance.profile).toBe('uk-fca-example');
    expect((await engineer.get('/api/v1/accounts/C-1')).body.governingProfile).toEqual({ id: 'uk-fca-example', source: 'account' });

    const after = await strategist.get(`/api/v1/cadences/${cadenceId}/lint`);
    expect(after.body.profiles).toEqual(['us-reg-f', 'one-text-a-week', 'uk-fca-example']);
    expect(capFindings(after.body.findings).length).toBeGreaterThan(0);
    for (const f of capFindings(after.body.findings)) expect(f.profiles).toContain('one-text-a-week');
    expect((await strategist.get(`/api/v1/cadences/${cadenceId}`)).body.findings).toEqual(after.body.findings);

    const cleared = await engineer.patch('/api/v1/accounts/C-1/compliance', { profile: null });
    expect(cleared.body.compliance.profile).toBeUndefined();
    expect((await engineer.get('/api/v1/accounts/C-1')).body.governingProfile).toEqual({ id: 'one-text-a-week', source: 'portfolio' });
  });
});
