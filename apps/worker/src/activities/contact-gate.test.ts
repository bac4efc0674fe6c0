// The compliance gate inside the send activity: decided against the contact ledger in the
// database, recorded with the attempt, on PGlite and on a real PostgreSQL server.
import { beforeAll, expect, it } from 'vitest';
import { DEMO_COLLECTOR_IDENTITY, type ActivityInput } from '@kairos/cadence';
import { complianceProfiles, createProfileRegistry, defineComplianceProfile } from '@kairos/compliance';
import {
  createCadence,
  createEnrollment,
  listContactAttempts,
  listContactDecisions,
  listOutbox,
  publishVersion,
  storeAccountEvent,
  updateAccountCompliance,
  upsertAccount,
  upsertPortfolio,
} from '@kairos/db';
import { describeEachDatabase, withDemoCollector } from '@kairos/db/testing';
import { zoneWhereItIs } from '@kairos/testkit';
import { compileOrThrow, exampleGraph, testAccount } from '../testing/cadence-fixture';
import { createActivities } from './index';

/** One text per account per week, whichever cadence sends it: the cap two cadences must share. */
const oneTextAWeek = defineComplianceProfile({
  id: 'one-text-a-week',
  title: 'test: one text a week',
  hours: { 'sun-sat': '00:00-24:00' },
  caps: [{ channel: 'sms', max: 1, windowDays: 7 }],
});
const profiles = createProfileRegistry([...complianceProfiles.values(), oneTextAWeek]);

