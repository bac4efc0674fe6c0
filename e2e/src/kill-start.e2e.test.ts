// The single-process product as users run it (`kairos start`: PGlite, the Temporal dev server, worker and
// API in one process), killed -9 while reminders go out and payments come in, then started again on its
// data folder: every payment counts once, every enrollment ends paid, and the carrier and the mail
// system (a Twilio-protocol peer, an SMTP peer) saw nothing twice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afternoonZone } from '@kairos/testkit';
import { kairosSignature, startEmailPeer, type EmailPeer } from '@kairos/testkit/email-peer';
import { startTwilioPeer, type TwilioPeer } from '@kairos/testkit/twilio-peer';
import { freePort } from './harness/free-port';
import { startProduct, type RunningProduct, type StartOptions } from './harness/product';

const PAYMENTS_SECRET = 'kill-start-payments-secret';
const EMAIL_SECRET = 'kill-start-email-reports-secret';

interface Contact {
  stepId: string | null;
  channel: string;
  status: string;
}

async function until<T>(probe: () => Promise<T | undefined | false>, what: string, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('kairos start killed -9 mid-flow', () => {
  let peer: TwilioPeer;
  let mail: EmailPeer;
  let options: StartOptions & { dataDir: string };
  let kairos: RunningProduct | undefined;
  let token = '';

  beforeAll(async () => {
    [peer, mail] = await Promise.all([startTwilioPeer(), startEmailPeer()]);
    const [port, temporalPort, temporalUiPort] = [await freePort(), await freePort(), await freePort()];
    options = { dataDir: mkdtempSync(join(tmpdir(), 'kairos-kill-start-')), ports: { port, temporalPort, temporalUiPort } };
    kairos = await startProduct(options);
  }, 300_000);

  afterAll(async () => {
    await kairos?.stop();
    await peer?.stop();
    await mail?.stop();
    if (options) rmSync(options.dataDir, { recursive: true, force: true });
  });

  const url = () => kairos!.url;
  const call = async <T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const res = await fetch(`${url()}${path}`, { method, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, ...(body ? { body: JSON.stringify(body) } : {}) });
    return { status: res.status, body: (await res.json().catch(() => null)) as T };
  };
  async function signIn() {
    const admin = kairos!.logins.admin!;
    const res = await fetch(`${url()}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json', origin: url() }, body: JSON.stringify({ email: admin.email, password: admin.password }) });
    token = res.headers.get('set-auth-token') ?? '';
    expect(token, `sign-in answered ${res.status}`).not.toBe('');
  }
  /** Post a signed payment as a processor does: again and again until it is answered 200 (the product may be down). */
  async function pay(accountId: string): Promise<void> {
    const body = JSON.stringify({ type: 'payment', eventId: `pay-${accountId}`, accountId, occurredAt: new Date().toISOString(), amountCents: 10_000 });
    for (;;) {
      const ok = await fetch(`${url()}/api/v1/webhooks/payments/default`, { method: 'POST', headers: { 'content-type': 'application/json', 'kairos-signature': kairosSignature(PAYMENTS_SECRET, body) }, body }).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) return;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  const phoneOf = (i: number) => `+1555333${String(1000 + i).slice(-4)}`;
  const texts = (phone: string, start: string) => peer.received.filter((m) => m.to === phone && m.body.startsWith(start)).length;
  const emails = (to: string, subject: RegExp) => mail.received.filter((m) => m.to === to && subject.test(m.subject)).length;

  it('loses no payment, ends every enrollment paid and contacts no one twice when killed -9 and started again on its data', async () => {
    await signIn();
    expect((await call('PUT', '/api/v1/portfolios/default', {
      name: 'Default',
      settings: { channels: { sms: 'twilio', email: 'smtp' }, twilio: { accountSid: peer.accountSid, from: '+15550001111', baseUrl: peer.url }, smtp: { host: mail.host, port: mail.port, secure: false, from: 'Collections <collections@kill.test>' } },
      secrets: { twilioAuthToken: peer.authToken, paymentsWebhookSecret: PAYMENTS_SECRET, emailWebhookSecret: EMAIL_SECRET },
    })).status).toBeLessThan(300);
    mail.reportTo(`${url()}/api/v1/webhooks/email/default`, EMAIL_SECRET);
    // The demo cadence `kairos start` seeds and publishes: a text, then (days later) an email and a text.
    const cadences = await call<Array<{ id: string; name: string }>>('GET', '/api/v1/cadences');
    const cadenceId = cadences.body.find((c) => c.name.startsWith('Three reminders'))!.id;

    const ids = Array.from({ length: 6 }, (_, i) => `K-P${i}`);
    const enrollments: Record<string, string> = {};
    for (const [i, id] of ids.entries()) {
      const put = await call('PUT', `/api/v1/accounts/${id}`, { name: 'Dana Smith', phone: phoneOf(i), email: `${id.toLowerCase()}@example.com`, balanceCents: 10_000, dueDate: '2026-11-01', timezone: afternoonZone(), consents: { sms: true, email: true } });
      expect(put.status, JSON.stringify(put.body)).toBeLessThan(300);
      const enrolled = await call<{ id: string }>('POST', '/api/v1/enrollments', { accountId: id, cadenceId });
      expect(enrolled.status, JSON.stringify(enrolled.body)).toBe(201);
      enrollments[id] = enrolled.body.id;
    }
    await until(async () => ids.filter((_, i) => texts(phoneOf(i), 'Hi Dana') > 0).length >= 2, 'the first reminders');
    for (const id of ids.slice(0, 2)) await pay(id);
    // These arrive as the process dies: some are stored and answered, some die mid-request, some find no one.
    const paying = ids.slice(2, 4).map((id) => pay(id));
    await new Promise((r) => setTimeout(r, 20));
    await kairos!.crash();

    kairos = await startProduct(options);
    await signIn();
    await Promise.all(paying);
    const step = async (id: string) => (await call<{ currentStepId: string | null }>('GET', `/api/v1/enrollments/${enrollments[id]}`)).body.currentStepId;
    for (const id of ids.slice(4)) {
      await until(async () => (await step(id)) === 'wait-3d', `${id} to wait after its reminder`);
      await pay(id);
    }

    for (const [i, id] of ids.entries()) {
      const done = await until(async () => {
        const e = await call<{ status: string; exitReason: string | null; contacts: Contact[] }>('GET', `/api/v1/enrollments/${enrollments[id]}`);
        return e.body.status === 'finished' && e.body;
      }, `${id} to finish`);
      expect(done.exitReason, id).toBe('paid');
      // A receipt that was mid-call when the process died is `outcome_unknown` (never sent again); any other
      // receipt goes out. The last notices seen are named if none appears.
      let seen: unknown = null;
      const ledger = await until(async () => {
        const l = await call<{ payments: unknown[]; notices: Array<{ channel: string; status: string }> }>('GET', `/api/v1/accounts/${id}/ledger`);
        seen = l.body.notices;
        return l.body.notices.some((n) => ['queued', 'sent', 'delivered', 'outcome_unknown'].includes(n.status)) && l.body;
      }, `${id}'s receipt`).catch((e: Error) => { throw new Error(`${e.message}; notices: ${JSON.stringify(seen)}`); });
      expect(ledger.payments, `${id}: the payment counted once`).toHaveLength(1);
      const receiptCutOff = !ledger.notices.some((n) => ['queued', 'sent', 'delivered'].includes(n.status));
      // At most once per channel; a reminder the carrier never saw was cut off mid-call and says so.
      const reminder = done.contacts.find((c) => c.stepId === 'sms-1');
      const reminders = texts(phoneOf(i), 'Hi Dana');
      expect(reminders, `${id}'s reminder`).toBeLessThanOrEqual(1);
      if (reminders === 0) expect(reminder?.status, `${id}'s reminder, never seen by the carrier`).toBe('outcome_unknown');
      if (!receiptCutOff) await until(async () => texts(phoneOf(i), 'Thank you Dana') + emails(`${id.toLowerCase()}@example.com`, /paid in full|received your payment/) > 0, `${id}'s receipt to arrive`);
      expect(texts(phoneOf(i), 'Thank you Dana'), `${id}'s texted receipt`).toBeLessThanOrEqual(1);
      expect(emails(`${id.toLowerCase()}@example.com`, /paid in full|received your payment/), `${id}'s emailed receipt`).toBeLessThanOrEqual(1);
      expect(emails(`${id.toLowerCase()}@example.com`, /balance/i), `${id}: no reminder email after paying`).toBe(0);
    }
  }, 600_000);
});
