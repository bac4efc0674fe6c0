import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listUnsignalledEvents, storeAccountEvent } from '@kairos/db';
import { describeEachDatabase, withDemoCollector } from '@kairos/db/testing';
import { startEventSweep, sweepUnsignalledEvents } from './event-sweep';
import { appWithWorker, dana, eventually, publishedCadence, signedIn, startTemporal, testApp, unreachableRuntime, type ApiClient } from '../testing/api-harness';

let env: TestWorkflowEnvironment;
beforeAll(async () => void (env = await startTemporal()));
afterAll(async () => env?.teardown());

describeEachDatabase('the sweep of stored but unsignalled events', (db) => {
  // Sends for a portfolio without its collector's identity are refused.
  beforeAll(async () => {
    await withDemoCollector(db());
  });
  let api: ApiClient;
  let h: Awaited<ReturnType<typeof appWithWorker>>;
  let cadenceId: string;
  beforeAll(async () => {
    h = await appWithWorker(env, db());
    api = await signedIn(h.app, 'engineer');
    cadenceId = await publishedCadence(h.app);
  });
  afterAll(async () => h?.stop());

  const enrollWaiting = async (accountId: string) => {
    await api.put(`/api/v1/accounts/${accountId}`, dana);
    const { body } = await api.post('/api/v1/enrollments', { accountId, cadenceId });
    await eventually(async () => (await api.get(`/api/v1/enrollments/${body.id}`)).body.currentStepId === 'wait-3d', 'the wait');
    return body.id as string;
  };
  const finishedAs = (enrollmentId: string) =>
    eventually(async () => {
      const res = await api.get(`/api/v1/enrollments/${enrollmentId}`);
      return res.body.status === 'finished' && (res.body.exitReason as string);
    }, 'the enrollment to finish');
  const payment = (eventId: string) => ({ type: 'payment' as const, eventId, occurredAt: '2026-11-24T12:00:00Z', amountCents: 12_345 });
  const aMinuteAhead = () => new Date(Date.now() + 60_000);

  it('keeps an event that could not be signalled (202, signalled: false) and the sweep delivers it', async () => {
    const enrollmentId = await enrollWaiting('S-1');
    const temporalDown = await signedIn(testApp({ db: db(), runtime: await unreachableRuntime(env, h.taskQueue) }), 'engineer');
    const posted = await temporalDown.post('/api/v1/account-events', { ...payment('pay-S1'), accountId: 'S-1' });
    expect(posted.status).toBe(202);
    expect(posted.body).toMatchObject({ duplicate: false, signalled: false, enrollments: 1 });
    expect((await api.get(`/api/v1/enrollments/${enrollmentId}`)).body.status).toBe('active');

    // Too recent for a sweep that only takes events older than a minute.
    expect(await sweepUnsignalledEvents({ db: db(), runtime: h.runtime }, { olderThanMs: 60_000 })).toEqual({ delivered: 0, pending: 0 });
    const swept = await sweepUnsignalledEvents({ db: db(), runtime: h.runtime, clock: aMinuteAhead }, { olderThanMs: 30_000 });
    expect(swept.delivered).toBeGreaterThanOrEqual(1);
    expect(await finishedAs(enrollmentId)).toBe('paid');
    expect(await listUnsignalledEvents(db(), { receivedBefore: aMinuteAhead().toISOString(), limit: 10 })).toEqual([]);
  });

  it('a retried request delivers an event whose first delivery failed, without storing it twice', async () => {
    const enrollmentId = await enrollWaiting('S-4');
    const temporalDown = await signedIn(testApp({ db: db(), runtime: await unreachableRuntime(env, h.taskQueue) }), 'engineer');
    const event = { ...payment('pay-S4'), accountId: 'S-4' };
    expect((await temporalDown.post('/api/v1/account-events', event)).body.signalled).toBe(false);
    const retried = await api.post('/api/v1/account-events', event);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ duplicate: true, signalled: true, enrollments: 1 });
    expect(await finishedAs(enrollmentId)).toBe('paid');
  });

  it('leaves events unsignalled while Temporal is unreachable, for the next sweep', async () => {
    await enrollWaiting('S-2');
    await storeAccountEvent(db(), { source: 'api', accountId: 'S-2', event: payment('pay-S2') });
    const down = await unreachableRuntime(env, h.taskQueue);
    const swept = await sweepUnsignalledEvents({ db: db(), runtime: down, clock: aMinuteAhead }, { olderThanMs: 0 });
    expect(swept).toMatchObject({ delivered: 0 });
    expect(swept.pending).toBeGreaterThanOrEqual(1);
    const left = await listUnsignalledEvents(db(), { receivedBefore: aMinuteAhead().toISOString(), limit: 10 });
    expect(left.map((e) => e.eventId)).toContain('pay-S2');
  });

  it('a started sweep delivers on its own until stopped', async () => {
    const enrollmentId = await enrollWaiting('S-3');
    // As if the API crashed right after storing the payment.
    await storeAccountEvent(db(), { source: 'api', accountId: 'S-3', event: payment('pay-S3') });
    const stop = startEventSweep({ db: db(), runtime: h.runtime, clock: aMinuteAhead }, 50);
    try {
      expect(await finishedAs(enrollmentId)).toBe('paid');
    } finally {
      stop();
    }
  });
});
