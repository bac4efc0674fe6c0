// An audience enrollment whose API stopped mid-way is taken over and goes on from the last page it
// recorded, against a real database and Temporal server: every account ends enrolled once, the one
// stored but never started (the stop came between the two) is started, and the figures add up.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAudienceJob, createEnrollment, getAccount, getAudienceJob, getVersion, listEnrollments, recordAudienceProgress } from '@kairos/db';
import { describeEachDatabase } from '@kairos/db/testing';
import { enrollmentWorkflowId } from '@kairos/workflows';
import { appOver, dana, publishedCadence, signedIn, startTemporal } from '../testing/api-harness';
import { resumeStaleAudienceJobs } from './audience-enrollment';

let env: TestWorkflowEnvironment;
beforeAll(async () => void (env = await startTemporal()), 120_000);
afterAll(async () => env?.teardown());

describeEachDatabase('an audience enrollment after a restart', (db) => {
  it("goes on after the last recorded page, starts what was stored but not started with its portfolio's policies, and enrolls nobody twice", async () => {
    const { app, runtime } = appOver(env, db());
    const admin = await signedIn(app, 'admin');
    const run = crypto.randomUUID().slice(0, 6);
    const ids = [1, 2, 3, 4, 5].map((n) => `RES-${run}-${n}`);
    for (const id of ids) expect((await admin.put(`/api/v1/accounts/${id}`, dana)).status).toBe(201);
    const cadenceId = await publishedCadence(app);
    const versionId = (await admin.get(`/api/v1/cadences/${cadenceId}/versions`)).body[0].id as string;
    const version = (await getVersion(db(), versionId))!;
    const { job } = await createAudienceJob(db(), {
      cadenceId,
      cadenceVersionId: versionId,
      audience: { kind: 'ids', accountIds: [...ids, 'NOPE'] },
      scope: { portfolios: 'all', queuesOnly: false },
      requestedBy: 'u-admin',
      total: 6,
    });

    // The run before the stop: it decided "NOPE" and the first two accounts and recorded that page;
    // on the next page it stored the third account's enrollment and stopped before starting it.
    const enroll = (accountId: string) => createEnrollment(db(), { accountId, cadenceId, cadenceVersionId: versionId, workflowIdFor: enrollmentWorkflowId });
    for (const id of ids.slice(0, 2)) {
      const { enrollment } = await enroll(id);
      await runtime.startEnrollment({ workflowId: enrollment.workflowId, ir: version.ir, enrollmentId: enrollment.id, account: (await getAccount(db(), id))! });
    }
    await recordAudienceProgress(db(), job.id, { done: 3, enrolled: 2, excluded: { not_found: 1 }, cursor: ids[1]! });
    const { enrollment: storedOnly } = await enroll(ids[2]!);
    await db().execute(`update audience_enrollments set updated_at = now() - interval '10 minutes' where id = '${job.id}'`);

    // A job that moves is never taken over; the stale one is, once.
    const { job: live } = await createAudienceJob(db(), { cadenceId, cadenceVersionId: versionId, audience: { kind: 'ids', accountIds: ['NOPE'] }, scope: { portfolios: 'all', queuesOnly: false }, requestedBy: 'u-admin', total: 1 });
    expect(await resumeStaleAudienceJobs({ db: db(), runtime })).toBe(1);
    expect(await resumeStaleAudienceJobs({ db: db(), runtime })).toBe(0);
    expect((await getAudienceJob(db(), live.id))!.status).toBe('running');

    expect(await getAudienceJob(db(), job.id)).toMatchObject({ status: 'finished', done: 6, enrolled: 5, excluded: { not_found: 1 }, cursor: ids[4] });
    const enrollments = (await listEnrollments(db(), { limit: 500 })).filter((e) => e.cadenceId === cadenceId);
    expect(enrollments.map((e) => e.accountId).sort()).toEqual(ids);
    const described = await env.client.workflow.getHandle(storedOnly.workflowId).describe();
    expect(described.status.name).toBe('RUNNING');
    // Every run the job starts carries the portfolio's policies, as a single enrollment's does (the promise hold is on by default).
    for (const e of enrollments.filter((row) => row.accountId !== ids[0] && row.accountId !== ids[1])) {
      const history = await env.client.workflow.getHandle(e.workflowId).fetchHistory();
      const started = history.events![0]!.workflowExecutionStartedEventAttributes!.input!.payloads![0]!;
      expect(JSON.parse(Buffer.from(started.data!).toString('utf8')).policy, e.accountId).toEqual({ holdContactWhilePromiseOpen: true });
    }
  });
});
