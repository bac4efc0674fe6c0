// The activities of the collections node library against real databases: each acts once per
// idempotency key, and answers with the outcome its node declares.
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ActivityInput } from '@kairos/cadence';
import { getAccount, listAgentTasks, listPaymentOffers, listPlacements, storeAccountEvent, upsertAccount, upsertPortfolio } from '@kairos/db';
import { describeEachDatabase, withDemoCollector } from '@kairos/db/testing';
import type { Resolver } from '@kairos/outbound/node';
import { testAccount } from '../testing/cadence-fixture';
import { createActivities } from './index';
import { signWebhook } from './webhook';

const calls: Array<{ headers: IncomingMessage['headers']; body: string }> = [];
let answer = 200;
let hookUrl = '';
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString()));
  req.on('end', () => {
    calls.push({ headers: req.headers, body });
    res.writeHead(answer).end();
  });
});
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  hookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const NOW = new Date('2026-11-20T15:00:00.000Z');
let n = 0;
const job = (accountId: string, params: Record<string, unknown>, stepId = 'step'): ActivityInput => ({
  idempotencyKey: `enr:${stepId}:${++n}`,
  enrollmentId: 'not-a-stored-enrollment',
  accountId,
  stepId,
  attempt: 1,
  params,
});

/** DNS for the tests: crm.example.com answers a private address; nothing else resolves. */
const lookups: string[] = [];
const fakeDns: Resolver = async (name) => {
  lookups.push(name);
  if (name === 'crm.example.com') return [{ address: '10.0.0.1', family: 4 }];
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
};

