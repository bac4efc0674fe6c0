import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accountSnapshotSchema, DEMO_COLLECTOR_IDENTITY } from '@kairos/cadence';
import { getVersion, setCollectorIdentity, upsertPortfolio } from '@kairos/db';
import { describeEachDatabase, withDemoCollector } from '@kairos/db/testing';
import {
  approveAndPublish,
  appWithWorker,
  signedIn,
  testApp,
  dana,
  eventually,
  example,
  publishedCadence,
  startTemporal,
  unreachableRuntime,
  type ApiClient,
} from '../testing/api-harness';

let env: TestWorkflowEnvironment;
beforeAll(async () => void (env = await startTemporal()));
afterAll(async () => env?.teardown());

describeEachDatabase('enrollment routes', (db) => {
  // Sends for a portfolio without its collector's identity are refused.
  beforeAll(async () => {
    await withDemoCollector(db());
  });
  let api: ApiClient;
  let h: Awaited<ReturnType<typeof appWithWorker>>;
  let cadenceId: string;
  beforeAll(async () => {
    h = await appWithWorker(env, db());
    api = await signedIn(h.app, 'admin');
    cadenceId = await publishedCadence(h.app);
  });
  afterAll(async () => h?.stop());

  const waitingAt = (enrollmentId: string, stepId: string) =>
    eventually(async () => {
      const res = await api.get(`/api/v1/enrollments/${enrollmentId}`);
      return res.body.currentStepId === stepId && res.body;
    }, `enrollment ${enrollmentId} to reach ${stepId}`);

  it('enrolls once however often (and however concurrently) the same enrollment is requested', async () => {
    await api.put('/api/v1/accounts/E-1', dana);
    const answers = await Promise.all([1, 2, 3].map(() => api.post('/api/v1/enrollments', { accountId: 'E-1', cadenceId })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    const again = await api.post('/api/v1/enrollments', { accountId: 'E-1', cadenceId });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(answers[0]!.body.id);
    // What was placed is shown; the analytics projection's bookkeeping is not.
    expect(again.body).toMatchObject({ placedCents: dana.balanceCents, placedCurrency: 'USD', placedDueDate: dana.dueDate });
    expect(again.body).not.toHaveProperty('writtenByTx');
    await waitingAt(again.body.id, 'wait-3d');
    expect((await api.get('/api/v1/outbox?accountId=E-1')).body).toHaveLength(1);
    expect((await api.get('/api/v1/enrollments?accountId=E-1')).body).toHaveLength(1);
  });

  it("starts each enrollment with its portfolio's promise hold: on unless the portfolio turned it off", async () => {
    await upsertPortfolio(db(), { id: 'no-hold', name: 'No hold', settings: { channels: {}, holdContactWhilePromiseOpen: false } });
    await setCollectorIdentity(db(), 'no-hold', DEMO_COLLECTOR_IDENTITY);
    await api.put('/api/v1/accounts/E-H1', dana);
    await api.put('/api/v1/accounts/E-H2', { ...dana, portfolioId: 'no-hold' });
    const policyOf = async (accountId: string) => {
      const enrolled = await api.post('/api/v1/enrollments', { accountId, cadenceId });
      expect(enrolled.status).toBe(201);
      const detail = await waitingAt(enrolled.body.id, 'wait-3d');
      return detail.live.state.policy;
    };
    expect(await policyOf('E-H1')).toEqual({ holdContactWhilePromiseOpen: true });
    expect(await policyOf('E-H2')).toEqual({ holdContactWhilePromiseOpen: false });
  });

  it("warns when the account's portfolio has no collector identity, and shows its refused text with the reason, nothing sent", async () => {
    await api.put('/api/v1/accounts/E-9', { ...dana, portfolioId: 'no-collector' });
    const enrolled = await api.post('/api/v1/enrollments', { accountId: 'E-9', cadenceId });
    expect(enrolled.status).toBe(201);
    expect(enrolled.body.warnings).toEqual([
      { code: 'collector_identity_missing', message: expect.stringMatching(/^portfolio "no-collector" has no collector identity \(.*\(PUT \/api\/v1\/portfolios\/no-collector\/collector\)$/) },
    ]);
    const refused = /^refused: portfolio "no-collector" has no collector identity \(legal name, /;
    const detail = await eventually(async () => {
      const res = await api.get(`/api/v1/enrollments/${enrolled.body.id}`);
      return res.body.contacts.length > 0 && res.body.timeline.some((e: { type: string }) => e.type === 'activity') && res.body;
    }, 'the refused first text');
    expect(detail.contacts.map((a: { channel: string; status: string; error: string }) => [a.channel, a.status, a.error])).toEqual([['sms', 'skipped', expect.stringMatching(refused)]]);
    const step = detail.timeline.find((e: { type: string }) => e.type === 'activity');
    expect(step.detail).toMatchObject({ undelivered: [{ channel: 'sms', skipped: expect.stringMatching(refused) }] });
    expect((await api.get('/api/v1/outbox?accountId=E-9')).body).toEqual([]);
    // The default portfolio has one: no warning.
    await api.put('/api/v1/accounts/E-10', dana);
    expect((await api.post('/api/v1/enrollments', { accountId: 'E-10', cadenceId })).body).not.toHaveProperty('warnings');
  });

  it('a request that stored the enrollment but could not reach Temporal fails with 503, and its retry starts it', async () => {
    await api.put('/api/v1/accounts/E-2', dana);
    const brokenApp = testApp({ db: db(), runtime: await unreachableRuntime(env, h.taskQueue) });
    const broken = await signedIn(brokenApp, 'admin');
    const failed = await broken.post('/api/v1/enrollments', { accountId: 'E-2', cadenceId });
    expect(failed.status).toBe(503);
    expect(failed.body).toMatchObject({ error: 'temporal_unavailable', message: expect.stringMatching(/retry the same request/) });
    expect((await api.get('/api/v1/enrollments?accountId=E-2')).body).toHaveLength(1);
    expect((await api.get('/api/v1/outbox?accountId=E-2')).body).toEqual([]);

    const retried = await api.post('/api/v1/enrollments', { accountId: 'E-2', cadenceId });
    expect(retried.status).toBe(200);
    await eventually(async () => (await api.get('/api/v1/outbox?accountId=E-2')).body.length === 1, 'the SMS after the retry');
  });

  it('enrolls on a given published version, and lists enrollments by cadence and status', async () => {
    await api.put('/api/v1/accounts/E-3', dana);
    const [v1] = (await api.get(`/api/v1/cadences/${cadenceId}/versions`)).body;
    const changed = example();
    changed.nodes.find((n) => n.id === 'wait-3d')!.data.config = { mode: 'duration', duration: { days: 5 } };
    await api.put(`/api/v1/cadences/${cadenceId}/draft`, { graph: changed });
    expect((await approveAndPublish(h.app, cadenceId)).version).toBe(2);

    const pinned = await api.post('/api/v1/enrollments', { accountId: 'E-3', cadenceId, versionId: v1.id });
    expect(pinned.status).toBe(201);
    expect(pinned.body.cadenceVersionId).toBe(v1.id);
    const running = await waitingAt(pinned.body.id, 'wait-3d');
    expect(running.live.state.irHash).toBe((await getVersion(db(), v1.id))!.hash);

    const active = await api.get(`/api/v1/enrollments?cadenceId=${cadenceId}&status=active`);
    expect(active.status).toBe(200);
    expect(active.body.map((e: { accountId: string }) => e.accountId)).toEqual(expect.arrayContaining(['E-1', 'E-2', 'E-3']));
    expect((await api.get(`/api/v1/enrollments?cadenceId=${cadenceId}&status=failed`)).body).toEqual([]);
  });

  it('tells a running enrollment when its account changes', async () => {
    await api.put('/api/v1/accounts/E-4', dana);
    const { body } = await api.post('/api/v1/enrollments', { accountId: 'E-4', cadenceId });
    await waitingAt(body.id, 'wait-3d');
    expect((await api.put('/api/v1/accounts/E-4', { ...dana, balanceCents: 5_000 })).status).toBe(200);
    await eventually(async () => {
      const res = await api.get(`/api/v1/enrollments/${body.id}`);
      return res.body.live?.state.account.balanceCents === 5_000;
    }, 'the workflow to see the new balance');
  });

  it('answers requests that cannot be served with what to do', async () => {
    const ghost = await api.post('/api/v1/enrollments', { accountId: 'ghost', cadenceId });
    expect(ghost.status).toBe(404);
    expect(ghost.body.message).toMatch(/PUT \/api\/v1\/accounts/);
    await api.put('/api/v1/accounts/E-5', dana);
    expect((await api.post('/api/v1/enrollments', { accountId: 'E-5', cadenceId: crypto.randomUUID() })).status).toBe(404);
    const draftOnly = (await api.post('/api/v1/cadences', { name: 'Unpublished', graph: example() })).body.id;
    const unpublished = await api.post('/api/v1/enrollments', { accountId: 'E-5', cadenceId: draftOnly });
    expect(unpublished.status).toBe(409);
    expect(unpublished.body).toMatchObject({ error: 'not_published', message: expect.stringMatching(/publish it with POST/) });
    const otherVersion = await api.post('/api/v1/enrollments', { accountId: 'E-5', cadenceId, versionId: crypto.randomUUID() });
    expect(otherVersion.status).toBe(404);
    expect(otherVersion.body.message).toMatch(/versions/);

    const missing = await api.post('/api/v1/enrollments', { accountId: 'E-5' });
    expect(missing.status).toBe(400);
    expect(missing.body.issues).toEqual([expect.objectContaining({ field: 'cadenceId' })]);
    const badStatus = await api.get('/api/v1/enrollments?status=paused');
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.issues[0].field).toBe('status');
    const unknown = await api.get(`/api/v1/enrollments/${crypto.randomUUID()}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toMatch(/GET \/api\/v1\/enrollments/);
  });

  it("neither restarts a finished enrollment's workflow nor treats a late signal to it as an error", async () => {
    await api.put('/api/v1/accounts/E-6', dana);
    const { body } = await api.post('/api/v1/enrollments', { accountId: 'E-6', cadenceId });
    await waitingAt(body.id, 'wait-3d');
    const payment = { type: 'payment' as const, eventId: 'pay-E6', occurredAt: '2026-11-24T12:00:00Z', amountCents: 12_345 };
    await api.post('/api/v1/account-events', { ...payment, accountId: 'E-6' });
    await eventually(async () => (await api.get(`/api/v1/enrollments/${body.id}`)).body.status === 'finished', 'the payment to end it');

    await expect(h.runtime.signalAccountEvent(body.workflowId, { ...payment, eventId: 'pay-E6-late' })).resolves.toBeUndefined();
    const account = accountSnapshotSchema.parse({ ...dana, id: 'E-6' });
    await expect(h.runtime.signalAccountUpdated(body.workflowId, account)).resolves.toBeUndefined();
    const version = (await getVersion(db(), body.cadenceVersionId))!;
    await h.runtime.startEnrollment({ workflowId: body.workflowId, ir: version.ir, enrollmentId: body.id, account });
    await new Promise((r) => setTimeout(r, 300));
    const sent = (await api.get('/api/v1/outbox?accountId=E-6')).body as Array<{ body: string }>;
    expect(sent.filter((m) => !m.body.startsWith('Thank you'))).toHaveLength(1);
    const final = await h.runtime.describeEnrollment(body.workflowId);
    expect(final?.state).toMatchObject({ status: 'finished', seenEventIds: ['pay-E6'], exit: { reason: 'paid' } });
  });
});
