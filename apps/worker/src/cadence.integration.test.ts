// A cadence compiled from JSON runs on the real (time-skipping) Temporal server with real activities
// and a real database: the right messages at the right virtual times, stopped by a payment, and never
// sent twice across a worker restart.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { getEnrollment, getTimeline, listContactAttempts, listContactDecisions, listOutbox, listPaymentOffers, type KairosDb } from '@kairos/db';
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
let queue = 0;
const worker = (db: KairosDb, taskQueue: string, tuning = {}) =>
  createCadenceWorker({ connection: env.nativeConnection, taskQueue, db, workflowBundle, tuning });

/** A consenting account where it is `hour` o'clock on the test server's (virtual) clock: earlier tests skipped days and hours. */
async function accountAt(id: string, hour = 13) {
  return testAccount(id, { timezone: zoneWhereItIs(hour, new Date(await env.currentTimeMs())) });
}

async function until<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = await probe();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describeEachDatabase('cadence on Temporal', (db) => {
  // Sends for a portfolio without its collector's identity are refused.
  beforeAll(async () => {
    await withDemoCollector(db());
  });
  it('sends SMS, email and SMS at day 0, 3 and 10 of virtual time and ends exhausted', async () => {
    const taskQueue = `q-${queue++}`;
    const w = await worker(db(), taskQueue);
    const { handle, enrollment } = await enrollAndStart(env, db(), { taskQueue, account: await accountAt('T-1') });
    const result = await w.runUntil(handle.result());
    expect(result).toMatchObject({ status: 'finished', exit: { reason: 'exhausted' } });

    const outbox = await listOutbox(db(), { accountId: 'T-1', limit: 10 });
    expect(outbox.map((m) => m.channel).reverse()).toEqual(['sms', 'email', 'sms']);
    // No payment step comes before the first text: its link was made for it, and the later one reuses it.
    const links = await listPaymentOffers(db(), 'T-1');
    expect(links.map((o) => [o.kind, o.amountCents])).toEqual([['link', 12_345]]);
    expect(outbox.at(-1)!.body).toBe(
      `Hi Dana, $123.45 is due. Pay: ${process.env.KAIROS_PUBLIC_URL ?? 'http://localhost:3000'}/pay/${links[0]!.token} This is Kairos Demo Recoveries, a debt collector. ` +
        'This is an attempt to collect a debt and any information obtained will be used for that purpose. Reply STOP to opt out.',
    );
    const sends = (await getTimeline(db(), enrollment.id)).filter((e) => e.type === 'activity');
    expect(sends.map((e) => e.stepId)).toEqual(['sms-1', 'email-1', 'sms-2']);
    const t0 = Date.parse(sends[0]!.at);
    const days = sends.map((e) => (Date.parse(e.at) - t0) / DAY);
    expect(days[1]).toBeCloseTo(3, 2);
    expect(days[2]).toBeCloseTo(10, 2);
    expect(await getEnrollment(db(), enrollment.id)).toMatchObject({ status: 'finished', exitReason: 'exhausted', currentStepId: 'done' });
  });

  it('defers a text due at 03:00 local time until 08:00, sleeps on virtual time, then sends it', async () => {
    const taskQueue = `q-${queue++}`;
    const w = await worker(db(), taskQueue);
    const account = await accountAt('T-5', 3);
    const zone = account.timezone;
    const { handle, enrollment } = await enrollAndStart(env, db(), { taskQueue, account });
    const result = await w.runUntil(handle.result());
    expect(result).toMatchObject({ status: 'finished', exit: { reason: 'exhausted' } });

    const timeline = await getTimeline(db(), enrollment.id);
    const retry = timeline.find((e) => e.type === 'activity' && e.stepId === 'sms-1' && e.outcome === 'retry');
    expect(retry?.detail).toMatchObject({ until: expect.any(String), reason: expect.stringMatching(/^reg-f\.1006\.6\(b\)\(1\)\(i\)/) });
    const until = String(retry!.detail!.until);
    const localClock = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    expect(localClock.format(new Date(until))).toBe('08:00');
    const sent = timeline.find((e) => e.type === 'activity' && e.stepId === 'sms-1' && e.outcome === 'next');
    expect(Date.parse(sent!.at)).toBeGreaterThanOrEqual(Date.parse(until));

    const [first] = await listContactAttempts(db(), { accountId: 'T-5', limit: 10 }).then((a) => a.filter((c) => c.stepId === 'sms-1'));
    const decisions = await listContactDecisions(db(), { idempotencyKey: first!.idempotencyKey });
    expect(decisions.map((d) => d.decision)).toEqual(['defer', 'allow']);
    expect(decisions[1]!.decidedAt.getTime()).toBeGreaterThanOrEqual(Date.parse(until));
    expect((await listOutbox(db(), { accountId: 'T-5', limit: 10 })).map((m) => m.channel).reverse()).toEqual(['sms', 'email', 'sms']);
  });

  it('stops at a payment signalled mid-wait: no later message is sent', async () => {
    const taskQueue = `q-${queue++}`;
    const w = await worker(db(), taskQueue);
    const { handle, enrollment } = await enrollAndStart(env, db(), { taskQueue, account: await accountAt('T-2') });
    const result = await w.runUntil(async () => {
      await until(async () => ((await handle.query(enrollmentQuery)).state.stepId === 'wait-3d' ? true : undefined), 'the 3-day wait');
      await env.sleep('1 day');
      expect((await handle.query(enrollmentQuery)).state.stepId).toBe('wait-3d');
      await handle.signal(accountEventSignal, { type: 'payment', eventId: 'pay-T2', occurredAt: '2026-11-25T12:00:00Z', amountCents: 12_345 });
      return handle.result();
    });
    expect(result).toMatchObject({ status: 'finished', exit: { reason: 'paid' } });
    expect(await listOutbox(db(), { accountId: 'T-2', limit: 10 })).toHaveLength(1);
    expect(await getEnrollment(db(), enrollment.id)).toMatchObject({ status: 'finished', exitReason: 'paid' });
  });

  it('sends nothing twice when the worker is replaced mid-cadence', async () => {
    const taskQueue = `q-${queue++}`;
    // No workflow cache on the first worker: the time-skipping server does not hand a dead worker's
    // sticky tasks back to the shared queue, so the replacement must find the workflow there.
    const first = await worker(db(), taskQueue, { maxCachedWorkflows: 0 });
    const { handle, enrollment } = await enrollAndStart(env, db(), { taskQueue, account: await accountAt('T-3') });
    // Stop the first worker once the first wait is recorded: the workflow sleeps, nothing is in flight.
    await first.runUntil(
      until(async () => ((await getEnrollment(db(), enrollment.id))?.currentStepId === 'wait-3d' ? true : undefined), 'the first wait'),
    );
    expect(await listOutbox(db(), { accountId: 'T-3', limit: 10 })).toHaveLength(1);
    const second = await worker(db(), taskQueue);
    await second.runUntil(handle.result());
    const outbox = await listOutbox(db(), { accountId: 'T-3', limit: 10 });
    expect(outbox).toHaveLength(3);
    expect(new Set(outbox.map((m) => m.idempotencyKey)).size).toBe(3);
    expect((await listContactAttempts(db(), { accountId: 'T-3', limit: 10 })).every((c) => c.status === 'sent')).toBe(true);
  });

  it('continues as new when history grows and still sends one message per step', async () => {
    const taskQueue = `q-${queue++}`;
    const w = await worker(db(), taskQueue);
    const { handle } = await enrollAndStart(env, db(), { taskQueue, account: await accountAt('T-4'), historyLimit: 5 });
    const firstRunId = handle.firstExecutionRunId;
    const result = await w.runUntil(handle.result());
    expect(result).toMatchObject({ exit: { reason: 'exhausted' } });
    const firstRun = await env.client.workflow.getHandle(handle.workflowId, firstRunId).describe();
    expect(firstRun.status.name).toBe('CONTINUED_AS_NEW');
    expect(await listOutbox(db(), { accountId: 'T-4', limit: 10 })).toHaveLength(3);
  });
});