describeEachDatabase('collections activities', (db) => {
  // Sends for a portfolio without its collector's identity are refused.
  beforeAll(async () => {
    await withDemoCollector(db());
  });
  // The webhook receiver listens on loopback: reached through the test-only allowance.
  const acts = () => createActivities({ db: db(), now: () => NOW, publicUrl: 'https://pay.test', webhookSecret: 'shh', outbound: { allowLoopback: true, resolve: fakeDns } });

  it('creates payment links for the balance, a fixed amount (capped at the balance) or a share, once per key', async () => {
    await upsertAccount(db(), testAccount('L-1', { balanceCents: 40_000 }));
    const a = acts();
    const balance = job('L-1', { amount: { type: 'balance' }, expiresInDays: 14 });
    expect(await a.createPaymentLink!(balance)).toMatchObject({ outcome: 'next', detail: { amountCents: 40_000, url: expect.stringMatching(/^https:\/\/pay\.test\/pay\//) } });
    await a.createPaymentLink!(balance);
    await a.createPaymentLink!(job('L-1', { amount: { type: 'fixed', cents: 90_000 }, expiresInDays: 1 }));
    await a.createPaymentLink!(job('L-1', { amount: { type: 'percent', percent: 25 }, expiresInDays: 1 }));
    expect((await listPaymentOffers(db(), 'L-1')).map((o) => o.amountCents).sort()).toEqual([10_000, 40_000, 40_000]);
  });

  it('offers a plan within the limits, or says why the account is not eligible', async () => {
    await upsertAccount(db(), testAccount('PL-1', { balanceCents: 100_000 }));
    await upsertAccount(db(), testAccount('PL-2', { balanceCents: 4_000 }));
    const params = { maxInstallments: 6, minInstallmentCents: 2_500, frequency: 'monthly', firstPaymentInDays: 7, acceptWithinDays: 7 };
    expect(await acts().offerPaymentPlan!(job('PL-1', params))).toMatchObject({ outcome: 'offered', detail: { installments: 6, installmentCents: 16_667 } });
    const [offer] = await listPaymentOffers(db(), 'PL-1');
    expect(offer).toMatchObject({ kind: 'plan', firstDueDate: '2026-11-27', frequency: 'monthly', expiresAt: new Date('2026-11-27T15:00:00.000Z') });
    expect(await acts().offerPaymentPlan!(job('PL-2', params))).toMatchObject({ outcome: 'not_eligible', detail: { reason: expect.stringMatching(/two installments/) } });
  });

  it('moves the due date once however often the step is retried, and hands the account back', async () => {
    await upsertAccount(db(), testAccount('X-1', { dueDate: '2026-11-10' }));
    const step = job('X-1', { days: 14 });
    const first = await acts().extendDueDate!(step);
    const retry = await acts().extendDueDate!(step);
    expect(first).toMatchObject({ outcome: 'next', detail: { from: '2026-11-10', to: '2026-11-24' }, account: { dueDate: '2026-11-24' } });
    expect(retry).toMatchObject({ detail: { from: '2026-11-10', to: '2026-11-24' }, account: { dueDate: '2026-11-24' } });
    expect((await getAccount(db(), 'X-1'))!.dueDate).toBe('2026-11-24');
  });

  it('tags the account and hands it back', async () => {
    await upsertAccount(db(), testAccount('U-1', { attributes: { tier: 2 } }));
    expect(await acts().updateAccount!(job('U-1', { set: { hardship: true } }))).toMatchObject({ outcome: 'next', account: { attributes: { tier: 2, hardship: true } } });
  });

  it('queues one agent task per step visit, with the note written for the account', async () => {
    await upsertAccount(db(), testAccount('T-1'));
    const step = job('T-1', { queue: 'late-stage', priority: 'urgent', note: 'Call {{ account.firstName }} about {{ account.amountDue }} for {{ collector.name }}', dueInHours: 48 });
    await acts().createAgentTask!(step);
    expect(await acts().createAgentTask!(step)).toMatchObject({ detail: { replayed: true } });
    const tasks = await listAgentTasks(db(), { queue: 'late-stage', accountId: 'T-1', limit: 10 });
    expect(tasks.map((t) => [t.note, t.priority, t.dueAt.toISOString()])).toEqual([['Call Dana about $123.45 for Kairos Demo Recoveries', 'urgent', '2026-11-22T15:00:00.000Z']]);
  });

  it('places an account with the agency, but not while a dispute is open or below the minimum balance', async () => {
    await upsertAccount(db(), testAccount('E-1', { balanceCents: 50_000 }));
    await upsertAccount(db(), testAccount('E-2', { balanceCents: 50_000 }));
    await upsertAccount(db(), testAccount('E-3', { balanceCents: 1_000 }));
    await storeAccountEvent(db(), { source: 'api', accountId: 'E-2', event: { type: 'dispute', eventId: 'd-1', occurredAt: '2026-11-01T00:00:00Z' } });
    const params = { to: 'agency', partner: 'Acme Recoveries', minBalanceCents: 5_000 };
    expect(await acts().escalateAccount!(job('E-1', params))).toMatchObject({ outcome: 'placed' });
    expect(await acts().escalateAccount!(job('E-2', params))).toMatchObject({ outcome: 'blocked', detail: { reason: expect.stringMatching(/dispute is open/) } });
    expect(await acts().escalateAccount!(job('E-3', params))).toMatchObject({ outcome: 'blocked', detail: { reason: expect.stringMatching(/below the placement minimum/) } });
    await storeAccountEvent(db(), { source: 'api', accountId: 'E-2', event: { type: 'dispute_resolved', eventId: 'd-2', occurredAt: '2026-11-05T00:00:00Z', resolution: 'verified' } });
    expect(await acts().escalateAccount!(job('E-2', params))).toMatchObject({ outcome: 'placed' });
    expect((await listPlacements(db(), 'E-2')).map((p) => p.status).sort()).toEqual(['blocked', 'placed']);
  });

  it('calls a webhook signed with HMAC and the idempotency key, once per step visit', async () => {
    await upsertAccount(db(), testAccount('W-1'));
    calls.length = 0;
    answer = 200;
    const step = job('W-1', { url: hookUrl, payload: '{"ref": "{{ account.id }}", "due": "{{ account.amountDue }}"}', timeoutSeconds: 5 });
    let connects = 0;
    const count = () => connects++;
    subscribe('undici:client:beforeConnect', count);
    expect(await acts().callWebhook!(step)).toMatchObject({ outcome: 'ok', detail: { status: 200 } });
    expect(await acts().callWebhook!(step)).toMatchObject({ outcome: 'ok', detail: { replayed: true } });
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call!.body).toBe('{"ref": "W-1", "due": "$123.45"}');
    expect(call!.headers['idempotency-key']).toBe(step.idempotencyKey);
    const t = Math.floor(NOW.getTime() / 1000);
    expect(call!.headers['x-kairos-signature']).toBe(signWebhook('shh', call!.body, t));
    // The counter sees the sender's connections (so its silence in the refusals below means something).
    unsubscribe('undici:client:beforeConnect', count);
    expect(connects).toBe(1);
  });

  it('leaves a webhook step by "failed", calling nothing, when its payload names what the account does not have', async () => {
    await upsertAccount(db(), testAccount('W-3'));
    calls.length = 0;
    const r = await acts().callWebhook!(job('W-3', { url: hookUrl, payload: '{"pay": "{{ paymentLink }}"}', timeoutSeconds: 5 }));
    expect(r).toMatchObject({ outcome: 'failed', detail: { reason: expect.stringMatching(/^the payload template could not be rendered: .*paymentLink/) } });
    expect(calls).toEqual([]);
  });

  it('leaves a webhook step by "failed" on a 4xx, and asks Temporal to retry a 5xx', async () => {
    await upsertAccount(db(), testAccount('W-2'));
    answer = 422;
    expect(await acts().callWebhook!(job('W-2', { url: hookUrl, timeoutSeconds: 5 }))).toMatchObject({ outcome: 'failed', detail: { status: 422 } });
    answer = 503;
    await expect(acts().callWebhook!(job('W-2', { url: hookUrl, timeoutSeconds: 5 }))).rejects.toThrow(/answered 503; retrying/);
    answer = 200;
  });

  it('refuses at send time a webhook to a metadata or private address, or a host the portfolio does not allow: the step fails with the reason, nothing is sent and nothing retried', async () => {
    await upsertPortfolio(db(), { id: 'hooks', name: 'Hooks', settings: { channels: {}, outbound: { allowedHosts: ['crm.example.com'] } } });
    await upsertAccount(db(), { ...testAccount('W-3'), portfolioId: 'hooks' });
    // HTTP connections the senders' client (undici) starts; the database's own sockets are not counted.
    let connects = 0;
    const count = () => connects++;
    subscribe('undici:client:beforeConnect', count);
    lookups.length = 0;
    try {
      const a = acts();
      expect(await a.callWebhook!(job('W-3', { url: 'https://169.254.169.254/latest/meta-data/', timeoutSeconds: 5 }))).toMatchObject({
        outcome: 'failed',
        detail: { refused: 'address', reason: 'the webhook URL is refused: 169.254.169.254 is a cloud metadata address: Kairos never calls loopback, private, link-local or metadata addresses' },
      });
      expect(await a.callWebhook!(job('W-3', { url: 'http://169.254.169.254/latest/meta-data/', timeoutSeconds: 5 }))).toMatchObject({ outcome: 'failed', detail: { refused: 'scheme' } });
      expect(await a.callWebhook!(job('W-3', { url: 'https://elsewhere.example.net/hook', timeoutSeconds: 5 }))).toMatchObject({ outcome: 'failed', detail: { refused: 'host-not-allowed' } });
      const privateName = job('W-3', { url: 'https://crm.example.com/hook', timeoutSeconds: 5 });
      expect(await a.callWebhook!(privateName)).toMatchObject({ outcome: 'failed', detail: { refused: 'address', reason: expect.stringContaining('crm.example.com resolves to 10.0.0.1') } });
      // Recorded once: a retry of the same step reads the outcome and asks nobody again.
      expect(await a.callWebhook!(privateName)).toMatchObject({ outcome: 'failed', detail: { refused: 'address', replayed: true } });
      expect(lookups).toEqual(['crm.example.com']);
      expect(connects).toBe(0);
    } finally {
      unsubscribe('undici:client:beforeConnect', count);
    }
  });
});
