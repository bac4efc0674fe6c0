// Send-time refusals of the outbound policy: a portfolio whose Twilio base URL was stored before the
// API checked it (or changed in the database) never gets the auth token sent there. The attempt is
// booked failed with the reason, and the step's fallback channel is tried: no retry loop.
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { expect, it } from 'vitest';
import type { ActivityInput } from '@kairos/cadence';
import { createCadence, createEnrollment, listContactAttempts, listOutbox, publishVersion, upsertAccount, upsertPortfolio } from '@kairos/db';
import { DEMO_COLLECTOR_IDENTITY } from '@kairos/cadence';
import { describeEachDatabase } from '@kairos/db/testing';
import { compileOrThrow, exampleGraph, testAccount } from '../testing/cadence-fixture';
import { createActivities } from './index';

describeEachDatabase('a send the outbound policy refuses', (db) => {
  it('books the text failed with the reason, without a connection, and sends the fallback email', async () => {
    await upsertPortfolio(db(), {
      id: 'stale-twilio',
      name: 'Stored before the check',
      settings: { channels: { sms: 'twilio' }, twilio: { accountSid: `AC${'c'.repeat(32)}`, from: '+15550001111', baseUrl: 'https://169.254.169.254/latest' }, collector: DEMO_COLLECTOR_IDENTITY },
      secrets: { twilioAuthToken: 'token-that-must-stay-home' },
    });
    await upsertAccount(db(), { ...testAccount('OB-1'), portfolioId: 'stale-twilio' });
    const graph = exampleGraph();
    const cadence = await createCadence(db(), { name: 'x', graph });
    const { version } = await publishVersion(db(), { cadenceId: cadence.id, graph, ir: compileOrThrow(graph), publishedBy: 't' });
    const { enrollment } = await createEnrollment(db(), { accountId: 'OB-1', cadenceId: cadence.id, cadenceVersionId: version.id, workflowIdFor: (id) => id });
    const job: ActivityInput = {
      idempotencyKey: `${enrollment.id}:sms-1:1`,
      enrollmentId: enrollment.id,
      accountId: 'OB-1',
      stepId: 'sms-1',
      attempt: 1,
      params: { channel: 'sms', body: 'Hi {{ account.firstName }}', fallback: [{ channel: 'email', subject: 'Balance', body: 'Dear {{ account.name }}' }] },
    };
    let connects = 0;
    const count = () => connects++;
    subscribe('undici:client:beforeConnect', count);
    try {
      const { sendMessage } = createActivities({ db: db() });
      expect(await sendMessage!(job)).toMatchObject({ outcome: 'next', detail: { channel: 'email', fellBackFrom: [{ channel: 'sms' }] } });
    } finally {
      unsubscribe('undici:client:beforeConnect', count);
    }
    expect(connects).toBe(0);
    const attempts = await listContactAttempts(db(), { accountId: 'OB-1', limit: 10 });
    expect(attempts.find((a) => a.channel === 'sms')).toMatchObject({
      status: 'failed',
      providerStatus: 'refused',
      error: "the portfolio's Twilio base URL is refused: 169.254.169.254 is a cloud metadata address: Kairos never calls loopback, private, link-local or metadata addresses",
    });
    expect((await listOutbox(db(), { accountId: 'OB-1', limit: 10 })).map((m) => m.channel)).toEqual(['email']);
  });
});
