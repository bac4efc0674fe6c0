// Pause, resume and stop on the real (time-skipping) Temporal server with real activities and a real
// database: a paused enrollment sends nothing, a wait that ended during the pause ends at resume, a wait
// for the account holder is extended by the pause, and stop ends the enrollment at once.
import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { getEnrollment, getTimeline, listOutbox, type KairosDb } from '@kairos/db';
import { describeEachDatabase, withDemoCollector } from '@kairos/db/testing';
import { createTimeSkippingEnv, zoneWhereItIs } from '@kairos/testkit';
import { enrollmentControlSignal, enrollmentQuery, type EnrollmentSnapshot } from '@kairos/workflows';
import { enrollAndStart, exampleGraph, testAccount } from './testing/cadence-fixture';
import { bundleCadenceWorkflows, createCadenceWorker } from './worker';

let env: TestWorkflowEnvironment;
let workflowBundle: WorkflowBundleWithSourceMap;

beforeAll(async () => {
  [env, workflowBundle] = await Promise.all([createTimeSkippingEnv(), bundleCadenceWorkflows()]);
}, 120_000);
afterAll(async () => {
  await env?.teardown();
});

let queue = 0;
const worker = (db: KairosDb, taskQueue: string) => createCadenceWorker({ connection: env.nativeConnection, taskQueue, db, workflowBundle });
const by = 'sam@example.com';

/** A consenting account where it is 13:00 on the test server's (virtual) clock: pauses below last whole days. */
async function accountAt(id: string, over = {}) {
  return testAccount(id, { timezone: zoneWhereItIs(13, new Date(await env.currentTimeMs())), ...over });
}

async function until<T>(probe: () => Promise<T | undefined | false>, what: string): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const snapshot = (handle: WorkflowHandle) => handle.query(enrollmentQuery) as Promise<EnrollmentSnapshot>;

