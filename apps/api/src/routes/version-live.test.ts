import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase, withDemoCollector } from '@kairos/db/testing';
import { appWithWorker, dana, eventually, publishedCadence, signedIn, startTemporal, type ApiClient } from '../testing/api-harness';

let env: TestWorkflowEnvironment;
beforeAll(async () => void (env = await startTemporal()));
afterAll(async () => env?.teardown());

describeEachDatabase('version live routes', (db) => {
  // Sends for a portfolio without its collector's identity are refused.
  beforeAll(async () => {
    await withDemoCollector(db());
  });
  let api: ApiClient;
  let h: Awaited<ReturnType<typeof appWithWorker>>;
  beforeAll(async () => {
    h = await appWithWorker(env, db());
    api = await signedIn(h.app, 'admin');
  });
  afterAll(async () => h?.stop());

  it('counts where a running enrollment is, what it passed, and where it ended when the account paid', async () => {
    const cadenceId = await publishedCadence(h.app);
    const [version] = (await api.get(`/api/v1/cadences/${cadenceId}/versions`)).body;
    await api.put('/api/v1/accounts/LIVE-1', dana);
    const enrolled = await api.post('/api/v1/enrollments', { accountId: 'LIVE-1', cadenceId });
    expect(enrolled.status).toBe(201);

    const waiting = await eventually(async () => {
      const live = await api.get(`/api/v1/versions/${version.id}/live`);
      return live.body.steps['wait-3d']?.now === 1 && live.body;
    }, 'the enrollment to wait at wait-3d');
    expect(waiting).toMatchObject({
      versionId: version.id,
      enrollments: { active: 1, finished: 0, failed: 0 },
      steps: {
        start: { now: 0, passed: 1, ended: 0 },
        'sms-consent': { now: 0, passed: 1, ended: 0 },
        'sms-1': { now: 0, passed: 1, ended: 0 },
        'wait-3d': { now: 1, passed: 0, ended: 0 },
      },
    });

    const paid = await api.post('/api/v1/account-events', {
      type: 'payment',
      eventId: 'live-pay-1',
      accountId: 'LIVE-1',
      occurredAt: '2026-11-24T12:00:00Z',
      amountCents: dana.balanceCents,
    });
    expect(paid.status).toBe(202);
    const ended = await eventually(async () => {
      const live = await api.get(`/api/v1/versions/${version.id}/live`);
      return live.body.enrollments.finished === 1 && live.body;
    }, 'the enrollment to finish');
    expect(ended.exitReasons).toEqual({ paid: 1 });
    expect(ended.steps['wait-3d']).toEqual({ now: 0, passed: 0, ended: 1 });
  });

  it('shows the counts to compliance officers too, but not to agents', async () => {
    const cadenceId = await publishedCadence(h.app, 'promise-follow-up');
    const [version] = (await api.get(`/api/v1/cadences/${cadenceId}/versions`)).body;
    expect((await (await signedIn(h.app, 'compliance_officer')).get(`/api/v1/versions/${version.id}/live`)).status).toBe(200);
    expect((await (await signedIn(h.app, 'agent')).get(`/api/v1/versions/${version.id}/live`)).status).toBe(403);
  });

  it('answers 404 for a version that does not exist, saying where to look', async () => {
    const missing = await api.get(`/api/v1/versions/${crypto.randomUUID()}/live`);
    expect(missing.status).toBe(404);
    expect(missing.body.message).toMatch(/versions/);
  });
});
