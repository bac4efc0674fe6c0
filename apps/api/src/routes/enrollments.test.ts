// The foundation's promise, through the API: a graph from JSON is published, an account enrolled,
// the first SMS reaches the sandbox outbox, and a payment ends the enrollment as paid.
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { builtInRegistry } from '@kairos/cadence';
import { storeAccountEvent } from '@kairos/db';
import { describeEachDatabase } from '@kairos/db/testing';
import { createApp } from '../app';
import { sweepUnsignalledEvents } from '../event-delivery';
import { createTemporalRuntime } from '../runtime';
import { appWithWorker, client, dana, eventually, example, startStack, type Stack } from '../testing/api-harness';

let stack: Stack;
beforeAll(async () => void (stack = await startStack()), 120_000);
afterAll(async () => void (await stack?.env.teardown()));

describeEachDatabase('enrollments and account events', (db) => {
  let api: ReturnType<typeof client>;
  let h: Awaited<ReturnType<typeof appWithWorker>>;
  let cadenceId: string;
  beforeAll(async () => {
    h = await appWithWorker(stack, db());
    api = client(h.app);
    cadenceId = (await api.post('/api/v1/cadences', { name: 'Three reminders', graph: example() })).body.id;
    expect((await api.post(`/api/v1/cadences/${cadenceId}/versions`)).status).toBe(201);
  });
  afterAll(async () => h?.stop());

  it('enrolls, sends the first SMS, and ends as paid when the payment is posted', async () => {
    await api.put('/api/v1/accounts/E-1', dana);
    const enrolled = await api.post('/api/v1/enrollments', { accountId: 'E-1', cadenceId });
    expect(enrolled.status).toBe(201);
    const again = await api.post('/api/v1/enrollments', { accountId: 'E-1', cadenceId });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(enrolled.body.id);

    const outbox = await eventually(async () => {
      const res = await api.get('/api/v1/outbox?accountId=E-1');
      return res.body.length > 0 && res.body;
    }, 'the first SMS');
    expect(outbox[0]).toMatchObject({ channel: 'sms', recipient: '+15555550123' });
    expect(outbox[0].body).toMatch(/^Hi Dana, \$123\.45 is due/);

    const waiting = await eventually(async () => {
      const res = await api.get(`/api/v1/enrollments/${enrolled.body.id}`);
      return res.body.currentStepId === 'wait-3d' && res.body;
    }, 'the enrollment to wait');
    expect(waiting.live).toMatchObject({ stepId: 'wait-3d', waiting: { type: 'timer' } });
    expect(waiting.contacts).toHaveLength(1);
    expect(waiting.timeline.map((e: { type: string }) => e.type)).toContain('activity');

    const payment = { type: 'payment', eventId: 'pay-E1', accountId: 'E-1', occurredAt: '2026-11-24T12:00:00Z', amountCents: 12_345 };
    const posted = await api.post('/api/v1/account-events', payment);
    expect(posted.status).toBe(202);
    expect(posted.body).toMatchObject({ duplicate: false, signalled: true, enrollments: 1 });
    const dup = await api.post('/api/v1/account-events', { ...payment, amountCents: 1 });
    expect(dup.status).toBe(200);
    expect(dup.body.duplicate).toBe(true);

    const done = await eventually(async () => {
      const res = await api.get(`/api/v1/enrollments/${enrolled.body.id}`);
      return res.body.status === 'finished' && res.body;
    }, 'the enrollment to finish');
    expect(done).toMatchObject({ exitReason: 'paid', live: null });
    expect((await api.get('/api/v1/accounts/E-1')).body.balanceCents).toBe(0);
    expect((await api.get('/api/v1/outbox?accountId=E-1')).body).toHaveLength(1);
    expect((await api.get('/api/v1/enrollments?accountId=E-1')).body).toHaveLength(1);
    expect((await api.get(`/api/v1/contacts?accountId=E-1`)).body[0].status).toBe('sent');
  });

  it('rejects bad event bodies and unknown accounts, naming the field', async () => {
    const bad = await api.post('/api/v1/account-events', { type: 'payment', eventId: 'x', accountId: 'E-1', occurredAt: 'yesterday', amountCents: -3 });
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i: { field: string }) => i.field).sort()).toEqual(['amountCents', 'occurredAt']);
    const unknownType = await api.post('/api/v1/account-events', { type: 'refund', eventId: 'x', accountId: 'E-1' });
    expect(unknownType.status).toBe(400);
    expect(unknownType.body.issues[0].field).toBe('type');
    const ghost = await api.post('/api/v1/account-events', { type: 'dispute', eventId: 'd-1', accountId: 'ghost', occurredAt: '2026-11-24T12:00:00Z' });
    expect(ghost.status).toBe(404);
  });

  it('answers enrollment requests that cannot be served with what to do', async () => {
    expect((await api.post('/api/v1/enrollments', { accountId: 'ghost', cadenceId })).status).toBe(404);
    await api.put('/api/v1/accounts/E-2', dana);
    const draftOnly = (await api.post('/api/v1/cadences', { name: 'Unpublished', graph: example() })).body.id;
    const unpublished = await api.post('/api/v1/enrollments', { accountId: 'E-2', cadenceId: draftOnly });
    expect(unpublished.status).toBe(409);
    expect(unpublished.body.message).toMatch(/publish it/);
    expect((await api.post('/api/v1/enrollments', { accountId: 'E-2' })).body.issues[0].field).toBe('cadenceId');
    expect((await api.post('/api/v1/enrollments', { accountId: 'E-2', cadenceId, versionId: crypto.randomUUID() })).status).toBe(404);
  });

  it('a request that stored the enrollment but could not reach Temporal starts it when retried', async () => {
    await api.put('/api/v1/accounts/E-3', dana);
    const connection = await Connection.connect({ address: stack.env.connection.options.address });
    const deadRuntime = createTemporalRuntime(new Client({ connection }), h.taskQueue);
    await connection.close();
    const broken = client(createApp({ db: db(), registry: builtInRegistry, runtime: deadRuntime }));
    const failed = await broken.post('/api/v1/enrollments', { accountId: 'E-3', cadenceId });
    expect(failed.status).toBe(503);
    expect(failed.body.message).toMatch(/retry/);
    const retried = await api.post('/api/v1/enrollments', { accountId: 'E-3', cadenceId });
    expect(retried.status).toBe(200);
    await eventually(async () => (await api.get('/api/v1/outbox?accountId=E-3')).body.length === 1, 'the SMS after the retry');
  });

  it('the sweep delivers an event that was stored but never signalled', async () => {
    await api.put('/api/v1/accounts/E-4', dana);
    const { body } = await api.post('/api/v1/enrollments', { accountId: 'E-4', cadenceId });
    await eventually(async () => (await api.get(`/api/v1/enrollments/${body.id}`)).body.currentStepId === 'wait-3d', 'the wait');
    // As if the API crashed right after storing the payment.
    await storeAccountEvent(db(), {
      source: 'api',
      accountId: 'E-4',
      event: { type: 'payment', eventId: 'pay-E4', occurredAt: '2026-11-24T12:00:00Z', amountCents: 12_345 },
    });
    const swept = await sweepUnsignalledEvents({ db: db(), runtime: h.runtime }, { olderThanMs: 0, now: new Date(Date.now() + 1_000) });
    expect(swept.delivered).toBeGreaterThanOrEqual(1);
    const done = await eventually(async () => {
      const res = await api.get(`/api/v1/enrollments/${body.id}`);
      return res.body.status === 'finished' && res.body;
    }, 'the swept payment to end the enrollment');
    expect(done.exitReason).toBe('paid');
  });
});
