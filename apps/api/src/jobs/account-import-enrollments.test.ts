// An import that changes an account tells its running enrollment at once, against a real database and
// Temporal server: the workflow's history holds the changed account (a balance the file says is paid off),
// so a branch on balance or the cadence's "paid" exit need not wait for its next step's fresh read.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@kairos/db/testing';
import { appOver, dana, eventually, publishedCadence, signedIn, startTemporal } from '../testing/api-harness';

/** A number the import's phone check takes (the harness's 555 number is not a real one). */
const PHONE = '+12125550101';
let env: TestWorkflowEnvironment;
beforeAll(async () => void (env = await startTemporal()), 120_000);
afterAll(async () => env?.teardown());

describeEachDatabase('an import and the running enrollments of the accounts it changes', (db) => {
  it('signals each changed account to its running enrollment, and a re-run of the same file signals nothing', async () => {
    const { app } = appOver(env, db());
    const admin = await signedIn(app, 'admin');
    const run = crypto.randomUUID().slice(0, 6);
    const [changed, same] = [`SIG-${run}-1`, `SIG-${run}-2`];
    const cadenceId = await publishedCadence(app);
    const workflowOf: Record<string, string> = {};
    for (const id of [changed, same]) {
      expect((await admin.put(`/api/v1/accounts/${id}`, { ...dana, phone: PHONE, balanceCents: 12_000, dueDate: '2026-01-15' })).status).toBe(201);
      const enrolled = await admin.post('/api/v1/enrollments', { accountId: id, cadenceId });
      expect(enrolled.status, JSON.stringify(enrolled.body)).toBe(201);
      workflowOf[id] = enrolled.body.workflowId;
    }
    // No worker polls this queue: the runs wait at their start, and their histories show what reached them.
    const stored = (await admin.get(`/api/v1/accounts/${same}`)).body;
    const csv = `Account,Name,Balance,Due,Phone,Time zone\n${changed},${dana.name},0.00,2026-01-15,${PHONE},${dana.timezone}\n${same},${stored.name},120.00,2026-01-15,${PHONE},${dana.timezone}\n`;
    const uploaded = await admin.call('POST', '/api/v1/imports?portfolioId=default&fileName=paid.csv', csv, { 'content-type': 'text/csv' });
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
    expect(uploaded.body.problems).toEqual([]);
    expect((await admin.post(`/api/v1/imports/${uploaded.body.import.id}/start`)).status).toBe(202);
    const ended = await eventually(async () => {
      const res = await admin.get(`/api/v1/imports/${uploaded.body.import.id}`);
      return res.body.status === 'done' && res.body;
    }, 'the import to end');
    expect(ended.updated, JSON.stringify(ended)).toBeGreaterThanOrEqual(1);

    const signalled = async (workflowId: string) => {
      const history = await env.client.workflow.getHandle(workflowId).fetchHistory();
      return (history.events ?? [])
        .filter((e) => e.workflowExecutionSignaledEventAttributes?.signalName === 'accountUpdated')
        .map((e) => e.workflowExecutionSignaledEventAttributes!.input!.payloads![0]!)
        .map((p) => JSON.parse(Buffer.from(p.data!).toString('utf8')) as { id: string; balanceCents: number });
    };
    const [update] = await eventually(async () => {
      const found = await signalled(workflowOf[changed]!);
      return found.length > 0 && found;
    }, 'the changed account to reach its enrollment');
    expect(update).toMatchObject({ id: changed, balanceCents: 0 });

    // The same file again changes nothing, so it tells nobody anything.
    const sameBefore = (await signalled(workflowOf[same]!)).length;
    const again = await admin.call('POST', '/api/v1/imports?portfolioId=default&fileName=paid.csv', csv, { 'content-type': 'text/csv' });
    expect((await admin.post(`/api/v1/imports/${again.body.import.id}/start`)).status).toBe(202);
    const rerun = await eventually(async () => {
      const res = await admin.get(`/api/v1/imports/${again.body.import.id}`);
      return res.body.status === 'done' && res.body;
    }, 'the second import to end');
    expect(rerun).toMatchObject({ unchanged: 2, updated: 0 });
    expect(await signalled(workflowOf[changed]!)).toHaveLength(1);
    expect(await signalled(workflowOf[same]!)).toHaveLength(sameBefore);
  });
});
