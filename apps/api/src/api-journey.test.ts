// The foundation's promise, through the API with a real Temporal server and a real worker: a graph
// from JSON is published, an account enrolled, the first SMS reaches the sandbox outbox, and a
// payment ends the enrollment as paid.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase, withDemoCollector } from '@kairos/db/testing';
import { appWithWorker, approveAndPublish, dana, eventually, example, signedIn, type ApiClient, startTemporal } from './testing/api-harness';

let env: TestWorkflowEnvironment;
beforeAll(async () => void (env = await startTemporal()));
afterAll(async () => env?.teardown());

describeEachDatabase('a cadence run through the API', (db) => {
  // Sends for a portfolio without its collector's identity are refused.
  beforeAll(async () => {
    await withDemoCollector(db());
  });
  let api: ApiClient;
  let h: Awaited<ReturnType<typeof appWithWorker>>;
  beforeAll(async () => {
    h = await appWithWorker(env, db());
    api = await signedIn(h.app, 'admin');
  });
  afterAll(async () => h?.stop());

  it('publishes three reminders, enrolls an account, sends the first SMS and ends as paid when the payment is posted', async () => {
    const created = await api.post('/api/v1/cadences', { name: 'Three reminders', graph: example('three-reminders') });
    expect(created.status).toBe(201);
    const published = { body: await approveAndPublish(h.app, created.body.id) };
    expect((await api.put('/api/v1/accounts/J-1', dana)).status).toBe(201);

    const enrolled = await api.post('/api/v1/enrollments', { accountId: 'J-1', cadenceId: created.body.id });
    expect(enrolled.status).toBe(201);
    expect(enrolled.body).toMatchObject({ status: 'active', cadenceVersionId: published.body.id });

    const outbox = await eventually(async () => {
      const res = await api.get('/api/v1/outbox?accountId=J-1');
      return res.body.length > 0 && res.body;
    }, 'the first SMS');
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ channel: 'sms', recipient: '+15555550123' });
    expect(outbox[0].body).toMatch(/^Hi Dana, \$123\.45 is due\. Pay: \S+ This is Kairos Demo Recoveries, a debt collector\./);
    // The cadence has no payment step: the text's link was made for it, and it opens Dana's checkout.
    const link = new URL(/Pay: (\S+)/.exec(outbox[0].body)![1]!);
    const checkout = await h.app.request(link.pathname);
    expect(checkout.status).toBe(200);
    const page = await checkout.text();
    expect(page).toContain('Hi Dana');
    expect(page).toContain('<strong>$123.45</strong>');

    const waiting = await eventually(async () => {
      const res = await api.get(`/api/v1/enrollments/${enrolled.body.id}`);
      return res.body.currentStepId === 'wait-3d' && res.body;
    }, 'the enrollment to wait three days');
    expect(waiting.live.state).toMatchObject({ stepId: 'wait-3d', waiting: { type: 'timer' } });
    expect(waiting.contacts).toEqual([expect.objectContaining({ stepId: 'sms-1', status: 'sent' })]);
    expect(waiting.timeline.map((e: { type: string }) => e.type)).toContain('activity');

    const payment = { type: 'payment', eventId: 'pay-J1', accountId: 'J-1', occurredAt: '2026-11-24T12:00:00Z', amountCents: 12_345 };
    const posted = await api.post('/api/v1/account-events', payment);
    expect(posted.status).toBe(202);
    expect(posted.body).toMatchObject({ duplicate: false, signalled: true, enrollments: 1 });

    const done = await eventually(async () => {
      const res = await api.get(`/api/v1/enrollments/${enrolled.body.id}`);
      return res.body.status === 'finished' && res.body;
    }, 'the enrollment to finish');
    expect(done).toMatchObject({ exitReason: 'paid', live: null });
    expect((await api.get('/api/v1/accounts/J-1')).body.balanceCents).toBe(0);

    // The same payment again is a duplicate: no second balance change, no second delivery.
    const dup = await api.post('/api/v1/account-events', { ...payment, amountCents: 1 });
    expect(dup.status).toBe(200);
    expect(dup.body).toMatchObject({ id: posted.body.id, duplicate: true });
    expect((await api.get('/api/v1/accounts/J-1')).body.balanceCents).toBe(0);
    // One reminder, then the receipt for the payment; the duplicate sends no second receipt.
    const sent = await eventually(async () => {
      const res = await api.get('/api/v1/outbox?accountId=J-1');
      return res.body.length >= 2 && res.body;
    }, 'the receipt');
    expect(sent.map((m: { body: string }) => m.body.slice(0, 20)).reverse()).toEqual(['Hi Dana, $123.45 is ', 'Thank you Dana, we r']);
    expect((await api.get(`/api/v1/enrollments/${enrolled.body.id}`)).body.timeline).toEqual(done.timeline);

    // A bad event body names the field and changes nothing.
    const bad = await api.post('/api/v1/account-events', { ...payment, eventId: 'pay-J1-b', amountCents: 'all of it' });
    expect(bad.status).toBe(400);
    expect(bad.body.issues).toEqual([expect.objectContaining({ field: 'amountCents' })]);

    const listed = await api.get(`/api/v1/enrollments?accountId=J-1&status=finished`);
    expect(listed.body.map((e: { id: string }) => e.id)).toEqual([enrolled.body.id]);
    // The reminder of the cadence and the receipt (a notice, outside any step of it).
    expect((await api.get('/api/v1/contacts?accountId=J-1')).body.map((c: { stepId: string }) => c.stepId).sort()).toEqual(['notice:payment_received', 'sms-1']);
  });
});
