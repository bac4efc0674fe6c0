// The scenario table of @kairos/compliance, run against the HTTP endpoint: the same answers as the function.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complianceScenarios, malformedScenarios } from '@kairos/compliance/scenarios';
import { openTestDatabase } from '@kairos/db/testing';
import { appWithoutTemporal, signedIn, type ApiClient } from '../testing/api-harness';

describe('POST /api/v1/compliance/evaluate', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let dialer: ApiClient;
  beforeAll(async () => {
    database = await openTestDatabase('pglite'); // the endpoint reads no table: one database is enough
    dialer = await signedIn(appWithoutTemporal(database.db), 'agent');
  });
  afterAll(async () => database?.dispose());

  it.each(complianceScenarios.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    const res = await dialer.post('/api/v1/compliance/evaluate', scenario.request);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect({ decision: res.body.decision, rule: res.body.rule, until: res.body.until === undefined ? undefined : Date.parse(res.body.until) }).toEqual({
      decision: scenario.expect.decision,
      rule: scenario.expect.rule,
      until: scenario.expect.until === undefined ? undefined : Date.parse(scenario.expect.until),
    });
    if (res.body.decision === 'defer') expect(res.body.until).toMatch(/Z$/);
    if (scenario.expect.reason) expect(res.body.reasons.join('\n')).toContain(scenario.expect.reason);
  });

  it.each(malformedScenarios.map((s) => [s.name, s] as const))('400: %s', async (_name, scenario) => {
    const res = await dialer.post('/api/v1/compliance/evaluate', scenario.body);
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_request');
    const fields = res.body.issues.map((i: { field: string }) => i.field);
    for (const field of scenario.fields) expect(fields, JSON.stringify(res.body.issues)).toContain(field);
  });

  it('names an unknown profile and a body that is not JSON', async () => {
    const unknown = await dialer.post('/api/v1/compliance/evaluate', { ...complianceScenarios[0]!.request, profile: 'mars' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.issues).toEqual([{ field: 'profile', message: expect.stringMatching(/unknown compliance profile "mars"/) }]);
    expect((await dialer.post('/api/v1/compliance/evaluate', '{"at": ')).status).toBe(400);
  });

  it('lists the profiles accounts may name', async () => {
    const res = await dialer.get('/api/v1/compliance/profiles');
    expect(res.body.map((p: { id: string }) => p.id)).toEqual(['us-reg-f', 'uk-fca-example']);
    expect(res.body[0].ruleIds).toContain('reg-f.1006.14(b)(2)(i)(A)');
  });
});
