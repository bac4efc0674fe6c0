// Killing processes mid-flow: the API, the worker and the Temporal dev server run as processes of their
// own on a shared PostgreSQL; texts go through a Twilio-protocol peer and email through an SMTP peer
// (the carrier's and the mail system's view of what reached a customer). SIGKILL any of them mid-flow,
// or crash one exactly where a kill from outside cannot aim (a test-only KAIROS_FAULT): no event is
// lost, and no message reaches a customer twice on any channel.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from 'better-auth/crypto';
import { builtInRegistry, compile, DEMO_COLLECTOR_IDENTITY, type CadenceGraph } from '@kairos/cadence';
import { cadenceBuilder } from '@kairos/cadence/starter-cadences';
import {
  createCadence, createUser, setMembership, getContactAttemptByKey, getEnrollment, listAccountEvents, listContactAttempts, openDatabase, publishVersion, upsertPortfolio,
  type ContactAttemptRow, type Database,
} from '@kairos/db';
import { afternoonZone, createTestDatabase, startThrowawayPostgres, type ThrowawayPostgres } from '@kairos/testkit';
import { kairosSignature, startEmailPeer, type EmailPeer } from '@kairos/testkit/email-peer';
import { startTwilioPeer, type TwilioPeer } from '@kairos/testkit/twilio-peer';
import { freePort } from './harness/free-port';
import { startApiProcess, startTemporalServer, startWorkerProcess, type Engines, type KairosProcess, type TemporalServer } from './harness/processes';

const PAYMENTS_SECRET = 'kill-test-payments-secret';
const EMAIL_SECRET = 'kill-test-email-reports-secret';
const PASSWORD = randomBytes(12).toString('base64url');
/** The test-only fault that crashes the worker between the provider's answer and its booking. */
const CRASH_AFTER_PROVIDER_CALL = { KAIROS_FAULT: 'exit-after-provider-call', NODE_ENV: 'test' };
/** The test-only fault that crashes the API between storing an event and signalling it. */
const CRASH_BEFORE_SIGNAL = { KAIROS_FAULT: 'exit-before-signal', NODE_ENV: 'test' };

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

