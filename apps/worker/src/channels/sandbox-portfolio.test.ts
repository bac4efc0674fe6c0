// A sandbox portfolio holds test accounts: whatever providers its settings name, its sends go to the outbox.
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { expect, it } from 'vitest';
import { DEMO_COLLECTOR_IDENTITY, type ActivityInput } from '@kairos/cadence';
import { createCadence, createEnrollment, isSandboxPortfolio, listContactAttempts, listOutbox, publishVersion, upsertAccount, upsertPortfolio } from '@kairos/db';
import { describeEachDatabase } from '@kairos/db/testing';
import { compileOrThrow, exampleGraph, testAccount } from '../testing/cadence-fixture';
import { createActivities } from '../activities/index';

describeEachDatabase('a sandbox portfolio of test accounts', (db) => {
  it('sends to the outbox even with real providers configured, and never connects to them', async () => {
    await upsertPortfolio(db(), {
      id: 'try-out',
      name: 'Try-out',
      settings: {
        sandbox: true,
        channels: { sms: 'twilio', email: 'smtp' },
        // The metadata address makes sure a send that reached Twilio's sender would be refused, not made.
        twilio: { accountSid: `AC${'d'.repeat(32)}`, from: '+15550001111', baseUrl: 'https://169.254.169.254/latest' },
        smtp: { host: 'smtp.example.com', port: 587, secure: false, from: 'collections@example.com' },
        collector: DEMO_COLLECTOR_IDENTITY,
      },
      secrets: { twilioAuthToken: 'token-that-must-stay-home' },
    });
    expect(await isSandboxPortfolio(db(), 'try-out')).toBe(true);
    await upsertAccount(db(), { ...testAccount('SBX-1'), portfolioId: 'try-out' });
    const graph = exampleGraph();
    const cadence = await createCadence(db(), { name: 'x', graph });
    const { version } = await publishVersion(db(), { cadenceId: cadence.id, graph, ir: compileOrThrow(graph), publishedBy: 't' });
    const { enrollment } = await createEnrollment(db(), { accountId: 'SBX-1', cadenceId: cadence.id, cadenceVersionId: version.id, workflowIdFor: (id) => id });
    const job: ActivityInput = {
      idempotencyKey: `${enrollment.id}:sms-1:1`,
      enrollmentId: enrollment.id,
      accountId: 'SBX-1',
      stepId: 'sms-1',
      attempt: 1,
      params: { channel: 'sms', body: 'Hi {{ account.firstName }}. Reply STOP to opt out.', fallback: [{ channel: 'email', subject: 'Balance', body: 'Dear {{ account.name }}' }] },
    };
    let connects = 0;
    const count = () => connects++;
    subscribe('undici:client:beforeConnect', count);
    try {
      const { sendMessage } = createActivities({ db: db() });
      expect(await sendMessage!(job)).toMatchObject({ outcome: 'next', detail: { channel: 'sms' } });
    } finally {
      unsubscribe('undici:client:beforeConnect', count);
    }
    expect(connects).toBe(0);
    expect((await listOutbox(db(), { accountId: 'SBX-1', limit: 10 })).map((m) => m.channel)).toEqual(['sms']);
    expect((await listContactAttempts(db(), { accountId: 'SBX-1', limit: 10 })).map((a) => [a.channel, a.provider])).toEqual([['sms', 'sandbox']]);
  });

  it('is a real portfolio unless its settings say sandbox: true (the sandbox provider block does not make one)', async () => {
    await upsertPortfolio(db(), { id: 'real-book', name: 'Real', settings: { channels: {}, sandbox: { receipts: true } } });
    expect(await isSandboxPortfolio(db(), 'real-book')).toBe(false);
    expect(await isSandboxPortfolio(db(), 'no-such-book')).toBe(false);
  });
});
