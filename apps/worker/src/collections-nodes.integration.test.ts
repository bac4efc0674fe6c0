// The collections node library on the real (time-skipping) Temporal server with the real worker and
// database: each kind drives the workflow as the interpreter says, at the right virtual times.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { resolveTimeSpec } from '@kairos/cadence';
import { cadenceBuilder } from '@kairos/cadence/starter-cadences';
import { getAccount, getTimeline, listAgentTasks, listOutbox, listPaymentOffers, listPlacements, type KairosDb } from '@kairos/db';
import { describeEachDatabase, withDemoCollector } from '@kairos/db/testing';
import { createTimeSkippingEnv } from '@kairos/testkit';
import { accountEventSignal } from '@kairos/workflows';
import { enrollAndStart, testAccount } from './testing/cadence-fixture';
import { bundleCadenceWorkflows, createCadenceWorker } from './worker';

let env: TestWorkflowEnvironment;
let workflowBundle: WorkflowBundleWithSourceMap;
const hookCalls: string[] = [];
const hook = createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString()));
  req.on('end', () => {
    hookCalls.push(body);
    res.writeHead(204).end();
  });
});
let hookUrl = '';

beforeAll(async () => {
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/placement`;
  [env, workflowBundle] = await Promise.all([createTimeSkippingEnv(), bundleCadenceWorkflows()]);
}, 120_000);
afterAll(async () => {
  await env?.teardown();
  await new Promise<void>((r) => hook.close(() => r()));
});

let queue = 0;
const DAY = 86_400_000;
// The webhook receiver listens on loopback: reached through the test-only allowance.
const worker = (db: KairosDb, taskQueue: string) =>
  createCadenceWorker({ connection: env.nativeConnection, taskQueue, db, workflowBundle, publicUrl: 'https://pay.test', outbound: { allowLoopback: true } });
const activityTimes = async (db: KairosDb, enrollmentId: string) =>
  (await getTimeline(db, enrollmentId)).filter((e) => e.type === 'activity').map((e) => [e.stepId, e.at] as const);
/** The time-skipping server's clock: shared by every test in this file, and only moving forward. */
const virtualNow = async () => env.currentTimeMs();
/** Timers fire a few milliseconds after their instant; the workflow reads its clock when it wakes. */
const expectAt = (actual: string | undefined, expected: string) => {
  expect(actual, `expected about ${expected}`).toBeDefined();
  expect(Math.abs(Date.parse(actual!) - Date.parse(expected)), `${actual} is not ${expected}`).toBeLessThan(1_000);
};
const entered = async (db: KairosDb, enrollmentId: string, stepId: string) =>
  (await getTimeline(db, enrollmentId)).find((e) => e.type === 'entered' && e.stepId === stepId)?.at;

describeEachDatabase('collections nodes on Temporal', (db) => {
  // Sends for a portfolio without its collector's identity are refused.
  beforeAll(async () => {
    await withDemoCollector(db());
  });
  it('links, splits, tags, extends, queues, calls out and escalates, each once, in order', async () => {
    hookCalls.length = 0;
    const b = cadenceBuilder();
    b.add('start', 'entry', { exitOn: ['paid', 'dispute'] });
    b.add('link', 'payment-link', { amount: { type: 'percent', percent: 50 }, expiresInDays: 10 });
    b.add('sms', 'send-message', { channel: 'sms', body: 'Pay half now: {{ paymentLink }} Reply STOP to opt out.' });
    b.add('split', 'ab-split', { experimentId: 'tone-test', arms: [{ key: 'A', label: 'Friendly', weight: 50 }, { key: 'B', label: 'Firm', weight: 50 }] });
    b.add('tag-a', 'update-account', { set: { arm: 'A' } });
    b.add('tag-b', 'update-account', { set: { arm: 'B' } });
    b.add('extend', 'deadline-extension', { days: 10 });
    b.add('before-due', 'wait', { mode: 'dueDate', offsetDays: -1, localTime: '10:00' });
    b.add('task', 'agent-task', { queue: 'late-stage', priority: 'high', note: '{{ account.name }} owes {{ account.amountDue }}' });
    b.add('notify', 'webhook', { url: hookUrl, payload: '{"account": "{{ account.id }}", "arm": "{{ account.attributes.arm }}"}' });
    b.add('place', 'escalate', { to: 'agency', partner: 'Acme Recoveries', minBalanceCents: 1_000 });
    b.add('placed', 'exit', { reason: 'escalated' });
    b.add('kept', 'exit', { reason: 'exhausted' });
    b.add('webhook-failed', 'exit', { reason: 'completed' });
    b.wire('start', 'next', 'link');
    b.wire('link', 'next', 'sms');
    b.wire('sms', 'next', 'split');
    b.wire('split', 'variant:A', 'tag-a');
    b.wire('split', 'variant:B', 'tag-b');
    b.wire('tag-a', 'next', 'extend');
    b.wire('tag-b', 'next', 'extend');
    b.wire('extend', 'next', 'before-due');
    b.wire('before-due', 'next', 'task');
    b.wire('task', 'next', 'notify');
    b.wire('notify', 'ok', 'place');
    b.wire('notify', 'failed', 'webhook-failed');
    b.wire('place', 'placed', 'placed');
    b.wire('place', 'blocked', 'kept');

    const taskQueue = `cn-${queue++}`;
    const w = await worker(db(), taskQueue);
    const due = new Date(await virtualNow()).toISOString().slice(0, 10);
    const account = testAccount('CN-1', { dueDate: due, balanceCents: 80_000 });
    const { handle, enrollment } = await enrollAndStart(env, db(), { taskQueue, account, graph: b.build() });
    const result = await w.runUntil(handle.result());
    expect(result).toMatchObject({ exit: { reason: 'escalated', stepId: 'placed' } });

    const [offer] = await listPaymentOffers(db(), 'CN-1');
    expect(offer).toMatchObject({ kind: 'link', amountCents: 40_000 });
    const [sms] = await listOutbox(db(), { accountId: 'CN-1', limit: 5 });
    expect(sms!.body).toBe(`Pay half now: https://pay.test/pay/${offer!.token} Reply STOP to opt out.`);

    const timeline = await getTimeline(db(), enrollment.id);
    const assigned = timeline.find((e) => e.type === 'assigned');
    expect(assigned).toMatchObject({ stepId: 'split', detail: { experimentId: 'tone-test' } });
    const arm = assigned!.outcome === 'variant:A' ? 'A' : 'B';
    const stored = await getAccount(db(), 'CN-1');
    expect(stored).toMatchObject({ attributes: { arm } });

    // The extension moved the due date; the wait that follows is measured from the new one.
    const newDue = new Date(Date.parse(`${due}T12:00:00Z`) + 10 * DAY).toISOString().slice(0, 10);
    expect(stored!.dueDate).toBe(newDue);
    expectAt(await entered(db(), enrollment.id, 'task'), resolveTimeSpec({ dueDateOffsetDays: -1, localTime: '10:00' }, '', { ...account, dueDate: newDue }));

    expect((await listAgentTasks(db(), { queue: 'late-stage', accountId: 'CN-1', limit: 5 })).map((t) => t.note)).toEqual(['Dana Smith owes $800.00']);
    expect(hookCalls.filter((c) => c.includes('"CN-1"'))).toEqual([`{"account": "CN-1", "arm": "${arm}"}`]);
    expect((await listPlacements(db(), 'CN-1')).map((p) => [p.status, p.partner])).toEqual([['placed', 'Acme Recoveries']]);
  });

  it('follows a promise: kept when paid by its date, broken at the end of the promised day plus grace', async () => {
    const build = () => {
      const b = cadenceBuilder();
      b.add('start', 'entry', {});
      b.add('listen', 'wait-for-event', { events: ['promise'], timeout: { days: 10 } });
      b.add('follow', 'wait-for-promise', { graceDays: 1 });
      b.add('kept', 'exit', { reason: 'promise' });
      b.add('broken', 'exit', { reason: 'exhausted' });
      b.add('none', 'exit', { reason: 'completed' });
      b.wire('start', 'next', 'listen');
      b.wire('listen', 'promise', 'follow');
      b.wire('listen', 'timeout', 'none');
      b.wire('follow', 'kept', 'kept');
      b.wire('follow', 'broken', 'broken');
      b.wire('follow', 'none', 'none');
      return b.build();
    };
    const taskQueue = `cn-${queue++}`;
    const w = await worker(db(), taskQueue);
    await w.runUntil(async () => {
      // One at a time: the time-skipping server jumps far ahead once a watched workflow completes.
      for (const [id, pays] of [['PR-1', true], ['PR-2', false]] as const) {
        const now = await virtualNow();
        const promisedDate = new Date(now + 5 * DAY).toISOString().slice(0, 10);
        const account = testAccount(id, { balanceCents: 50_000 });
        const { handle } = await enrollAndStart(env, db(), { taskQueue, account, graph: build() });
        await handle.signal(accountEventSignal, { type: 'promise', eventId: `${id}-p`, occurredAt: new Date(now).toISOString(), amountCents: 20_000, promisedDate });
        if (pays) await handle.signal(accountEventSignal, { type: 'payment', eventId: `${id}-pay`, occurredAt: new Date(now).toISOString(), amountCents: 20_000 });
        const result = await handle.result();
        if (pays) {
          expect(result).toMatchObject({ exit: { reason: 'promise', stepId: 'kept' } });
        } else {
          expect(result).toMatchObject({ exit: { reason: 'exhausted', stepId: 'broken' } });
          // The end of the promised day plus one day of grace, in the account's zone.
          expectAt(result.exit!.at, resolveTimeSpec({ dueDateOffsetDays: 2, localTime: '00:00' }, '', { timezone: account.timezone, dueDate: promisedDate }));
        }
      }
    });
  });

  it('sends on a weekday window, repeats with a cap, routes by tier and holds until a dispute is resolved', async () => {
    const b = cadenceBuilder();
    b.add('start', 'entry', {});
    b.add('tiers', 'tier-split', {
      tiers: [1, 2, 3, 4].map((t) => ({ label: `Tier ${t}`, when: [{ field: 'attributes.tier', operator: 'eq', value: t }] })),
    });
    b.add('window', 'wait', { mode: 'window', days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '10:00', to: '12:00' });
    b.add('sms', 'send-message', { channel: 'sms', body: 'Reminder {{ account.firstName }}. Reply STOP to opt out.' });
    b.add('pause', 'wait', { mode: 'duration', duration: { days: 2 } });
    b.add('again', 'repeat', { times: 2 });
    b.add('hold', 'dispute-hold', { maxDays: 30 });
    b.add('resolved', 'exit', { reason: 'completed' });
    b.add('still-open', 'exit', { reason: 'dispute' });
    b.add('other', 'exit', { reason: 'exhausted' });
    b.wire('start', 'next', 'tiers');
    b.wire('tiers', 'tier-3', 'window');
    for (const o of ['tier-1', 'tier-2', 'tier-4', 'otherwise']) b.wire('tiers', o, 'other');
    b.wire('window', 'next', 'sms');
    b.wire('sms', 'next', 'pause');
    b.wire('pause', 'next', 'again');
    b.wire('again', 'again', 'sms');
    b.wire('again', 'done', 'hold');
    b.wire('hold', 'resolved', 'resolved');
    b.wire('hold', 'timeout', 'still-open');

    const taskQueue = `cn-${queue++}`;
    const w = await worker(db(), taskQueue);
    // In New York, where the window (weekdays 10:00-12:00) is inside Reg F's hours: no deferral moves a send.
    const tier3Account = testAccount('TS-3', { attributes: { tier: 3 }, timezone: 'America/New_York' });
    const tier3 = await enrollAndStart(env, db(), { taskQueue, account: tier3Account, graph: b.build() });
    const [result, other] = await w.runUntil(async () => {
      // The window opens within 3 days and three reminders two days apart take 4 more: by day 12 the
      // enrollment is on hold (its 30-day timeout far off), and the resolution releases it.
      await env.sleep('12 days');
      const held = (await getTimeline(db(), tier3.enrollment.id)).filter((e) => e.type === 'waiting').at(-1);
      expect(held?.stepId).toBe('hold');
      await tier3.handle.signal(accountEventSignal, { type: 'dispute_resolved', eventId: 'TS-3-res', occurredAt: new Date(await virtualNow()).toISOString(), resolution: 'verified' });
      const resolved = await tier3.handle.result();
      const tier1 = await enrollAndStart(env, db(), { taskQueue, account: testAccount('TS-1', { attributes: { tier: 1 } }), graph: b.build() });
      return [resolved, await tier1.handle.result()];
    });
    expect(result).toMatchObject({ exit: { reason: 'completed', stepId: 'resolved' } });
    expect(other).toMatchObject({ exit: { stepId: 'other' } });

    const sends = (await activityTimes(db(), tier3.enrollment.id)).filter(([s]) => s === 'sms').map(([, at]) => at);
    expect(sends).toHaveLength(3);
    const first = new Date(sends[0]!);
    const local = new Intl.DateTimeFormat('en-US', { timeZone: tier3Account.timezone, weekday: 'short', hour: '2-digit', hour12: false }).formatToParts(first);
    expect(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']).toContain(local.find((p) => p.type === 'weekday')!.value);
    expect(Number(local.find((p) => p.type === 'hour')!.value)).toBeGreaterThanOrEqual(10);
    expect(Number(local.find((p) => p.type === 'hour')!.value)).toBeLessThan(12);
    expect((Date.parse(sends[1]!) - Date.parse(sends[0]!)) / DAY).toBeCloseTo(2, 3);
    expect((Date.parse(sends[2]!) - Date.parse(sends[1]!)) / DAY).toBeCloseTo(2, 3);
    expect(await listOutbox(db(), { accountId: 'TS-1', limit: 5 })).toEqual([]);
  });

  it('starts a DPD-triggered cadence at its day past due, even when enrolled early', async () => {
    const b = cadenceBuilder();
    b.add('start', 'entry', { trigger: { type: 'dpd', days: 3, localTime: '09:30' } });
    b.add('sms', 'send-message', { channel: 'sms', body: 'Your payment is 3 days late. Reply STOP to opt out.' });
    b.add('done', 'exit', { reason: 'completed' });
    b.wire('start', 'next', 'sms');
    b.wire('sms', 'next', 'done');
    const taskQueue = `cn-${queue++}`;
    const w = await worker(db(), taskQueue);
    const account = testAccount('DPD-1', { dueDate: new Date((await virtualNow()) + 2 * DAY).toISOString().slice(0, 10) });
    const { handle, enrollment } = await enrollAndStart(env, db(), { taskQueue, account, graph: b.build() });
    await w.runUntil(handle.result());
    const [[, sentAt]] = (await activityTimes(db(), enrollment.id)) as [[string, string]];
    expectAt(sentAt, resolveTimeSpec({ dueDateOffsetDays: 3, localTime: '09:30' }, '', account));
  });
});