describeEachDatabase('pause, resume and stop on Temporal', (db) => {
  beforeAll(async () => {
    await withDemoCollector(db());
  });

  it('sends nothing while paused across the end of a 3-day wait, and sends the next step at resume, not before', async () => {
    const taskQueue = `pause-${queue++}`;
    const w = await worker(db(), taskQueue);
    const { handle, enrollment } = await enrollAndStart(env, db(), { taskQueue, account: await accountAt('P-1') });
    const { resumedAt, result } = await w.runUntil(async () => {
      await until(async () => (await snapshot(handle)).state.waiting?.type === 'timer', 'the 3-day wait');
      await env.sleep('1 day');
      await handle.signal(enrollmentControlSignal, { action: 'pause', by, reason: 'incident on the SMS provider' });
      await until(async () => (await snapshot(handle)).state.paused?.by === by, 'the pause');
      await env.sleep('4 days'); // the wait ended two days ago
      expect((await snapshot(handle)).state).toMatchObject({ stepId: 'wait-3d', status: 'active' });
      expect(await listOutbox(db(), { accountId: 'P-1', limit: 10 })).toHaveLength(1);

      const resumedAt = await env.currentTimeMs();
      await handle.signal(enrollmentControlSignal, { action: 'resume', by });
      await until(async () => (await snapshot(handle)).state.stepId === 'wait-7d', 'the email after resume');
      await handle.signal(enrollmentControlSignal, { action: 'stop', by, reason: 'test over' });
      return { resumedAt, result: await handle.result() };
    });
    expect(result).toMatchObject({ status: 'finished', exit: { reason: 'stopped' } });
    expect((await listOutbox(db(), { accountId: 'P-1', limit: 10 })).map((m) => m.channel).reverse()).toEqual(['sms', 'email']);

    const timeline = await getTimeline(db(), enrollment.id);
    const paused = timeline.find((e) => e.type === 'paused');
    const resumed = timeline.find((e) => e.type === 'resumed');
    expect(paused).toMatchObject({ stepId: 'wait-3d', detail: { by, reason: 'incident on the SMS provider' } });
    expect(resumed).toMatchObject({ stepId: 'wait-3d', detail: { by, pausedAt: paused!.at } });
    const email = timeline.find((e) => e.type === 'entered' && e.stepId === 'email-1');
    expect(Date.parse(email!.at)).toBeGreaterThanOrEqual(resumedAt);
    expect(Date.parse(email!.at) - Date.parse(paused!.at)).toBeGreaterThanOrEqual(4 * 86_400_000);
  });

  it("extends a wait for the account holder's reply by the length of the pause", async () => {
    const taskQueue = `pause-${queue++}`;
    const w = await worker(db(), taskQueue);
    // Due long ago: the pre-due wait is over, the reminder goes out and the 5-day listening window opens.
    const account = await accountAt('P-2', { dueDate: '2026-11-01' });
    const { handle, enrollment } = await enrollAndStart(env, db(), { taskQueue, account, graph: exampleGraph('promise-follow-up') });
    const { firstTimeout, extended } = await w.runUntil(async () => {
      const listening = await until(async () => {
        const s = (await snapshot(handle)).state;
        return s.waiting?.type === 'event' ? s.waiting : undefined;
      }, 'the listening window');
      await env.sleep('1 day');
      await handle.signal(enrollmentControlSignal, { action: 'pause', by, reason: 'checking the letter' });
      await until(async () => (await snapshot(handle)).state.paused != null, 'the pause');
      await env.sleep('2 days');
      await handle.signal(enrollmentControlSignal, { action: 'resume', by, reason: 'letter checked' });
      const extended = await until(async () => {
        const s = (await snapshot(handle)).state;
        return !s.paused && s.waiting?.type === 'event' ? s.waiting : undefined;
      }, 'the resume');
      await env.sleep('3 days'); // past the first timeout, before the extended one
      expect((await snapshot(handle)).state).toMatchObject({ stepId: 'listen', status: 'active' });
      expect(await listOutbox(db(), { accountId: 'P-2', limit: 10 })).toHaveLength(1);
      await handle.result();
      return { firstTimeout: listening.until, extended: extended.until };
    });
    const timeline = await getTimeline(db(), enrollment.id);
    const paused = timeline.find((e) => e.type === 'paused')!;
    const resumed = timeline.find((e) => e.type === 'resumed')!;
    expect(resumed.detail).toMatchObject({ reason: 'letter checked' });
    expect(Date.parse(extended) - Date.parse(firstTimeout)).toBe(Date.parse(resumed.at) - Date.parse(paused.at));
    const timedOut = timeline.find((e) => e.type === 'left' && e.stepId === 'listen');
    expect(timedOut).toMatchObject({ outcome: 'timeout' });
    expect(Date.parse(timedOut!.at)).toBeGreaterThanOrEqual(Date.parse(extended));
    expect(await listOutbox(db(), { accountId: 'P-2', limit: 10 })).toHaveLength(2);
  });

  it('stops an enrollment mid-wait at once: stopped, with who and why, and nothing sent after', async () => {
    const taskQueue = `pause-${queue++}`;
    const w = await worker(db(), taskQueue);
    const { handle, enrollment } = await enrollAndStart(env, db(), { taskQueue, account: await accountAt('P-3') });
    const result = await w.runUntil(async () => {
      await until(async () => (await snapshot(handle)).state.waiting?.type === 'timer', 'the 3-day wait');
      await handle.signal(enrollmentControlSignal, { action: 'stop', by, reason: 'customer asked by phone' });
      return handle.result();
    });
    expect(result).toMatchObject({ status: 'finished', exit: { reason: 'stopped', stepId: 'wait-3d' } });
    expect(await getEnrollment(db(), enrollment.id)).toMatchObject({ status: 'finished', exitReason: 'stopped', currentStepId: 'wait-3d' });
    const last = (await getTimeline(db(), enrollment.id)).at(-1);
    expect(last).toMatchObject({ type: 'finished', outcome: 'stopped', detail: { by, reason: 'customer asked by phone' } });
    expect(await listOutbox(db(), { accountId: 'P-3', limit: 10 })).toHaveLength(1);
  });
});
