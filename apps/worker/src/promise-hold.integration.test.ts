// The portfolio's promise hold on the real (time-skipping) Temporal server with real activities and a real
// database: a promise recorded mid-cadence holds the next reminder until it is broken, and a kept one ends it.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { getTimeline, listOutbox, type KairosDb } from '@kairos/db';
import { describeEachDatabase, withDemoCollector } from '@kairos/db/testing';
import { createTimeSkippingEnv, zoneWhereItIs } from '@kairos/testkit';
import { accountEventSignal, enrollmentQuery } from '@kairos/workflows';
import { enrollAndStart, testAccount } from './testing/cadence-fixture';
import { bundleCadenceWorkflows, createCadenceWorker } from './worker';

let env: TestWorkflowEnvironment;
let workflowBundle: WorkflowBundleWithSourceMap;

beforeAll(async () => {
  [env, workflowBundle] = await Promise.all([createTimeSkippingEnv(), bundleCadenceWorkflows()]);
}, 120_000);
afterAll(async () => {
  await env?.teardown();
});

const DAY = 86_400_000;
const HOLD = { holdContactWhilePromiseOpen: true };
let queue = 0;

async function until<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = await probe();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A consenting account where it is early afternoon on the server's virtual clock, and the local date `days` from now there. */
async function accountAndDate(id: string, days: number) {
  const now = await env.currentTimeMs();
  const account = testAccount(id, { timezone: zoneWhereItIs(13, new Date(now)) });
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: account.timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(now + days * DAY));
  return { account, date };
}

describeEachDatabase('a promise to pay holds reminders (portfolio policy) on Temporal', (db) => {
  beforeAll(async () => {
    await withDemoCollector(db());
  });
  const worker = (d: KairosDb, taskQueue: string) => createCadenceWorker({ connection: env.nativeConnection, taskQueue, db: d, workflowBundle });

  it('holds the next reminder while the promise is open, and sends it once the promised date and grace pass unpaid', async () => {
    const taskQueue = `hold-${queue++}`;
    const w = await worker(db(), taskQueue);
    const { account, date } = await accountAndDate('PH-1', 5);
    const { handle, enrollment } = await enrollAndStart(env, db(), { taskQueue, account, policy: HOLD });
    const result = await w.runUntil(async () => {
      await until(async () => ((await handle.query(enrollmentQuery)).state.stepId === 'wait-3d' ? true : undefined), 'the 3-day wait');
      await handle.signal(accountEventSignal, { type: 'promise', eventId: 'promise-PH-1', occurredAt: new Date(await env.currentTimeMs()).toISOString(), amountCents: 5_000, promisedDate: date });
      return handle.result();
    });
    expect(result).toMatchObject({ status: 'finished', exit: { reason: 'exhausted' } });

    const timeline = await getTimeline(db(), enrollment.id);
    const held = timeline.find((e) => e.type === 'waiting' && e.stepId === 'email-1');
    expect(held?.detail).toMatchObject({ reason: 'promise_open', message: `waiting: promise to pay of $50.00 due ${date} is open` });
    const sent = timeline.find((e) => e.type === 'activity' && e.stepId === 'email-1' && e.outcome === 'next');
    // Broken at the end of the promised date plus one grace day: the email went out after that, not at day 3.
    expect(Date.parse(sent!.at)).toBeGreaterThanOrEqual(Date.parse(String(held!.detail!.until)));
    expect((await listOutbox(db(), { accountId: 'PH-1', limit: 10 })).map((m) => m.channel).reverse()).toEqual(['sms', 'email', 'sms']);
  });

  it('sends no reminder when the promise is kept: the held step never runs and the payment ends the cadence', async () => {
    const taskQueue = `hold-${queue++}`;
    const w = await worker(db(), taskQueue);
    const { account, date } = await accountAndDate('PH-2', 6);
    const { handle } = await enrollAndStart(env, db(), { taskQueue, account, policy: HOLD });
    const result = await w.runUntil(async () => {
      await until(async () => ((await handle.query(enrollmentQuery)).state.stepId === 'wait-3d' ? true : undefined), 'the 3-day wait');
      await handle.signal(accountEventSignal, { type: 'promise', eventId: 'promise-PH-2', occurredAt: new Date(await env.currentTimeMs()).toISOString(), amountCents: 12_345, promisedDate: date });
      // Past the 3-day wait: without the hold the email would be out by now.
      await env.sleep('4 days');
      const held = await until(async () => {
        const { state } = await handle.query(enrollmentQuery);
        return state.waiting?.type === 'hold' ? state.waiting : undefined;
      }, 'the held email');
      expect(held.stepId).toBe('email-1');
      expect(await listOutbox(db(), { accountId: 'PH-2', limit: 10 })).toHaveLength(1);
      await handle.signal(accountEventSignal, { type: 'payment', eventId: 'pay-PH-2', occurredAt: new Date(await env.currentTimeMs()).toISOString(), amountCents: 12_345 });
      return handle.result();
    });
    expect(result).toMatchObject({ status: 'finished', exit: { reason: 'paid' } });
    expect((await listOutbox(db(), { accountId: 'PH-2', limit: 10 })).map((m) => m.channel)).toEqual(['sms']);
  });
});
