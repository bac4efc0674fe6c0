// Enrolling an audience from the API against a real database and Temporal: the preview says who would
// enter and why the others would not, the background job enrolls exactly those through the usual
// enrollment path (the live view counts them), a retried request does not enroll twice, and it is audited.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { updateAccountCompliance } from '@kairos/db';
import { describeEachDatabase, withDemoCollector } from '@kairos/db/testing';
import { appWithWorker, approveAndPublish, dana, eventually, example, publishedCadence, signedIn, signedInTo, startTemporal, type ApiClient } from '../testing/api-harness';

let env: TestWorkflowEnvironment;
beforeAll(async () => void (env = await startTemporal()));
afterAll(async () => env?.teardown());

type Reason = { reason: string; count: number; examples: string[] };
const byReason = (preview: { excludedBy: Reason[] }) => Object.fromEntries(preview.excludedBy.filter((r) => r.count > 0).map((r) => [r.reason, r.examples]));

describeEachDatabase('enrolling an audience', (db) => {
  let h: Awaited<ReturnType<typeof appWithWorker>>;
  let admin: ApiClient;
  let strategist: ApiClient;
  let cadenceId: string;
  let versionId: string;
  beforeAll(async () => {
    await withDemoCollector(db());
    h = await appWithWorker(env, db());
    admin = await signedIn(h.app, 'admin');
    // A strategist of the default portfolio: the loans portfolio's accounts are none of theirs.
    strategist = await signedInTo(h.app, 'strategist', ['default']);
    cadenceId = await publishedCadence(h.app);
    versionId = (await admin.get(`/api/v1/cadences/${cadenceId}/versions`)).body[0].id;
    const tier = { attributes: { tier: 'aud' } };
    for (const id of ['AUD-1', 'AUD-2', 'AUD-3', 'AUD-4', 'AUD-5']) expect((await admin.put(`/api/v1/accounts/${id}`, { ...dana, ...tier })).status).toBe(201);
    await admin.put('/api/v1/accounts/AUD-PAID', { ...dana, ...tier, balanceCents: 0 });
    await admin.put('/api/v1/accounts/AUD-LOAN', { ...dana, ...tier, portfolioId: 'loans' });
    await updateAccountCompliance(db(), 'AUD-4', { dispute: { status: 'open' } });
    await updateAccountCompliance(db(), 'AUD-5', { ceaseCommunication: true });
    expect((await admin.post('/api/v1/enrollments', { accountId: 'AUD-3', cadenceId })).status).toBe(201);
  }, 120_000);
  afterAll(async () => h?.stop());

  it('previews who would enter and why the others would not, inside the caller\'s portfolios', async () => {
    const preview = await strategist.post('/api/v1/enrollments/preview', { cadenceId, audience: { kind: 'filter', filter: { tier: ['aud'] } } });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body).toMatchObject({ cadenceId, versionId, total: 6, entering: 2, enteringExamples: ['AUD-1', 'AUD-2'], excluded: 4 });
    expect(byReason(preview.body)).toEqual({ already_enrolled: ['AUD-3'], paid: ['AUD-PAID'], dispute: ['AUD-4'], opted_out: ['AUD-5'] });

    // A pasted list: another portfolio's account is "not found", as an unknown id is.
    const pasted = await strategist.post('/api/v1/enrollments/preview', { cadenceId, audience: { kind: 'ids', accountIds: ['AUD-1', 'AUD-LOAN', 'NOPE', 'AUD-1'] } });
    expect(pasted.body).toMatchObject({ total: 3, entering: 1 });
    expect(byReason(pasted.body)).toEqual({ not_found: ['AUD-LOAN', 'NOPE'] });
  });

  it('refuses an audience it cannot read, saying where', async () => {
    const misspelt = await strategist.post('/api/v1/enrollments/preview', { cadenceId, audience: { kind: 'filter', filter: { teir: ['aud'] } } });
    expect(misspelt.status).toBe(400);
    expect(misspelt.body.issues).toEqual([expect.objectContaining({ field: 'audience.filter.teir' })]);
    const empty = await strategist.post('/api/v1/enrollments/preview', { cadenceId, audience: { kind: 'ids', accountIds: [] } });
    expect(empty.body.issues).toEqual([{ field: 'audience.accountIds', message: 'paste at least one account id' }]);
    const unpublished = await strategist.post('/api/v1/enrollments/preview', { cadenceId: crypto.randomUUID(), audience: { kind: 'ids', accountIds: ['AUD-1'] } });
    expect(unpublished.status).toBe(409);
  });

  it('enrolls the audience in the background with progress, through the usual path, once however often asked', async () => {
    const body = { cadenceId, audience: { kind: 'filter', filter: { tier: ['aud'] } }, idempotencyKey: 'aud-run-1' };
    const started = await strategist.post('/api/v1/enrollments/audience', body);
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    expect(started.body).toMatchObject({ status: 'running', total: 6, versionId });
    const done = await eventually(async () => {
      const job = await strategist.get(`/api/v1/enrollments/audience/${started.body.id}`);
      return job.body.status !== 'running' && job.body;
    }, 'the audience enrollment to finish');
    expect(done).toMatchObject({ status: 'finished', total: 6, done: 6, enrolled: 2, excluded: { already_enrolled: 1, paid: 1, dispute: 1, opted_out: 1 }, error: null });
    expect(done.ratePerSecond).toBeGreaterThan(0);

    // The live view of the version counts them as any enrollment (AUD-3 was enrolled by hand).
    const live = await eventually(async () => {
      const v = await admin.get(`/api/v1/versions/${versionId}/live`);
      return v.body.enrollments.active === 3 && v.body;
    }, 'the live view to count the audience');
    expect(live.enrollments.active).toBe(3);
    const listed = await admin.get(`/api/v1/enrollments?cadenceId=${cadenceId}&status=active`);
    expect(listed.body.map((e: { accountId: string }) => e.accountId).sort()).toEqual(['AUD-1', 'AUD-2', 'AUD-3']);

    // The same request again: the same job. A new request: nothing left to enroll.
    const retried = await strategist.post('/api/v1/enrollments/audience', body);
    expect([retried.status, retried.body.id]).toEqual([200, started.body.id]);
    const again = await strategist.post('/api/v1/enrollments/audience', { ...body, idempotencyKey: 'aud-run-2' });
    const second = await eventually(async () => {
      const job = await strategist.get(`/api/v1/enrollments/audience/${again.body.id}`);
      return job.body.status !== 'running' && job.body;
    }, 'the second run to finish');
    expect(second).toMatchObject({ status: 'finished', enrolled: 0, excluded: { already_enrolled: 3 } });

    // Another strategist does not read someone else's job.
    expect((await (await signedIn(h.app, 'strategist', { second: true })).get(`/api/v1/enrollments/audience/${started.body.id}`)).status).toBe(404);

    const audit = await admin.get('/api/v1/audit?action=audience_enrollment&limit=50');
    const ofJob = audit.body.entries.filter((e: { detail: { jobId: string } }) => e.detail.jobId === started.body.id);
    expect(ofJob.map((e: { detail: { status: string } }) => e.detail.status).sort()).toEqual(['finished', 'started']);
    expect(ofJob.find((e: { detail: { status: string } }) => e.detail.status === 'finished').detail).toMatchObject({ audience: { kind: 'filter', filter: { tiers: ['aud'] } }, enrolled: 2, done: 6 });
  });

  it("enrolls the accounts an import described, and refuses an import of a portfolio the caller does not read", async () => {
    const csv = 'Account,Name,Balance,Due,Phone,Time zone\nIMP-1,Ida Park,120.00,2026-01-15,+12125550101,America/New_York\nIMP-2,Ivan Roe,80.00,2026-01-20,+12125550102,America/New_York\nIMP-3,Iris Lo,0.00,2026-01-20,+12125550103,America/New_York\n';
    const uploaded = await admin.call('POST', '/api/v1/imports?portfolioId=default&fileName=imp.csv', csv, { 'content-type': 'text/csv' });
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
    const importId = uploaded.body.import.id as string;
    expect((await admin.post(`/api/v1/imports/${importId}/start`)).status).toBe(202);
    await eventually(async () => (await admin.get(`/api/v1/imports/${importId}`)).body.status === 'done', 'the import to end');

    const audience = { kind: 'import', importId };
    const preview = await strategist.post('/api/v1/enrollments/preview', { cadenceId, audience });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body).toMatchObject({ total: 3, entering: 2, excluded: 1 });
    expect(preview.body.excludedBy.filter((e: { count: number }) => e.count > 0)).toMatchObject([{ reason: 'paid', count: 1, examples: ['IMP-3'] }]);
    expect(preview.body.enteringExamples).toEqual(['IMP-1', 'IMP-2']);

    const started = await strategist.post('/api/v1/enrollments/audience', { cadenceId, audience, idempotencyKey: 'imp-run' });
    expect(started.status).toBe(202);
    const job = await eventually(async () => {
      const res = await strategist.get(`/api/v1/enrollments/audience/${started.body.id}`);
      return res.body.status !== 'running' && res.body;
    }, 'the import audience to enroll');
    expect(job, JSON.stringify(job)).toMatchObject({ status: 'finished', done: 3, enrolled: 2, excluded: { paid: 1 } });
    // Enrolled through the usual path (they may have finished already: the file gave no consent to contact them).
    const listed = await admin.get(`/api/v1/enrollments?cadenceId=${cadenceId}&limit=500`);
    expect(listed.body.map((e: { accountId: string }) => e.accountId).filter((id: string) => id.startsWith('IMP-')).sort()).toEqual(['IMP-1', 'IMP-2']);

    const ofLoans = await signedInTo(h.app, 'strategist', ['loans']);
    const refused = await ofLoans.post('/api/v1/enrollments/preview', { cadenceId, audience });
    expect(refused.status).toBe(400);
    expect(refused.body.issues).toEqual([{ field: 'audience.importId', message: expect.stringMatching(/no such import among the portfolios you read/) }]);
  });

  it('keeps accounts active in another cadence out of a cadence that takes one active cadence per account, and refuses enrolling them, saying why', async () => {
    // The same cadence, its Entry set to "one active cadence per account".
    const graph = example();
    for (const node of graph.nodes) if (node.type === 'entry') node.data = { ...node.data, config: { ...node.data.config, oneActiveCadence: true } };
    const created = await strategist.post('/api/v1/cadences', { name: 'Alone', graph });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const alone = created.body.id as string;
    await approveAndPublish(h.app, alone);
    expect((await admin.put('/api/v1/accounts/AUD-6', { ...dana, attributes: { tier: 'aud' } })).status).toBe(201);

    // AUD-1, AUD-2 and AUD-3 run in the first cadence by now.
    const preview = await strategist.post('/api/v1/enrollments/preview', { cadenceId: alone, audience: { kind: 'filter', filter: { tier: ['aud'] } } });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body).toMatchObject({ total: 7, entering: 1, enteringExamples: ['AUD-6'] });
    expect(byReason(preview.body)).toEqual({ in_another_cadence: ['AUD-1', 'AUD-2', 'AUD-3'], paid: ['AUD-PAID'], dispute: ['AUD-4'], opted_out: ['AUD-5'] });
    expect(preview.body.excludedBy.find((r: Reason) => r.reason === 'in_another_cadence').text).toBe('active in another cadence, and this one takes only accounts in no other');

    const refused = await strategist.post('/api/v1/enrollments', { accountId: 'AUD-1', cadenceId: alone });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'in_another_cadence' });
    expect(refused.body.message).toMatch(/^account AUD-1 is active in another cadence \(enrollment [0-9a-f-]+\) and this cadence takes one active cadence per account: stop that enrollment/);
    expect((await strategist.post('/api/v1/enrollments', { accountId: 'AUD-6', cadenceId: alone })).status).toBe(201);
    // Asked again, the enrollment it is in answers as before.
    expect((await strategist.post('/api/v1/enrollments', { accountId: 'AUD-6', cadenceId: alone })).status).toBe(200);
    // A cadence that does not ask for it still takes accounts that run elsewhere.
    const preview2 = await strategist.post('/api/v1/enrollments/preview', { cadenceId, audience: { kind: 'ids', accountIds: ['AUD-6'] } });
    expect(preview2.body).toMatchObject({ entering: 1 });
  });
});
