// Custom compliance profiles written through the API: validated, stored with an audit entry, and
// then used by the run-time decision and the design-time lint.
import { beforeAll, expect, it } from 'vitest';
import { complianceScenarios } from '@kairos/compliance/scenarios';
import { listAudit } from '@kairos/db';
import { describeEachDatabase } from '@kairos/db/testing';
import { appWithoutTemporal, dana, example, signedIn, type ApiClient } from '../testing/api-harness';

/** Based on Reg F, one email a week, and every email must name the licence. */
const weeklyEmail = {
  title: 'ACME: Reg F plus one email a week',
  extends: 'us-reg-f',
  caps: [{ channel: 'email', max: 1, windowDays: 7 }],
  disclosures: { required: [{ text: 'Licence 42', channels: ['email'] }] },
};

describeEachDatabase('PUT /api/v1/compliance/profiles/{id}', (db) => {
  let admin: ApiClient;
  let officer: ApiClient;
  let strategist: ApiClient;
  let engineer: ApiClient;
  beforeAll(async () => {
    const app = appWithoutTemporal(db());
    [admin, officer, strategist, engineer] = await Promise.all([signedIn(app, 'admin'), signedIn(app, 'compliance_officer'), signedIn(app, 'strategist'), signedIn(app, 'engineer')]);
  });

  it('names each field of a profile that does not hold together, and stores nothing', async () => {
    const bad = await admin.put('/api/v1/compliance/profiles/acme', { title: 'ACME', hours: { sat: '9-5' }, caps: [{ channel: 'fax', max: 0, windowDays: 7 }], holidays: ['2026-13-01'] });
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i: { field: string }) => i.field)).toEqual(expect.arrayContaining(['hours.sat', 'caps[0].channel', 'caps[0].max']));
    const other = await admin.put('/api/v1/compliance/profiles/acme', { ...weeklyEmail, id: 'other' });
    expect(other.body.issues).toEqual([{ field: 'id', message: expect.stringContaining('"acme"') }]);
    const builtIn = await admin.put('/api/v1/compliance/profiles/us-reg-f', weeklyEmail);
    expect(builtIn.body.issues).toEqual([{ field: 'id', message: expect.stringContaining('built-in') }]);
    expect((await officer.get('/api/v1/compliance/profiles')).body.map((p: { id: string }) => p.id)).toEqual(['us-reg-f', 'uk-fca-example']);
  });

  it('stores a profile with an audit entry; decisions and the lint then use it', async () => {
    const created = await admin.put('/api/v1/compliance/profiles/acme', weeklyEmail);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ id: 'acme', source: 'stored', default: false, ruleIds: expect.arrayContaining(['acme.cap.email', 'reg-f.1006.14(b)(2)(i)(A)']) });
    expect((await admin.put('/api/v1/compliance/profiles/acme', { ...weeklyEmail, title: 'ACME v2' })).status).toBe(200);
    const audit = await listAudit(db(), { action: 'compliance_profile_change', limit: 5 });
    expect(audit.map((a) => a.detail.created)).toEqual(expect.arrayContaining([true, false]));

    // The run-time decision: a second email within the week waits.
    const ask = { ...complianceScenarios[0]!.request, channel: 'email', profile: 'acme', history: [{ at: '2026-03-01T15:00:00Z', channel: 'email', outcome: 'delivered' }] };
    const decided = await officer.post('/api/v1/compliance/evaluate', ask);
    expect(decided.body).toMatchObject({ decision: 'defer', rule: 'acme.cap.email' });

    // Accounts and portfolios may name it; the lint then holds designs to it and names it.
    await engineer.put('/api/v1/accounts/S-1', dana);
    expect((await officer.patch('/api/v1/accounts/S-1/compliance', { profile: 'acme' })).status).toBe(200);
    const cadenceId = (await strategist.post('/api/v1/cadences', { name: 'Reminders', graph: example() })).body.id as string;
    const lint = await strategist.get(`/api/v1/cadences/${cadenceId}/lint`);
    expect(lint.body.profiles).toEqual(['us-reg-f', 'acme']);
    // (Findings about portfolios, such as a missing collector identity, name no profile.)
    const acmeOnly = lint.body.findings.filter((f: { profiles?: string[] }) => f.profiles?.join() === 'acme').map((f: { rule: string }) => f.rule);
    // The example's one email lacks the licence: a problem under acme only.
    expect(acmeOnly).toEqual(['lint.required-disclosure']);
  });

  it('is for admins only', async () => {
    expect((await officer.put('/api/v1/compliance/profiles/acme2', weeklyEmail)).status).toBe(403);
    expect((await strategist.put('/api/v1/compliance/profiles/acme2', weeklyEmail)).status).toBe(403);
  });
});
