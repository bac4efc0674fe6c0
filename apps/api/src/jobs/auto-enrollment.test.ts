// Rule-triggered enrollment against a real database and Temporal server: accounts enter a DPD-triggered
// cadence when they reach the day, once per delinquency cycle, whether the trigger is an account write
// or the periodic run, and a run that finds Temporal down leaves nothing half-done.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CadenceGraph } from '@kairos/cadence';
import { listEnrollments } from '@kairos/db';
import { describeEachDatabase } from '@kairos/db/testing';
import { enrollmentWorkflowId } from '@kairos/workflows';
import { runAutoEnrollment } from './auto-enrollment';
import { appOver, approveAndPublish, dana, eventually, example, publishedCadence, signedIn, startTemporal, unreachableRuntime } from '../testing/api-harness';

let env: TestWorkflowEnvironment;
beforeAll(async () => void (env = await startTemporal()));
afterAll(async () => env?.teardown());

/** The three-reminders example, entered when DPD reaches `days`, from `portfolios` when given (else as drawn before rules were scoped). */
function dpdCadence(days: number, portfolios?: string[]): CadenceGraph {
  const graph = example();
  const entry = graph.nodes.find((n) => n.type === 'entry')!;
  entry.data = { ...entry.data, config: { ...entry.data.config, trigger: { type: 'dpd', days, ...(portfolios ? { portfolios } : {}) } } };
  return graph;
}
const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);