describeEachDatabase('the compliance gate of a send', (db) => {
  // Sends for a portfolio without its collector's identity are refused.
  beforeAll(async () => {
    await withDemoCollector(db());
  });
  let n = 0;
  async function enrollment(accountId: string, cadenceName = 'c') {
    const graph = exampleGraph();
    const cadence = await createCadence(db(), { name: cadenceName, graph });
    const { version } = await publishVersion(db(), { cadenceId: cadence.id, graph, ir: compileOrThrow(graph), publishedBy: 't' });
    const { enrollment } = await createEnrollment(db(), { accountId, cadenceId: cadence.id, cadenceVersionId: version.id, workflowIdFor: (id) => id });
    return enrollment.id;
  }
  const sms = { channel: 'sms', body: 'Hi {{ account.firstName }}. {{ collector.disclosure }} Reply STOP to opt out.' };
  const input = (enrollmentId: string, accountId: string): ActivityInput => ({
    idempotencyKey: `${enrollmentId}:sms-1:${++n}`,
    enrollmentId,
    accountId,
    stepId: 'sms-1',
    attempt: 1,
    params: sms,
  });
  const send = (i: ActivityInput) => createActivities({ db: db(), profiles }).sendMessage!(i);

  it('defers a text at 03:00 local time to 08:00, recording the decision and no attempt', async () => {
    await upsertAccount(db(), testAccount('G-1', { timezone: zoneWhereItIs(3) }));
    const job = input(await enrollment('G-1'), 'G-1');
    const result = await send(job);
    expect(result).toMatchObject({ retryAt: expect.any(String), reason: expect.stringMatching(/^reg-f\.1006\.6\(b\)\(1\)\(i\)/) });
    const until = Date.parse((result as { retryAt: string }).retryAt);
    expect(until - Date.now()).toBeGreaterThan(4 * 3_600_000);
    expect(until - Date.now()).toBeLessThan(5 * 3_600_000 + 60_000);
    expect(await listContactAttempts(db(), { accountId: 'G-1', limit: 10 })).toEqual([]);
    expect(await listContactDecisions(db(), { idempotencyKey: job.idempotencyKey })).toEqual([
      expect.objectContaining({ decision: 'defer', rule: 'reg-f.1006.6(b)(1)(i)', profile: 'us-reg-f' }),
    ]);
  });

  it('blocks a text to an account that opted out of texts, and the step records the rule', async () => {
    await upsertAccount(db(), testAccount('G-2'));
    await updateAccountCompliance(db(), 'G-2', { optOuts: ['sms'] });
    const result = await send(input(await enrollment('G-2'), 'G-2'));
    expect(result).toMatchObject({ outcome: 'next', detail: { blocked: { rule: 'reg-f.1006.6(e)' } } });
    expect(await listOutbox(db(), { accountId: 'G-2', limit: 10 })).toEqual([]);
    expect((await listContactAttempts(db(), { accountId: 'G-2', limit: 10 })).map((a) => a.status)).toEqual(['blocked']);
  });

  it('falls back to email when the account opted out of texts, and retrying sends nothing twice', async () => {
    await upsertAccount(db(), testAccount('G-2B'));
    await updateAccountCompliance(db(), 'G-2B', { optOuts: ['sms'] });
    const job = { ...input(await enrollment('G-2B'), 'G-2B'), params: { ...sms, fallback: [{ channel: 'email', subject: 'Your balance', body: 'Dear {{ account.name }}. {{ collector.disclosure }} Reply UNSUBSCRIBE to opt out.' }] } };
    const first = await send(job);
    const retry = await send(job);
    expect(first).toMatchObject({ outcome: 'next', detail: { channel: 'email', fellBackFrom: [{ channel: 'sms', blocked: { rule: 'reg-f.1006.6(e)' } }] } });
    expect(retry).toMatchObject({ outcome: 'next', detail: { channel: 'email', replayed: true } });
    expect((await listOutbox(db(), { accountId: 'G-2B', limit: 10 })).map((m) => m.channel)).toEqual(['email']);
    expect((await listContactAttempts(db(), { accountId: 'G-2B', limit: 10 })).map((a) => [a.channel, a.status]).sort()).toEqual([['email', 'sent'], ['sms', 'blocked']]);
  });

  it('blocks after a cease-communication request, an open dispute, or without texting consent', async () => {
    await upsertAccount(db(), testAccount('G-3'));
    await updateAccountCompliance(db(), 'G-3', { ceaseCommunication: true });
    expect(await send(input(await enrollment('G-3'), 'G-3'))).toMatchObject({ detail: { blocked: { rule: 'reg-f.1006.6(c)(1)' } } });

    await upsertAccount(db(), testAccount('G-4'));
    await storeAccountEvent(db(), { source: 'api', accountId: 'G-4', event: { type: 'dispute', eventId: 'd-G4', occurredAt: new Date().toISOString() } });
    expect(await send(input(await enrollment('G-4'), 'G-4'))).toMatchObject({ detail: { blocked: { rule: 'reg-f.1006.38(d)(2)' } } });

    await upsertAccount(db(), testAccount('G-5', { consents: { email: true } }));
    expect(await send(input(await enrollment('G-5'), 'G-5'))).toMatchObject({ detail: { blocked: { rule: 'tcpa.47-usc-227(b)(1)(A)(iii)' } } });
  });

  it('never lets two cadences racing on one account exceed its cap together', async () => {
    const accounts = ['R-1', 'R-2', 'R-3', 'R-4', 'R-5'];
    const jobs: ActivityInput[] = [];
    for (const id of accounts) {
      await upsertAccount(db(), testAccount(id, { compliance: { ...testFacts(), profile: 'one-text-a-week' } }));
      jobs.push(input(await enrollment(id, `first ${id}`), id), input(await enrollment(id, `second ${id}`), id));
    }
    const results = await Promise.all(jobs.map(send));
    for (const id of accounts) {
      const sent = (await listOutbox(db(), { accountId: id, limit: 10 })).length;
      expect(sent, `texts to ${id}`).toBe(1);
    }
    expect(results.filter((r) => 'retryAt' in (r as object))).toHaveLength(accounts.length);
    const deferred = results.find((r) => 'retryAt' in (r as object)) as { reason: string };
    expect(deferred.reason).toMatch(/^one-text-a-week\.cap\.sms/);
  });

  it("decides under the portfolio's profile, and an account's own profile overrides it", async () => {
    await upsertPortfolio(db(), { id: 'weekly-texts', name: 'weekly texts', settings: { channels: {}, complianceProfile: 'one-text-a-week', collector: DEMO_COLLECTOR_IDENTITY } });
    await upsertAccount(db(), { ...testAccount('P-1'), portfolioId: 'weekly-texts' });
    await upsertAccount(db(), { ...testAccount('P-2', { compliance: { ...testFacts(), profile: 'us-reg-f' } }), portfolioId: 'weekly-texts' });
    for (const id of ['P-1', 'P-2']) {
      await send(input(await enrollment(id, `first ${id}`), id));
      await send(input(await enrollment(id, `second ${id}`), id));
    }
    // P-1 follows its portfolio (one text a week): the second text waits. P-2 names us-reg-f itself: both go.
    expect(await listOutbox(db(), { accountId: 'P-1', limit: 10 })).toHaveLength(1);
    expect(await listOutbox(db(), { accountId: 'P-2', limit: 10 })).toHaveLength(2);
    const decisions = await listContactDecisions(db(), { accountId: 'P-1' });
    expect(decisions.map((d) => [d.profile, d.decision])).toEqual([['one-text-a-week', 'allow'], ['one-text-a-week', 'defer']]);
    expect((await listContactDecisions(db(), { accountId: 'P-2' })).map((d) => d.profile)).toEqual(['us-reg-f', 'us-reg-f']);
  });

  it('decides a retried attempt once: the retry finds the attempt and does not send again', async () => {
    await upsertAccount(db(), testAccount('G-6'));
    const job = input(await enrollment('G-6'), 'G-6');
    await send(job);
    expect(await send(job)).toMatchObject({ detail: { replayed: true } });
    expect(await listContactDecisions(db(), { idempotencyKey: job.idempotencyKey })).toHaveLength(1);
    expect(await listOutbox(db(), { accountId: 'G-6', limit: 10 })).toHaveLength(1);
  });
});

function testFacts() {
  return { profile: 'us-reg-f', timezones: [], phoneType: 'unknown' as const, optOuts: [], ceaseCommunication: false, dispute: { status: 'none' as const }, inconvenientTimes: [] };
}
