import { beforeAll, expect, it } from 'vitest';
import type { ActivityInput } from '@kairos/cadence';
import { beginContactAttempt, createCadence, createEnrollment, listContactAttempts, listOutbox, publishVersion, upsertAccount } from '@kairos/db';
import { describeEachDatabase, withDemoCollector } from '@kairos/db/testing';
import { compileOrThrow, exampleGraph, testAccount } from '../testing/cadence-fixture';
import { createActivities } from './index';

describeEachDatabase('sendMessage activity', (db) => {
  // Sends for a portfolio without its collector's identity are refused.
  beforeAll(async () => {
    await withDemoCollector(db());
  });
  let n = 0;
  async function enrollment(accountId: string) {
    const graph = exampleGraph();
    const cadence = await createCadence(db(), { name: 'x', graph });
    const { version } = await publishVersion(db(), { cadenceId: cadence.id, graph, ir: compileOrThrow(graph), publishedBy: 't' });
    const { enrollment } = await createEnrollment(db(), { accountId, cadenceId: cadence.id, cadenceVersionId: version.id, workflowIdFor: (id) => id });
    return enrollment.id;
  }
  const input = (enrollmentId: string, accountId: string, params: Record<string, unknown>): ActivityInput => ({
    idempotencyKey: `${enrollmentId}:sms-1:${++n}`,
    enrollmentId,
    accountId,
    stepId: 'sms-1',
    attempt: 1,
    params,
  });
  const sms = { channel: 'sms', body: 'Hi {{ account.firstName }}, {{ account.amountDue }} due' };

  it('a retried send with the same idempotency key reaches the customer once', async () => {
    await upsertAccount(db(), testAccount('S-1'));
    const { sendMessage } = createActivities({ db: db() });
    const job = input(await enrollment('S-1'), 'S-1', sms);
    const first = await sendMessage!(job);
    const retry = await sendMessage!(job);
    expect(first).toMatchObject({ outcome: 'next' });
    expect(retry).toMatchObject({ outcome: 'next', detail: { replayed: true } });
    const outbox = await listOutbox(db(), { accountId: 'S-1', limit: 10 });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.body).toBe('Hi Dana, $123.45 due');
  });

  it('finishes an attempt left pending by a crash, sending its stored text once', async () => {
    await upsertAccount(db(), testAccount('S-2'));
    const job = input(await enrollment('S-2'), 'S-2', sms);
    await beginContactAttempt(db(), {
      idempotencyKey: job.idempotencyKey, enrollmentId: job.enrollmentId, accountId: 'S-2', stepId: 'sms-1',
      channel: 'sms', provider: 'sandbox', recipient: '+15555550123', body: 'rendered before the crash',
    });
    const { sendMessage } = createActivities({ db: db() });
    await sendMessage!(job);
    await sendMessage!(job);
    const outbox = await listOutbox(db(), { accountId: 'S-2', limit: 10 });
    expect(outbox.map((m) => m.body)).toEqual(['rendered before the crash']);
    expect((await listContactAttempts(db(), { accountId: 'S-2', limit: 10 }))[0]!.status).toBe('sent');
  });

  it('does not contact an account that has paid or has no phone number', async () => {
    await upsertAccount(db(), testAccount('S-3', { balanceCents: 0 }));
    await upsertAccount(db(), testAccount('S-4', { phone: undefined }));
    const { sendMessage } = createActivities({ db: db() });
    const paid = await sendMessage!(input(await enrollment('S-3'), 'S-3', sms));
    const noPhone = await sendMessage!(input(await enrollment('S-4'), 'S-4', sms));
    expect(paid).toMatchObject({ outcome: 'next', detail: { undelivered: [{ channel: 'sms', skipped: expect.stringMatching(/paid/) }] } });
    expect(noPhone).toMatchObject({ outcome: 'next', detail: { undelivered: [{ channel: 'sms', skipped: 'account has no contact point for sms' }] } });
    expect(await listOutbox(db(), { accountId: 'S-3', limit: 10 })).toHaveLength(0);
    expect(await listOutbox(db(), { accountId: 'S-4', limit: 10 })).toHaveLength(0);
    expect((await listContactAttempts(db(), { accountId: 'S-3', limit: 10 }))[0]!.status).toBe('skipped');
  });

  it('falls back to the next channel when the account cannot be reached on the first, once even when retried', async () => {
    await upsertAccount(db(), testAccount('S-6', { phone: undefined }));
    const { sendMessage } = createActivities({ db: db() });
    const job = input(await enrollment('S-6'), 'S-6', {
      ...sms,
      fallback: [{ channel: 'whatsapp', body: 'wa' }, { channel: 'email', subject: 'Balance', body: 'Dear {{ account.name }}' }],
    });
    const first = await sendMessage!(job);
    const retry = await sendMessage!(job);
    expect(first).toMatchObject({
      outcome: 'next',
      detail: { channel: 'email', fellBackFrom: [{ channel: 'sms' }, { channel: 'whatsapp' }] },
    });
    expect(retry).toMatchObject({ outcome: 'next', detail: { channel: 'email', replayed: true } });
    const outbox = await listOutbox(db(), { accountId: 'S-6', limit: 10 });
    expect(outbox.map((m) => [m.channel, m.recipient, m.body])).toEqual([['email', 'dana@example.com', 'Dear Dana Smith']]);
  });

  it('leaves by the undelivered outcome when no channel reaches the account', async () => {
    await upsertAccount(db(), testAccount('S-7', { phone: undefined, email: undefined }));
    const { sendMessage } = createActivities({ db: db() });
    const r = await sendMessage!(input(await enrollment('S-7'), 'S-7', { ...sms, fallback: [{ channel: 'email', subject: 's', body: 'b' }], undeliveredOutcome: 'undelivered' }));
    expect(r).toMatchObject({ outcome: 'undelivered', detail: { undelivered: [{ channel: 'sms' }, { channel: 'email' }] } });
  });

  it('sends the variant in the account\'s language, on any channel', async () => {
    await upsertAccount(db(), testAccount('S-8', { language: 'es-MX', consents: { sms: true, voice: true } }));
    const { sendMessage } = createActivities({ db: db() });
    const voice = { channel: 'voice', body: 'Hello {{ account.firstName }}', variants: [{ language: 'es', body: 'Hola {{ account.firstName }}' }] };
    expect(await sendMessage!(input(await enrollment('S-8'), 'S-8', voice))).toMatchObject({ outcome: 'next', detail: { channel: 'voice', language: 'es' } });
    expect((await listOutbox(db(), { accountId: 'S-8', limit: 10 })).map((m) => [m.channel, m.body])).toEqual([['voice', 'Hola Dana']]);
  });

  it('puts the open payment offer in {{ paymentLink }} and {{ offer.amount }}', async () => {
    await upsertAccount(db(), testAccount('S-9', { balanceCents: 10_000 }));
    const acts = createActivities({ db: db(), publicUrl: 'https://pay.kairos.test' });
    const enrollmentId = await enrollment('S-9');
    const offered = await acts.offerDiscount!(input(enrollmentId, 'S-9', { percent: 20, validDays: 7 }));
    await acts.sendMessage!(input(enrollmentId, 'S-9', { channel: 'sms', body: 'Settle for {{ offer.amount }}: {{ paymentLink }}' }));
    const [message] = await listOutbox(db(), { accountId: 'S-9', limit: 1 });
    expect(message!.body).toBe(`Settle for $80.00: ${(offered as unknown as { detail: { url: string } }).detail.url}`);
    expect(message!.body).toMatch(/^Settle for \$80\.00: https:\/\/pay\.kairos\.test\/pay\/[A-Za-z0-9_-]{24}$/);
  });

  it('rejects parameters that are not a message', async () => {
    await upsertAccount(db(), testAccount('S-5'));
    const { sendMessage } = createActivities({ db: db() });
    await expect(sendMessage!(input(await enrollment('S-5'), 'S-5', { channel: 'fax', body: 1 }))).rejects.toThrow(/channel/);
  });
});
