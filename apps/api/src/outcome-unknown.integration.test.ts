// At most once, end to end: a worker that stops between a provider's answer and its booking leaves an
// attempt whose outcome is unknown. The retry never sends it again; operations see it (GET /contacts,
// the enrollment), and the provider's status report, through the real signed webhooks, settles it.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cadenceBuilder } from '@kairos/cadence/starter-cadences';
import { describeEachDatabase } from '@kairos/db/testing';
import { timestampedSignature } from '@kairos/providers';
import { enrollmentWorkflowId } from '@kairos/workflows';
import { dana, eventually, startTemporal } from './testing/api-harness';
import { startChannelStack, type ChannelStack } from './testing/channel-stack';

/** entry → text (email fallback) → exit */
function reminder() {
  const b = cadenceBuilder();
  b.add('start', 'entry', { exitOn: ['paid', 'dispute'] });
  b.add('sms-1', 'send-message', {
    channel: 'sms',
    body: 'Hi {{ account.firstName }}, {{ account.amountDue }} is due. Reply STOP to opt out.',
    fallback: [{ channel: 'email', subject: 'Your balance', body: 'Dear {{ account.name }}, {{ account.amountDue }} is due. Reply UNSUBSCRIBE to stop.' }],
  });
  b.add('done', 'exit', { reason: 'completed' });
  b.wire('start', 'next', 'sms-1');
  b.wire('sms-1', 'next', 'done');
  return b.build();
}

describeEachDatabase('a send whose outcome is unknown', (db) => {
  let env: TestWorkflowEnvironment;
  let s: ChannelStack;
  /** Accounts whose next provider call "kills the worker" right after the provider answered. */
  const crashAfterCall = new Set<string>();
  beforeAll(async () => {
    env = await startTemporal();
    s = await startChannelStack(env, db(), {
      afterProviderCall: async (attempt) => {
        if (crashAfterCall.delete(attempt.accountId)) throw new Error('the worker stopped before booking the provider\'s answer');
      },
    });
  });
  afterAll(async () => {
    await s?.stop();
    await env?.teardown();
  });

  async function enrollCrashing(accountId: string, account: Record<string, unknown>) {
    crashAfterCall.add(accountId);
    const put = await s.api.put(`/api/v1/accounts/${accountId}`, { ...dana, portfolioId: s.portfolioId, ...account });
    expect(put.status, JSON.stringify(put.body)).toBeLessThan(300);
    const enrolled = await s.api.post('/api/v1/enrollments', { accountId, cadenceId: await s.publish(reminder()) });
    expect(enrolled.status, JSON.stringify(enrolled.body)).toBe(201);
    const enrollmentId = enrolled.body.id as string;
    expect(await env.client.workflow.getHandle(enrollmentWorkflowId(enrollmentId)).result()).toMatchObject({ exit: { reason: 'completed' } });
    return enrollmentId;
  }
  const unknownOf = async (accountId: string) => (await s.api.get(`/api/v1/contacts?status=outcome_unknown&accountId=${accountId}`)).body as Array<Record<string, unknown>>;

  it('texts once, shows the text as outcome unknown, and settles it by the carrier\'s status callback naming the attempt', async () => {
    s.peer.holdCallbacks();
    const phone = '+15555557001';
    const enrollmentId = await enrollCrashing('OU-1', { phone });
    // The retry did not send it again, and the step went on as sent (no fallback email).
    expect(s.peer.received.filter((m) => m.to === phone)).toHaveLength(1);
    expect(s.mail.filter((m) => m.to === dana.email)).toHaveLength(0);
    expect(await unknownOf('OU-1')).toMatchObject([{ channel: 'sms', status: 'outcome_unknown', error: expect.stringMatching(/^outcome unknown: /) }]);
    const detail = (await s.api.get(`/api/v1/enrollments/${enrollmentId}`)).body;
    expect(detail.contacts).toMatchObject([{ channel: 'sms', status: 'outcome_unknown' }]);
    expect(detail.timeline).toContainEqual(expect.objectContaining({ type: 'activity', stepId: 'sms-1', detail: expect.objectContaining({ outcomeUnknown: true }) }));

    await s.peer.releaseCallbacks();
    const settled = await eventually(async () => {
      const [c] = (await s.api.get('/api/v1/contacts?accountId=OU-1')).body as Array<Record<string, unknown>>;
      return c?.status === 'delivered' && c;
    }, 'the callback to settle the text');
    expect(settled).toMatchObject({ providerMessageId: s.peer.received.find((m) => m.to === phone)!.sid });
    expect(await unknownOf('OU-1')).toEqual([]);
  });

  it('emails once, shows the email as outcome unknown, and settles it by the mail system\'s report of its Message-ID', async () => {
    const to = 'unknown-outcome@example.com';
    // No phone: the text is skipped and the step falls back to email, where the worker stops.
    await enrollCrashing('OU-2', { phone: undefined, email: to });
    const mails = s.mail.filter((m) => m.to === to);
    expect(mails).toHaveLength(1);
    const messageId = /^Message-ID:\s*(<[^>]+>)/m.exec(mails[0]!.raw)![1]!;
    expect(await unknownOf('OU-2')).toMatchObject([{ channel: 'email', status: 'outcome_unknown', providerMessageId: messageId }]);

    const report = JSON.stringify({ eventId: 'ou-2-delivered', messageId, status: 'delivered', recipient: to });
    const res = await fetch(`${s.url}/api/v1/webhooks/email/${s.portfolioId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'kairos-signature': timestampedSignature(s.emailSecret, report, Math.floor(Date.now() / 1000)) },
      body: report,
    });
    expect(await res.json()).toMatchObject({ received: true, status: 'delivered' });
    expect(await unknownOf('OU-2')).toEqual([]);
  });
});
