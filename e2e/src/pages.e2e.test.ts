// The server-rendered pages in the real browser: the sandbox checkout behind a payment link (a
// declined card, then another way to pay) and the sandbox outbox page (a receipt and a STOP on demand).
// The API runs as its own process on PostgreSQL, so the test can make offers and messages directly.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from 'better-auth/crypto';
import {
  beginContactAttempt, createPaymentOffer, createUser, setMembership, getAccount, getContactAttemptByKey, listAccountEvents, markContactSent, openDatabase, upsertAccount,
  writeSandboxOutbox, type Database,
} from '@kairos/db';
import { afternoonZone, createTestDatabase, startThrowawayPostgres, type ThrowawayPostgres } from '@kairos/testkit';
import { openBrowser, type BrowserSession } from './harness/browser';
import { freePort } from './harness/free-port';
import { startApiProcess, startTemporalServer, type KairosProcess } from './harness/processes';

const PASSWORD = randomBytes(12).toString('base64url');

describe('checkout and outbox pages in the browser', () => {
  let pg: ThrowawayPostgres | undefined;
  let drop: (() => Promise<void>) | undefined;
  let database: Database;
  let temporal: Awaited<ReturnType<typeof startTemporalServer>>;
  let api: KairosProcess & { url: string };
  let session: BrowserSession;

  beforeAll(async () => {
    const adminUrl = process.env.KAIROS_TEST_POSTGRES_URL ?? (pg = await startThrowawayPostgres()).url;
    const fresh = await createTestDatabase(adminUrl);
    drop = fresh.drop;
    database = await openDatabase({ url: fresh.url });
    temporal = await startTemporalServer();
    api = await startApiProcess({ databaseUrl: fresh.url, temporalAddress: temporal.address, taskQueue: 'pages-test', authSecret: randomBytes(32).toString('base64url') }, await freePort());
    const engineer = await createUser(database.db, { name: 'Engineer', email: 'engineer@pages.test', role: 'engineer', passwordHash: await hashPassword(PASSWORD), createdBy: { id: 'test' } });
    // People other than admins read the accounts of their portfolios: this one reads every portfolio.
    if (!engineer.ok) throw new Error(`cannot create the engineer: ${engineer.reason}`);
    await setMembership(database.db, { userId: engineer.user.id, membership: 'all', actor: { id: 'test' } });
    const account = { name: 'Dana Smith', email: 'dana@example.com', currency: 'USD', dueDate: '2026-11-01', timezone: afternoonZone(), language: 'en', consents: { sms: true }, attributes: {} };
    await upsertAccount(database.db, { ...account, id: 'PG-1', phone: '+15555550701', balanceCents: 10_000 });
    await upsertAccount(database.db, { ...account, id: 'PG-2', phone: '+15555550702', balanceCents: 5_000 });
    session = await openBrowser({ baseURL: api.url });
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await api?.kill();
    await temporal?.stop();
    await database?.close();
    await drop?.();
    await pg?.stop();
  });

  it('pays a link after a declined card by bank transfer, with labelled controls and no console errors', async () => {
    const { offer } = await createPaymentOffer(database.db, { idempotencyKey: 'pages-link', accountId: 'PG-1', enrollmentId: null, kind: 'link', amountCents: 10_000, expiresAt: new Date(Date.now() + 86_400_000) });
    const { page } = session;
    await page.goto(`/pay/${offer.token}`);
    await expect.poll(() => page.getByRole('heading', { name: 'Hi Dana' }).isVisible()).toBe(true);
    await page.getByRole('textbox', { name: 'Card number' }).fill('4000 0000 0000 9995');
    await page.getByRole('button', { name: 'Pay' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/insufficient funds.*pay by bank transfer/);
    await page.getByRole('radio', { name: 'Bank transfer (ACH)' }).check();
    await page.getByRole('textbox', { name: 'Account number' }).fill('000123456789');
    await page.getByRole('button', { name: 'Pay' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/We received your payment of \$100\.00\. Your account is paid in full\./);
    await session.screenshot('checkout-paid');
    expect((await getAccount(database.db, 'PG-1'))!.balanceCents).toBe(0);
    expect((await listAccountEvents(database.db, 'PG-1')).map((e) => e.type)).toEqual(['payment_failed', 'payment']);
    expect(session.problems).toEqual([]);
  });

  it('shows the outbox to a signed-in engineer, who fails a message and replies STOP as the customer', async () => {
    const { message } = await writeSandboxOutbox(database.db, { idempotencyKey: 'pages-sms', accountId: 'PG-2', channel: 'sms', recipient: '+15555550702', body: 'Hi Dana, $50.00 is due. Reply STOP to opt out.' });
    const { attempt } = await beginContactAttempt(database.db, { idempotencyKey: 'pages-sms', enrollmentId: null, accountId: 'PG-2', stepId: 'sms-1', channel: 'sms', provider: 'sandbox', recipient: '+15555550702', body: message.body });
    await markContactSent(database.db, attempt.id, { providerMessageId: `sandbox-${message.id}` });
    const { page, context } = session;
    const res = await context.request.post(`${api.url}/api/v1/auth/sign-in`, { data: { email: 'engineer@pages.test', password: PASSWORD }, headers: { origin: api.url } });
    expect(res.status()).toBe(200);
    await page.goto('/sandbox/outbox?accountId=PG-2');
    await expect.poll(() => page.getByRole('article', { name: 'Message to +15555550702' }).textContent()).toContain('status sent');
    await page.getByRole('button', { name: 'Failed (message to +15555550702)' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('the contact attempt is failed');
    await page.getByRole('textbox', { name: 'Reply as the customer' }).fill('Stop');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('STOP applied to PG-2');
    await session.screenshot('sandbox-outbox');
    expect((await getContactAttemptByKey(database.db, 'pages-sms'))!.status).toBe('failed');
    expect((await getAccount(database.db, 'PG-2'))!.compliance.optOuts).toEqual(['sms']);
    expect(session.problems).toEqual([]);
  });
});