describeEachDatabase('rule-triggered enrollment', (db) => {
  let clock = new Date();
  const setup = async () => {
    const h = appOver(env, db(), { clock: () => clock });
    const strategist = await signedIn(h.app, 'strategist');
    const created = await strategist.post('/api/v1/cadences', { name: `DPD 10 ${crypto.randomUUID().slice(0, 6)}`, graph: dpdCadence(10) });
    expect(created.status).toBe(201);
    await approveAndPublish(h.app, created.body.id);
    // Accounts come from the creditor's system of record: the admin (integration) writes them.
    const records = await signedIn(h.app, 'admin');
    return { ...h, strategist, records, cadenceId: created.body.id as string };
  };
  const enrollmentsOf = async (accountId: string, cadenceId: string) => (await listEnrollments(db(), { accountId, limit: 10 })).filter((e) => e.cadenceId === cadenceId);

  it('enrolls an account written at DPD 10 or later at once, and one short of it only when the day comes', async () => {
    clock = new Date();
    const { runtime, strategist, records, cadenceId } = await setup();
    const late = await records.put('/api/v1/accounts/AUTO-1', { ...dana, dueDate: daysAgo(clock, 12) });
    const early = await records.put('/api/v1/accounts/AUTO-2', { ...dana, dueDate: daysAgo(clock, 5) });
    expect([late.status, early.status]).toEqual([201, 201]);
    const [enrolled] = await enrollmentsOf('AUTO-1', cadenceId);
    expect(enrolled).toMatchObject({ status: 'active', triggerCycle: `due:${daysAgo(clock, 12)}` });
    const described = await env.client.workflow.getHandle(enrollmentWorkflowId(enrolled!.id)).describe();
    expect(described.status.name).toBe('RUNNING');
    expect(await enrollmentsOf('AUTO-2', cadenceId)).toEqual([]);

    clock = new Date(clock.getTime() + 6 * 86_400_000);
    const run = await runAutoEnrollment({ db: db(), runtime, clock: () => clock });
    expect(run.enrolled.filter((e) => e.cadenceId === cadenceId).map((e) => e.accountId)).toEqual(['AUTO-2']);
    const again = await strategist.post('/api/v1/auto-enrollment/run');
    expect(again.status).toBe(200);
    expect(again.body.enrolled.filter((e: { cadenceId: string }) => e.cadenceId === cadenceId)).toEqual([]);
  });

  it('enrolls once per due date: a finished enrollment of the same cycle is not repeated, a new due date is a new cycle', async () => {
    clock = new Date();
    const { runtime, records, cadenceId } = await setup();
    await records.put('/api/v1/accounts/AUTO-3', { ...dana, dueDate: daysAgo(clock, 20) });
    const [first] = await enrollmentsOf('AUTO-3', cadenceId);
    await db().execute(`update enrollments set status = 'finished', finished_at = now() where id = '${first!.id}'`);
    expect((await runAutoEnrollment({ db: db(), runtime, clock: () => clock })).enrolled.filter((e) => e.accountId === 'AUTO-3')).toEqual([]);
    await records.put('/api/v1/accounts/AUTO-3', { ...dana, dueDate: daysAgo(clock, 11) });
    const all = await enrollmentsOf('AUTO-3', cadenceId);
    expect(all.map((e) => e.triggerCycle).sort()).toEqual([`due:${daysAgo(clock, 20)}`, `due:${daysAgo(clock, 11)}`].sort());
  });

  it('skips accounts that owe nothing or are already enrolled by hand', async () => {
    clock = new Date();
    const { records, cadenceId } = await setup();
    await records.put('/api/v1/accounts/AUTO-4', { ...dana, balanceCents: 0, dueDate: daysAgo(clock, 30) });
    expect(await enrollmentsOf('AUTO-4', cadenceId)).toEqual([]);
  });

  it('leaves out an account active in another cadence when the rule cadence takes one active cadence per account', async () => {
    clock = new Date();
    const h = appOver(env, db(), { clock: () => clock });
    const strategist = await signedIn(h.app, 'strategist');
    const graph = dpdCadence(10, ['alone-rule']);
    const entry = graph.nodes.find((n) => n.type === 'entry')!;
    entry.data = { ...entry.data, config: { ...entry.data.config, oneActiveCadence: true } };
    const created = await strategist.post('/api/v1/cadences', { name: `Alone ${crypto.randomUUID().slice(0, 6)}`, graph });
    expect(created.status).toBe(201);
    await approveAndPublish(h.app, created.body.id);
    const other = await publishedCadence(h.app);
    const records = await signedIn(h.app, 'admin');
    // Both reach DPD 10 in six days; one of them is in another cadence by then.
    for (const id of ['AUTO-20', 'AUTO-21']) expect((await records.put(`/api/v1/accounts/${id}`, { ...dana, portfolioId: 'alone-rule', dueDate: daysAgo(clock, 5) })).status).toBe(201);
    expect((await records.post('/api/v1/enrollments', { accountId: 'AUTO-20', cadenceId: other })).status).toBe(201);
    clock = new Date(clock.getTime() + 6 * 86_400_000);
    const run = await runAutoEnrollment({ db: db(), runtime: h.runtime, clock: () => clock });
    expect(run.enrolled.filter((e) => e.cadenceId === created.body.id).map((e) => e.accountId)).toEqual(['AUTO-21']);
  });

  it('leaves an enrollment stored when Temporal is down, and a later run starts it exactly once', async () => {
    clock = new Date();
    const { taskQueue, records, cadenceId, runtime } = await setup();
    await records.put('/api/v1/accounts/AUTO-5', { ...dana, dueDate: daysAgo(clock, 2) });
    clock = new Date(clock.getTime() + 9 * 86_400_000);
    const down = await runAutoEnrollment({ db: db(), runtime: await unreachableRuntime(env, taskQueue), clock: () => clock });
    expect(down.notStarted).toBeGreaterThanOrEqual(1);
    const [stored] = await enrollmentsOf('AUTO-5', cadenceId);
    expect(stored).toMatchObject({ status: 'active', currentStepId: null });
    await expect(env.client.workflow.getHandle(enrollmentWorkflowId(stored!.id)).describe()).rejects.toThrow();

    clock = new Date(clock.getTime() + 2 * 60_000);
    const up = await runAutoEnrollment({ db: db(), runtime, clock: () => clock });
    expect(up.resumed).toBeGreaterThanOrEqual(1);
    expect((await env.client.workflow.getHandle(enrollmentWorkflowId(stored!.id)).describe()).status.name).toBe('RUNNING');
    expect(await enrollmentsOf('AUTO-5', cadenceId)).toHaveLength(1);
  });

  it('publishing a rule scoped to one portfolio enrolls that portfolio\'s matching accounts, never another\'s', async () => {
    clock = new Date();
    const h = appOver(env, db(), { clock: () => clock });
    const records = await signedIn(h.app, 'admin');
    for (const [id, portfolioId] of [['SCOPE-CARDS', 'cards'], ['SCOPE-LOANS', 'loans'], ['SCOPE-DEFAULT', 'default']] as const) {
      expect((await records.put(`/api/v1/accounts/${id}`, { ...dana, portfolioId, dueDate: daysAgo(clock, 12) })).status).toBe(201);
    }
    const strategist = await signedIn(h.app, 'strategist');
    const created = await strategist.post('/api/v1/cadences', { name: `Cards DPD 10 ${crypto.randomUUID().slice(0, 6)}`, graph: dpdCadence(10, ['cards']) });
    await approveAndPublish(h.app, created.body.id);
    // Publishing enrolls the rule's matches at once; a later run finds nothing more to do.
    const [enrolled] = await eventually(async () => { const found = await enrollmentsOf('SCOPE-CARDS', created.body.id); return found.length > 0 && found; }, 'publishing to enroll the cards account');
    const run = await strategist.post('/api/v1/auto-enrollment/run');
    expect(run.status).toBe(200);
    expect(run.body.enrolled.filter((e: { cadenceId: string }) => e.cadenceId === created.body.id)).toEqual([]);
    await eventually(async () => (await env.client.workflow.getHandle(enrollmentWorkflowId(enrolled!.id)).describe()).status.name === 'RUNNING', 'the enrollment to run');
    expect(await enrollmentsOf('SCOPE-LOANS', created.body.id)).toEqual([]);
    expect(await enrollmentsOf('SCOPE-DEFAULT', created.body.id)).toEqual([]);

    // A rule drawn before rules named portfolios enrolls the default portfolio only.
    const unscoped = await strategist.post('/api/v1/cadences', { name: `Unscoped DPD 10 ${crypto.randomUUID().slice(0, 6)}`, graph: dpdCadence(10) });
    await approveAndPublish(h.app, unscoped.body.id);
    const ofScopeTest = await eventually(async () => {
      const found = (await Promise.all(['SCOPE-CARDS', 'SCOPE-LOANS', 'SCOPE-DEFAULT'].map((id) => enrollmentsOf(id, unscoped.body.id)))).flat();
      return found.length > 0 && found;
    }, 'publishing the unscoped rule to enroll');
    expect(ofScopeTest.map((e) => e.accountId)).toEqual(['SCOPE-DEFAULT']);
  });
});
