// Killing processes mid-flow: the API and the worker run as processes of their own on a shared
// PostgreSQL and Temporal dev server; texts go through a Twilio-protocol peer (the carrier's view of
// what reached a phone). SIGKILL either one mid-flow: no event is lost and nothing is sent twice.
import { createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from 'better-auth/crypto';
import { builtInRegistry, compile, DEMO_COLLECTOR_IDENTITY, type CadenceGraph } from '@kairos/cadence';
import { cadenceBuilder } from '@kairos/cadence/starter-cadences';
import { createCadence, createUser, getEnrollment, listAccountEvents, listContactAttempts, openDatabase, publishVersion, upsertPortfolio, type Database } from '@kairos/db';
import { afternoonZone, createTestDatabase, startThrowawayPostgres, type ThrowawayPostgres } from '@kairos/testkit';
import { startTwilioPeer, type TwilioPeer } from '@kairos/testkit/twilio-peer';
import { freePort } from './harness/free-port';
import { startApiProcess, startTemporalServer, startWorkerProcess, type Engines, type KairosProcess } from './harness/processes';

const PAYMENTS_SECRET = 'kill-test-payments-secret';
const PASSWORD = randomBytes(12).toString('base64url');

function reminderThenListen(): CadenceGraph {
  const b = cadenceBuilder();
  b.add('start', 'entry', { exitOn: ['paid', 'dispute'] });
  b.add('sms-1', 'send-message', { channel: 'sms', body: 'Hi {{ account.firstName }}, {{ account.amountDue }} is due. Reply STOP to opt out.', fallback: [{ channel: 'email', subject: 'Balance', body: 'Dear {{ account.name }}. Reply UNSUBSCRIBE to stop.' }] });
  b.add('listen', 'wait-for-event', { events: ['paid'], timeout: { days: 7 } });
  b.add('sms-2', 'send-message', { channel: 'sms', body: 'Second reminder. Reply STOP to opt out.' });
  b.add('paid', 'exit', { reason: 'paid' });
  b.add('done', 'exit', { reason: 'exhausted' });
  b.wire('start', 'next', 'sms-1');
  b.wire('sms-1', 'next', 'listen');
  b.wire('listen', 'paid', 'paid');
  b.wire('listen', 'timeout', 'sms-2');
  b.wire('sms-2', 'next', 'done');
  return b.build();
}

async function until<T>(probe: () => Promise<T | undefined | false>, what: string, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('killing the API or the worker mid-flow', () => {
  let pg: ThrowawayPostgres | undefined;
  let drop: (() => Promise<void>) | undefined;
  let database: Database;
  let temporal: Awaited<ReturnType<typeof startTemporalServer>>;
  let peer: TwilioPeer;
  let engines: Engines;
  let apiPort: number;
  let api: KairosProcess & { url: string };
  let worker: KairosProcess;
  let token: string;
  let cadenceId: string;

  beforeAll(async () => {
    const adminUrl = process.env.KAIROS_TEST_POSTGRES_URL ?? (pg = await startThrowawayPostgres()).url;
    const fresh = await createTestDatabase(adminUrl);
    drop = fresh.drop;
    database = await openDatabase({ url: fresh.url });
    [temporal, peer, apiPort] = await Promise.all([startTemporalServer(), startTwilioPeer(), freePort()]);
    engines = { databaseUrl: fresh.url, temporalAddress: temporal.address, taskQueue: 'kill-test', authSecret: randomBytes(32).toString('base64url') };
    await upsertPortfolio(database.db, {
      id: 'default',
      name: 'Kill test',
      settings: { channels: { sms: 'twilio' }, twilio: { accountSid: peer.accountSid, from: '+15550001111', baseUrl: peer.url }, receiptWaitSeconds: 30, collector: DEMO_COLLECTOR_IDENTITY },
      secrets: { twilioAuthToken: peer.authToken, paymentsWebhookSecret: PAYMENTS_SECRET },
    });
    await createUser(database.db, { name: 'Engineer', email: 'engineer@kill.test', role: 'engineer', passwordHash: await hashPassword(PASSWORD), createdBy: { id: 'test' } });
    const graph = reminderThenListen();
    const compiled = compile(graph, builtInRegistry);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.issues));
    const cadence = await createCadence(database.db, { name: 'kill test', graph });
    await publishVersion(database.db, { cadenceId: cadence.id, graph, ir: compiled.ir, publishedBy: 'test' });
    cadenceId = cadence.id;
    api = await startApiProcess(engines, apiPort);
    worker = await startWorkerProcess(engines, api.url);
    const signIn = await fetch(`${api.url}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json', origin: api.url }, body: JSON.stringify({ email: 'engineer@kill.test', password: PASSWORD }) });
    token = signIn.headers.get('set-auth-token')!;
  }, 300_000);

  afterAll(async () => {
    await worker?.kill();
    await api?.kill();
    await peer?.stop();
    await temporal?.stop();
    await database?.close();
    await drop?.();
    await pg?.stop();
  });

  const call = (method: string, path: string, body?: unknown) =>
    fetch(`${api.url}${path}`, { method, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, ...(body ? { body: JSON.stringify(body) } : {}) });

  async function enroll(ids: string[]) {
    const enrollments: Record<string, string> = {};
    for (const [i, id] of ids.entries()) {
      const phone = `+1555444${String(1000 + i + (id.startsWith('K-A') ? 100 : 0)).slice(-4)}`;
      expect((await call('PUT', `/api/v1/accounts/${id}`, { name: 'Dana Smith', phone, email: `${id.toLowerCase()}@example.com`, balanceCents: 10_000, dueDate: '2026-11-01', timezone: afternoonZone(), consents: { sms: true, email: true } })).status).toBeLessThan(300);
      const res = await call('POST', '/api/v1/enrollments', { accountId: id, cadenceId });
      expect(res.status).toBe(201);
      enrollments[id] = ((await res.json()) as { id: string }).id;
    }
    return enrollments;
  }

  /** Post a signed payment as a processor does: again and again until it is answered 200. */
  async function pay(accountId: string): Promise<number> {
    const body = JSON.stringify({ type: 'payment', eventId: `pay-${accountId}`, accountId, occurredAt: new Date().toISOString(), amountCents: 10_000 });
    for (let tries = 1; ; tries++) {
      const t = Math.floor(Date.now() / 1000);
      const signature = `t=${t},v1=${createHmac('sha256', PAYMENTS_SECRET).update(`${t}.${body}`).digest('hex')}`;
      const ok = await fetch(`${api.url}/api/v1/webhooks/payments/default`, { method: 'POST', headers: { 'content-type': 'application/json', 'kairos-signature': signature }, body }).then((r) => r.status === 200, () => false);
      if (ok) return tries;
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  const textsTo = (phone: string) => peer.received.filter((m) => m.to === phone).map((m) => m.body);

  async function expectEveryoneSettledOnce(enrollments: Record<string, string>) {
    for (const [accountId, enrollmentId] of Object.entries(enrollments)) {
      await until(async () => (await getEnrollment(database.db, enrollmentId))?.status === 'finished', `${accountId} to finish`);
      expect(await getEnrollment(database.db, enrollmentId)).toMatchObject({ exitReason: 'paid' });
      const payments = (await listAccountEvents(database.db, accountId)).filter((e) => e.type === 'payment');
      expect(payments, accountId).toHaveLength(1);
      // One receipt, on the channel the customer was last reached on: by text, unless the reminder's
      // receipt came too late under load and its email fallback went out (then the receipt is emailed).
      const notices = await until(async () => {
        const found = (await listContactAttempts(database.db, { accountId, limit: 20 })).filter((a) => a.stepId?.startsWith('notice:'));
        return found.some((a) => ['queued', 'sent', 'delivered'].includes(a.status)) && found;
      }, `${accountId}'s receipt`);
      expect(notices, accountId).toHaveLength(1);
      const attempts = await listContactAttempts(database.db, { accountId, limit: 20 });
      const phone = attempts.find((a) => a.channel === 'sms')?.recipient;
      expect(phone, accountId).toBeDefined();
      const receiptByText = notices[0]!.channel === 'sms';
      // The carrier saw one reminder (and the receipt, if texted): nothing twice, nothing after the payment.
      const texts = await until(async () => textsTo(phone!).length >= (receiptByText ? 2 : 1) && textsTo(phone!), `${accountId}'s texts`);
      expect(texts.filter((t) => t.startsWith('Hi Dana')), accountId).toHaveLength(1);
      expect(texts.filter((t) => t.startsWith('Thank you Dana')), accountId).toHaveLength(receiptByText ? 1 : 0);
      expect(texts.some((t) => t.startsWith('Second reminder'))).toBe(false);
    }
  }

  it('loses no payment and sends no text twice when the worker is killed while sends wait for receipts', async () => {
    peer.holdCallbacks();
    const ids = Array.from({ length: 6 }, (_, i) => `K-W${i}`);
    const enrollments = await enroll(ids);
    await until(async () => peer.received.length >= 3, 'sends in flight');
    await worker.kill();
    await peer.releaseCallbacks();
    // Payments while no worker runs: stored and signalled; Temporal keeps the signals.
    for (const id of ids.slice(0, 3)) await pay(id);
    worker = await startWorkerProcess(engines, api.url);
    for (const id of ids.slice(3)) {
      await until(async () => (await getEnrollment(database.db, enrollments[id]!))?.currentStepId === 'listen', `${id} to listen`);
      await pay(id);
    }
    await expectEveryoneSettledOnce(enrollments);
  }, 240_000);

  it('loses no payment and counts none twice when the API is killed while payment webhooks arrive', async () => {
    const ids = Array.from({ length: 6 }, (_, i) => `K-A${i}`);
    const enrollments = await enroll(ids);
    for (const id of ids) await until(async () => (await getEnrollment(database.db, enrollments[id]!))?.currentStepId === 'listen', `${id} to listen`);
    await Promise.all(ids.slice(0, 2).map((id) => pay(id)));
    // The rest arrive as the API dies: some are refused at the door, some die mid-request.
    const paying = ids.slice(2).map((id) => pay(id));
    await new Promise((r) => setTimeout(r, 5));
    await api.kill();
    await new Promise((r) => setTimeout(r, 1_000));
    api = await startApiProcess(engines, apiPort);
    const tries = await Promise.all(paying);
    expect(Math.max(...tries), 'some webhooks had to be retried').toBeGreaterThan(1);
    await expectEveryoneSettledOnce(enrollments);
  }, 240_000);
});
