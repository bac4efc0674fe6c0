// Pause, resume and stop through the API, over a real Temporal server and worker: the row, the audit log,
// the timeline and the running workflow all say the same thing.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listAudit } from '@kairos/db';
import { describeEachDatabase, withDemoCollector } from '@kairos/db/testing';
import { appWithWorker, dana, eventually, publishedCadence, signedIn, signedInTo, startTemporal, testApp, unreachableRuntime, type ApiClient } from '../testing/api-harness';

let env: TestWorkflowEnvironment;
beforeAll(async () => void (env = await startTemporal()));
afterAll(async () => env?.teardown());

describeEachDatabase('pausing, resuming and stopping enrollments', (db) => {
  beforeAll(async () => {
    await withDemoCollector(db());
  });
  let api: ApiClient;
  let strategist: ApiClient;
  let h: Awaited<ReturnType<typeof appWithWorker>>;
  let cadenceId: string;
  beforeAll(async () => {
    h = await appWithWorker(env, db());
    api = await signedIn(h.app, 'admin');
    strategist = await signedIn(h.app, 'strategist');
    cadenceId = await publishedCadence(h.app);
  });
  afterAll(async () => h?.stop());

  let accounts = 0;
  /** A new account enrolled and waiting three days after its first text. */
  async function waitingEnrollment(portfolioId?: string) {
    const accountId = `PZ-${accounts++}`;
    await api.put(`/api/v1/accounts/${accountId}`, { ...dana, ...(portfolioId ? { portfolioId } : {}) });
    const { body } = await api.post('/api/v1/enrollments', { accountId, cadenceId });
    await eventually(async () => (await api.get(`/api/v1/enrollments/${body.id}`)).body.live?.state.waiting?.type === 'timer', 'the 3-day wait');
    return { id: body.id as string, accountId, versionId: body.cadenceVersionId as string };
  }

  it('pauses an enrollment with a reason: the row, the running workflow, the timeline and the audit log say who and why', async () => {
    const e = await waitingEnrollment();
    const paused = await strategist.post(`/api/v1/enrollments/${e.id}/pause`, { reason: 'incident on the SMS provider' });
    expect(paused.status).toBe(200);
    expect(paused.body).toMatchObject({ outcome: 'paused', changed: true, enrollment: { status: 'active', paused: { by: 'strategist@kairos.test', reason: 'incident on the SMS provider' } } });
    const detail = await eventually(async () => {
      const res = await api.get(`/api/v1/enrollments/${e.id}`);
      return res.body.timeline.some((t: { type: string }) => t.type === 'paused') && res.body;
    }, 'the paused entry in the timeline');
    expect(detail.live.state.paused).toMatchObject({ by: 'strategist@kairos.test', reason: 'incident on the SMS provider' });
    expect(detail.timeline.find((t: { type: string }) => t.type === 'paused')).toMatchObject({ stepId: 'wait-3d', detail: { by: 'strategist@kairos.test' } });
    const [audited] = await listAudit(db(), { action: 'enrollment_paused', cadenceId, limit: 50 }).then((rows) => rows.filter((r) => r.enrollmentId === e.id));
    expect(audited).toMatchObject({ actorEmail: 'strategist@kairos.test', detail: { accountId: e.accountId, reason: 'incident on the SMS provider' } });
    // A paused enrollment is still active: its account cannot be enrolled in the cadence a second time.
    const again = await api.post('/api/v1/enrollments', { accountId: e.accountId, cadenceId });
    expect(again).toMatchObject({ status: 200, body: { id: e.id } });

    const twice = await strategist.post(`/api/v1/enrollments/${e.id}/pause`, { reason: 'again' });
    expect(twice.body).toMatchObject({ outcome: 'already_paused', changed: false, message: expect.stringMatching(/already paused by strategist@kairos.test/) });

    const resumed = await strategist.post(`/api/v1/enrollments/${e.id}/resume`, {});
    expect(resumed.body).toMatchObject({ outcome: 'resumed', changed: true, enrollment: { paused: null } });
    await eventually(async () => (await api.get(`/api/v1/enrollments/${e.id}`)).body.live?.state.paused === null, 'the workflow to resume');
    expect((await strategist.post(`/api/v1/enrollments/${e.id}/resume`, {})).body).toMatchObject({ outcome: 'not_paused', changed: false });
    expect((await api.get(`/api/v1/outbox?accountId=${e.accountId}`)).body).toHaveLength(1);
  });

  it('stops an enrollment at once, and says clearly that a finished one has nothing to stop', async () => {
    const e = await waitingEnrollment();
    const stopped = await strategist.post(`/api/v1/enrollments/${e.id}/stop`, { reason: 'customer asked by phone' });
    expect(stopped.body).toMatchObject({ outcome: 'stopped', changed: true, enrollment: { status: 'finished', exitReason: 'stopped' } });
    const timeline = await eventually(async () => {
      const { body } = await api.get(`/api/v1/enrollments/${e.id}`);
      return body.timeline.find((t: { type: string }) => t.type === 'finished');
    }, 'the finished entry');
    expect(timeline).toMatchObject({ outcome: 'stopped', detail: { by: 'strategist@kairos.test', reason: 'customer asked by phone' } });
    const again = await strategist.post(`/api/v1/enrollments/${e.id}/stop`, { reason: 'again' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: 'already_finished', message: expect.stringMatching(/already finished \(stopped\): nothing to change/) });
    expect((await strategist.post(`/api/v1/enrollments/${e.id}/pause`, { reason: 'late' })).status).toBe(409);
  });

  it('refuses a pause or stop without a reason, and changes nothing when Temporal is down', async () => {
    const e = await waitingEnrollment();
    const bare = await strategist.post(`/api/v1/enrollments/${e.id}/pause`, {});
    expect(bare.status).toBe(400);
    expect(bare.body.issues).toEqual([expect.objectContaining({ field: 'reason' })]);
    expect((await strategist.post(`/api/v1/enrollments/${e.id}/stop`, { reason: '   ' })).status).toBe(400);

    const broken = await signedIn(testApp({ db: db(), runtime: await unreachableRuntime(env, h.taskQueue) }), 'strategist');
    const failed = await broken.post(`/api/v1/enrollments/${e.id}/pause`, { reason: 'incident' });
    expect(failed.status).toBe(503);
    expect(failed.body).toMatchObject({ error: 'temporal_unavailable', message: expect.stringMatching(/nothing was changed; retry/) });
    expect((await api.get(`/api/v1/enrollments/${e.id}`)).body.paused).toBeNull();
  });

  it('says so when the enrollment\'s run never started (Temporal was down when it was enrolled): nothing to pause', async () => {
    await api.put('/api/v1/accounts/PZ-never', dana);
    const broken = await signedIn(testApp({ db: db(), runtime: await unreachableRuntime(env, h.taskQueue) }), 'admin');
    const stored = await broken.post('/api/v1/enrollments', { accountId: 'PZ-never', cadenceId });
    expect(stored.status).toBe(503);
    const [row] = (await api.get('/api/v1/enrollments?accountId=PZ-never')).body;
    const res = await strategist.post(`/api/v1/enrollments/${row.id}/pause`, { reason: 'incident' });
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/its run is over \(or never started\): nothing to pause/);
    expect((await api.get(`/api/v1/enrollments/${row.id}`)).body.paused).toBeNull();
  });

  it('answers a selection id by id, and refuses more than 1,000 at once', async () => {
    const [a, b] = [await waitingEnrollment(), await waitingEnrollment()];
    await strategist.post(`/api/v1/enrollments/${b.id}/pause`, { reason: 'earlier' });
    const res = await strategist.post('/api/v1/enrollments/bulk', { action: 'pause', reason: 'incident', enrollmentIds: [a.id, b.id, a.id, 'not-an-id'] });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { id: string; outcome: string }) => [r.id, r.outcome])).toEqual([
      [a.id, 'paused'],
      [b.id, 'already_paused'],
      ['not-an-id', 'not_found'],
    ]);
    expect(res.body.counts).toEqual({ paused: 1, already_paused: 1, not_found: 1 });
    const [entry] = (await listAudit(db(), { action: 'enrollment_paused', cadenceId, limit: 50 })).filter((r) => r.enrollmentId === a.id);
    expect(entry?.detail).toMatchObject({ reason: 'incident', selection: true });

    const stop = await strategist.post('/api/v1/enrollments/bulk', { action: 'stop', reason: 'closed', enrollmentIds: [a.id, b.id] });
    expect(stop.body.counts).toEqual({ stopped: 2 });
    const tooMany = await strategist.post('/api/v1/enrollments/bulk', { action: 'pause', reason: 'x', enrollmentIds: Array.from({ length: 1_001 }, () => crypto.randomUUID()) });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.issues).toEqual([expect.objectContaining({ field: 'enrollmentIds', message: expect.stringMatching(/at most 1000/) })]);
    const noReason = await strategist.post('/api/v1/enrollments/bulk', { action: 'stop', enrollmentIds: [a.id] });
    expect(noReason.body.issues).toEqual([expect.objectContaining({ field: 'reason' })]);
  });

  it("pauses and resumes a whole version, only the enrollments of accounts the caller reads, with counts for a progress bar", async () => {
    const ours = [await waitingEnrollment('pv-a'), await waitingEnrollment('pv-a')];
    const theirs = await waitingEnrollment('pv-b');
    const versionId = theirs.versionId;
    const reader = await signedInTo(h.app, 'compliance_officer', ['pv-a']);
    const paused = await reader.post(`/api/v1/versions/${versionId}/pause`, { reason: 'incident' });
    expect(paused.status).toBe(200);
    expect(paused.body).toEqual({ changed: 2, failed: [], remaining: 0, paused: 2, running: 0 });
    for (const e of ours) expect((await api.get(`/api/v1/enrollments/${e.id}`)).body.paused).toMatchObject({ reason: 'incident' });
    expect((await api.get(`/api/v1/enrollments/${theirs.id}`)).body.paused).toBeNull();
    const live = await api.get(`/api/v1/versions/${versionId}/live`);
    expect(live.body.enrollments.paused).toBeGreaterThanOrEqual(2);
    const [summary] = await listAudit(db(), { action: 'version_paused', cadenceId, limit: 5 });
    expect(summary).toMatchObject({ versionId, actorEmail: reader.email, detail: { reason: 'incident', changed: 2 } });

    expect((await reader.post(`/api/v1/versions/${versionId}/pause`, { reason: 'again' })).body).toMatchObject({ changed: 0, remaining: 0 });
    const resumed = await reader.post(`/api/v1/versions/${versionId}/resume`, {});
    expect(resumed.body).toEqual({ changed: 2, failed: [], remaining: 0, paused: 0, running: 2 });
    expect((await reader.post(`/api/v1/versions/${crypto.randomUUID()}/pause`, { reason: 'x' })).status).toBe(404);
  });

  it("answers 404 for an enrollment of an account the caller does not read", async () => {
    const e = await waitingEnrollment('pv-c');
    const outsider = await signedInTo(h.app, 'strategist', ['pv-a']);
    const res = await outsider.post(`/api/v1/enrollments/${e.id}/stop`, { reason: 'x' });
    expect(res.status).toBe(404);
    expect((await api.get(`/api/v1/enrollments/${e.id}`)).body.status).toBe('active');
  });
});