async function until<T>(probe: () => Promise<T | undefined | false>, what: string, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('killing the worker, the API or Temporal mid-flow', () => {
  let pg: ThrowawayPostgres | undefined;
  let drop: (() => Promise<void>) | undefined;
  let database: Database;
  let temporal: TemporalServer;
  let peer: TwilioPeer;
  let mail: EmailPeer;
  let engines: Engines;
  let apiPort: number;
  let api: KairosProcess & { url: string };
  let worker: KairosProcess | undefined;
  let token: string;
  let cadenceId: string;

  beforeAll(async () => {
    const adminUrl = process.env.KAIROS_TEST_POSTGRES_URL ?? (pg = await startThrowawayPostgres()).url;
    const fresh = await createTestDatabase(adminUrl);
    drop = fresh.drop;
    database = await openDatabase({ url: fresh.url });
    [temporal, peer, mail, apiPort] = await Promise.all([startTemporalServer(), startTwilioPeer(), startEmailPeer(), freePort()]);
    engines = { databaseUrl: fresh.url, temporalAddress: temporal.address, taskQueue: 'kill-test', authSecret: randomBytes(32).toString('base64url') };
    await upsertPortfolio(database.db, {
      id: 'default',
      name: 'Kill test',
      settings: {
        channels: { sms: 'twilio', email: 'smtp' },
        twilio: { accountSid: peer.accountSid, from: '+15550001111', baseUrl: peer.url },
        smtp: { host: mail.host, port: mail.port, secure: false, from: 'Collections <collections@kill.test>' },
        receiptWaitSeconds: 30,
        collector: DEMO_COLLECTOR_IDENTITY,
      },
      secrets: { twilioAuthToken: peer.authToken, paymentsWebhookSecret: PAYMENTS_SECRET, emailWebhookSecret: EMAIL_SECRET },
    });
    const engineer = await createUser(database.db, { name: 'Engineer', email: 'engineer@kill.test', role: 'engineer', passwordHash: await hashPassword(PASSWORD), createdBy: { id: 'test' } });
    // People other than admins read the accounts of their portfolios: this one reads every portfolio.
    if (!engineer.ok) throw new Error(`cannot create the engineer: ${engineer.reason}`);
    await setMembership(database.db, { userId: engineer.user.id, membership: 'all', actor: { id: 'test' } });
    const graph = reminderThenListen();
    const compiled = compile(graph, builtInRegistry);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.issues));
    const cadence = await createCadence(database.db, { name: 'kill test', graph });
    await publishVersion(database.db, { cadenceId: cadence.id, graph, ir: compiled.ir, publishedBy: 'test' });
    cadenceId = cadence.id;
    api = await startApiProcess(engines, apiPort);
    mail.reportTo(`${api.url}/api/v1/webhooks/email/default`, EMAIL_SECRET);
    const signIn = await fetch(`${api.url}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json', origin: api.url }, body: JSON.stringify({ email: 'engineer@kill.test', password: PASSWORD }) });
    token = signIn.headers.get('set-auth-token')!;
  }, 300_000);

  afterAll(async () => {
    await worker?.kill();
    await api?.kill();
    await peer?.stop();
    await mail?.stop();
    await temporal?.stop();
    await database?.close();
    await drop?.();
    await pg?.stop();
  });

  /** A worker running without faults (each test may start from a killed or crashed one). */
  async function ensureWorker() {
    if (!worker?.running()) worker = await startWorkerProcess(engines, api.url);
  }

  const call = (method: string, path: string, body?: unknown) =>
    fetch(`${api.url}${path}`, { method, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, ...(body ? { body: JSON.stringify(body) } : {}) });

  /** Each account its own number. */
  const phoneOf = (() => {
    const given = new Map<string, string>();
    return (id: string) => given.get(id) ?? (given.set(id, `+1555444${String(1000 + given.size).slice(-4)}`), given.get(id)!);
  })();

  async function enroll(ids: string[]) {
    const enrollments: Record<string, string> = {};
    for (const id of ids) {
      expect((await call('PUT', `/api/v1/accounts/${id}`, { name: 'Dana Smith', phone: phoneOf(id), email: `${id.toLowerCase()}@example.com`, balanceCents: 10_000, dueDate: '2026-11-01', timezone: afternoonZone(), consents: { sms: true, email: true } })).status).toBeLessThan(300);
      const res = await call('POST', '/api/v1/enrollments', { accountId: id, cadenceId });
      expect(res.status).toBe(201);
      enrollments[id] = ((await res.json()) as { id: string }).id;
    }
    return enrollments;
  }

  const paymentBody = (accountId: string) => JSON.stringify({ type: 'payment', eventId: `pay-${accountId}`, accountId, occurredAt: new Date().toISOString(), amountCents: 10_000 });
  const postPayment = (body: string) =>
    fetch(`${api.url}/api/v1/webhooks/payments/default`, { method: 'POST', headers: { 'content-type': 'application/json', 'kairos-signature': kairosSignature(PAYMENTS_SECRET, body) }, body });

  /** Post a signed payment as a processor does: again and again until it is answered 200. */
  async function pay(accountId: string): Promise<number> {
    const body = paymentBody(accountId);
    for (let tries = 1; ; tries++) {
      if (await postPayment(body).then((r) => r.status === 200, () => false)) return tries;
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  const listening = (enrollmentId: string) => until(async () => (await getEnrollment(database.db, enrollmentId))?.currentStepId === 'listen', 'the cadence to listen');
  const textsTo = (phone: string, start: string) => peer.received.filter((m) => m.to === phone && m.body.startsWith(start));
  const emailsTo = (address: string, subject: string) => mail.received.filter((m) => m.to === address && m.subject === subject);

  /**
   * A message the customer got at most once per channel, and, where the carrier or mail system never
   * saw it, an attempt that says its outcome is unknown (the worker died in the provider call): at most
   * once, honestly booked.
   */
  function expectAtMostOnce(attempt: ContactAttemptRow | undefined, seen: number, what: string) {
    expect(seen, what).toBeLessThanOrEqual(1);
    if (attempt && seen === 0 && !['skipped', 'blocked'].includes(attempt.status)) expect(attempt.status, `${what}: not seen, so its outcome must be unknown`).toBe('outcome_unknown');
  }

  async function expectEveryoneSettledOnce(enrollments: Record<string, string>) {
    for (const [accountId, enrollmentId] of Object.entries(enrollments)) {
      await until(async () => (await getEnrollment(database.db, enrollmentId))?.status === 'finished', `${accountId} to finish`);
      expect(await getEnrollment(database.db, enrollmentId)).toMatchObject({ exitReason: 'paid' });
      const payments = (await listAccountEvents(database.db, accountId)).filter((e) => e.type === 'payment');
      expect(payments, accountId).toHaveLength(1);
      // The receipt reached the customer (on the channel they were last reached on, or its fallback).
      const notices = await until(async () => {
        const found = (await listContactAttempts(database.db, { accountId, limit: 20 })).filter((a) => a.stepId?.startsWith('notice:'));
        return found.some((a) => ['queued', 'sent', 'delivered'].includes(a.status)) && found;
      }, `${accountId}'s receipt`);
      const attempts = await listContactAttempts(database.db, { accountId, limit: 20 });
      const phone = phoneOf(accountId);
      const address = `${accountId.toLowerCase()}@example.com`;
      const reached = (a: ContactAttemptRow) => a.channel === 'sms' ? textsTo(phone, 'Thank you Dana').length : emailsTo(address, 'Your account is paid in full').length;
      await until(async () => notices.some((n) => reached(n) > 0), `${accountId}'s receipt to reach the carrier or the inbox`);
      // Nothing twice on any channel, nothing after the payment.
      const reminder = (channel: string) => attempts.find((a) => a.stepId === 'sms-1' && a.channel === channel);
      expectAtMostOnce(reminder('sms'), textsTo(phone, 'Hi Dana').length, `${accountId}'s reminder text`);
      expectAtMostOnce(reminder('email'), emailsTo(address, 'Balance').length, `${accountId}'s reminder email`);
      expect(textsTo(phone, 'Thank you Dana').length, `${accountId}'s texted receipt`).toBeLessThanOrEqual(1);
      expect(emailsTo(address, 'Your account is paid in full').length, `${accountId}'s emailed receipt`).toBeLessThanOrEqual(1);
      expect(textsTo(phone, 'Second reminder')).toEqual([]);
    }
  }

  it('texts once when the worker dies between the carrier\'s answer and its booking: outcome unknown until the carrier\'s callback settles it', async () => {
    peer.holdCallbacks();
    worker = await startWorkerProcess(engines, api.url, CRASH_AFTER_PROVIDER_CALL);
    const enrollments = await enroll(['K-F0']);
    await worker.exited;
    const phone = phoneOf('K-F0');
    // Dead in the window: the carrier has the text, the attempt is dispatched but its answer never booked.
    expect(textsTo(phone, 'Hi Dana')).toHaveLength(1);
    const key = textsTo(phone, 'Hi Dana')[0]!.idempotencyToken!;
    expect(await getContactAttemptByKey(database.db, key)).toMatchObject({ status: 'pending', dispatchedAt: expect.any(Date), providerMessageId: null });

    worker = await startWorkerProcess(engines, api.url);
    // The retry (once Temporal notices the dead worker) does not text again: the outcome is unknown, and operations see it.
    const unknown = await until(async () => {
      const res = await call('GET', '/api/v1/contacts?accountId=K-F0&status=outcome_unknown');
      const list = (await res.json()) as Array<{ idempotencyKey: string; error: string }>;
      return list.length > 0 && list;
    }, 'the attempt to show outcome unknown');
    expect(unknown).toMatchObject([{ idempotencyKey: key, error: expect.stringMatching(/^outcome unknown: /) }]);
    await listening(enrollments['K-F0']!);
    expect(textsTo(phone, 'Hi Dana')).toHaveLength(1);
    expect(emailsTo('k-f0@example.com', 'Balance')).toEqual([]);

    // The carrier's status callback names the attempt: it settles it.
    await peer.releaseCallbacks();
    await until(async () => (await getContactAttemptByKey(database.db, key))?.status === 'delivered', 'the callback to settle the text');
    await pay('K-F0');
    await expectEveryoneSettledOnce(enrollments);
  }, 300_000);

  it('loses no payment and sends nothing twice, by text or email, when the worker is killed while sends wait for receipts', async () => {
    await ensureWorker();
    peer.holdCallbacks();
    const ids = Array.from({ length: 6 }, (_, i) => `K-W${i}`);
    // Two whose texts the carrier cannot deliver: their reminder falls back to email once the failure is reported.
    for (const id of ids.slice(4)) peer.setOutcome(phoneOf(id), 'undelivered');
    const enrollments = await enroll(ids);
    await until(async () => ids.filter((id) => textsTo(phoneOf(id), 'Hi Dana').length > 0).length >= 3, 'sends in flight');
    await worker!.kill();
    await peer.releaseCallbacks();
    // Payments while no worker runs: stored and signalled; Temporal keeps the signals.
    for (const id of ids.slice(0, 3)) await pay(id);
    worker = await startWorkerProcess(engines, api.url);
    for (const id of ids.slice(3)) {
      await listening(enrollments[id]!);
      await pay(id);
    }
    await expectEveryoneSettledOnce(enrollments);
    expect(mail.received.filter((m) => m.subject === 'Balance').length, 'some reminders went by email').toBeGreaterThan(0);
  }, 300_000);

  it('loses no payment and counts none twice when the API is killed while payment webhooks arrive', async () => {
    await ensureWorker();
    const ids = Array.from({ length: 6 }, (_, i) => `K-A${i}`);
    const enrollments = await enroll(ids);
    for (const id of ids) await listening(enrollments[id]!);
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
  }, 300_000);

  it('delivers a stored payment by the sweep alone when the API dies between storing and signalling it, and the processor never retries', async () => {
    await ensureWorker();
    const enrollments = await enroll(['K-S0']);
    await listening(enrollments['K-S0']!);
    await api.kill();
    api = await startApiProcess(engines, apiPort, CRASH_BEFORE_SIGNAL);
    // Posted once: the API stores it and dies before answering; this processor does not try again.
    await expect(postPayment(paymentBody('K-S0'))).rejects.toThrow();
    await api.exited;
    const [stored] = (await listAccountEvents(database.db, 'K-S0')).filter((e) => e.type === 'payment');
    expect(stored, 'stored before the crash').toMatchObject({ eventId: 'pay-K-S0', signalledAt: null });
    expect((await getEnrollment(database.db, enrollments['K-S0']!))?.currentStepId).toBe('listen');
    api = await startApiProcess(engines, apiPort);
    await expectEveryoneSettledOnce(enrollments);
  }, 300_000);

  it('goes on with every enrollment, losing and repeating nothing, when Temporal is killed mid-flight and restarted on its history', async () => {
    await ensureWorker();
    peer.holdCallbacks();
    const ids = Array.from({ length: 4 }, (_, i) => `K-T${i}`);
    const enrollments = await enroll(ids);
    await until(async () => ids.filter((id) => textsTo(phoneOf(id), 'Hi Dana').length > 0).length >= 2, 'sends waiting for receipts');
    await temporal.kill();
    // Payments while Temporal is down: stored (answered 200) and signalled once it is back, by the sweep if need be.
    const paying = ids.slice(0, 2).map((id) => pay(id));
    await new Promise((r) => setTimeout(r, 3_000));
    await temporal.restart();
    await peer.releaseCallbacks();
    await Promise.all(paying);
    for (const id of ids.slice(2)) {
      await listening(enrollments[id]!);
      await pay(id);
    }
    await expectEveryoneSettledOnce(enrollments);
  }, 300_000);
});
