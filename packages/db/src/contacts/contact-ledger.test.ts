import { expect, it } from 'vitest';
import { getAccount, updateAccountCompliance, upsertAccount } from '../accounts/accounts';
import { storeAccountEvent } from '../accounts/account-events';
import { decideAndBeginContact, listContactDecisions, recordExternalContact, type LedgerDecision, type LedgerEntry } from './contact-ledger';
import { listContactAttempts, markContactDispatched, markContactOutcomeUnknown } from './contacts';
import { complianceProfilesInUse, upsertPortfolio } from '../portfolios/portfolios';
import { account } from '../fixtures.test-support';
import { describeEachDatabase } from '../testing';

/** A cap of `max` texts per day, decided on the history handed in: the pure part the worker supplies. */
const capOf = (max: number) => (ctx: { history: LedgerEntry[]; at?: Date }): LedgerDecision => {
  const texts = ctx.history.filter((h) => h.channel === 'sms').length;
  return texts < max
    ? { decision: 'allow', rule: 'kairos.allowed', reasons: [`${texts} texts so far`], profile: 'test' }
    : { decision: 'defer', rule: 'test.cap', until: '2030-01-01T00:00:00Z', reasons: [`${texts} texts already`], profile: 'test' };
};

describeEachDatabase('the contact ledger', (db) => {
  const attempt = (key: string, decide: (ctx: { history: LedgerEntry[]; at: Date }) => LedgerDecision, accountId = 'L-1') =>
    decideAndBeginContact(db(), {
      idempotencyKey: key,
      enrollmentId: null,
      accountId,
      stepId: 'sms',
      channel: 'sms',
      provider: 'sandbox',
      recipient: '+15555550123',
      body: 'hi',
      at: () => new Date(),
      historyDays: 14,
      decide,
    });

  it('lets only as many of many simultaneous attempts through as the cap allows: each sees the others', async () => {
    await upsertAccount(db(), account('L-1'));
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => attempt(`race-${i}`, capOf(2))));
    expect(results.filter((r) => r.kind === 'allow')).toHaveLength(2);
    expect(results.filter((r) => r.kind === 'defer')).toHaveLength(6);
    expect(await listContactAttempts(db(), { accountId: 'L-1', limit: 20 })).toHaveLength(2);
    expect(await listContactDecisions(db(), { accountId: 'L-1' })).toHaveLength(8);
  });

  it('hands a retried attempt its earlier row without deciding again', async () => {
    await upsertAccount(db(), account('L-2'));
    const first = await attempt('once', capOf(5), 'L-2');
    const retry = await attempt('once', () => {
      throw new Error('must not decide again');
    }, 'L-2');
    expect(first.kind).toBe('allow');
    expect(retry).toMatchObject({ kind: 'existing', attempt: { id: first.kind === 'allow' ? first.attempt.id : '' } });
  });

  it('records a block as a blocked attempt that later decisions do not count', async () => {
    await upsertAccount(db(), account('L-3'));
    const blocked = await attempt('b1', () => ({ decision: 'block', rule: 'reg-f.1006.6(c)(1)', reasons: ['ceased'], profile: 'us-reg-f' }), 'L-3');
    expect(blocked).toMatchObject({ kind: 'block', attempt: { status: 'blocked', error: 'reg-f.1006.6(c)(1): ceased' } });
    let seen: LedgerEntry[] = [];
    await attempt('b2', (ctx) => ((seen = ctx.history), capOf(5)(ctx)), 'L-3');
    expect(seen).toEqual([]);
  });

  it('counts contacts an agent logged, with their call outcome', async () => {
    await upsertAccount(db(), account('L-4'));
    const at = new Date(Date.now() - 3_600_000);
    await recordExternalContact(db(), { idempotencyKey: 'agent-1', accountId: 'L-4', channel: 'voice', outcome: 'conversation', at, provider: 'agent' });
    const again = await recordExternalContact(db(), { idempotencyKey: 'agent-1', accountId: 'L-4', channel: 'voice', outcome: 'busy', at, provider: 'agent' });
    expect(again.existing).toBe(true);
    let seen: LedgerEntry[] = [];
    await attempt('after-call', (ctx) => ((seen = ctx.history), capOf(5)(ctx)), 'L-4');
    expect(seen).toEqual([{ at, channel: 'voice', outcome: 'conversation' }]);
  });

  it('decides after every attempt already recorded, even one whose writer clock runs ahead', async () => {
    await upsertAccount(db(), account('L-5'));
    const ahead = new Date(Date.now() + 60_000);
    await recordExternalContact(db(), { idempotencyKey: 'ahead-1', accountId: 'L-5', channel: 'sms', outcome: 'delivered', at: ahead, provider: 'agent' });
    let decidedAt: Date | undefined;
    await attempt('after-ahead', (ctx) => ((decidedAt = ctx.at), capOf(5)(ctx)), 'L-5');
    expect(decidedAt?.getTime()).toBe(ahead.getTime());
  });

  it('counts an attempt still pending and one whose outcome is unknown as contacts that reached the holder', async () => {
    await upsertAccount(db(), account('L-6'));
    await attempt('in-flight', capOf(5), 'L-6');
    const crashed = await attempt('crashed', capOf(5), 'L-6');
    if (crashed.kind !== 'allow') throw new Error('expected the attempt to be allowed');
    await markContactDispatched(db(), crashed.attempt.id);
    await markContactOutcomeUnknown(db(), crashed.attempt.id, 'the worker stopped during the call');
    let seen: LedgerEntry[] = [];
    expect(await attempt('third', (ctx) => ((seen = ctx.history), capOf(2)(ctx)), 'L-6')).toMatchObject({ kind: 'defer' });
    expect(seen.map((h) => h.outcome)).toEqual(['delivered', 'delivered']);
  });

  it('answers no-account for an account that does not exist', async () => {
    expect(await attempt('ghost-1', capOf(1), 'ghost')).toEqual({ kind: 'no-account' });
  });
});

describeEachDatabase('compliance facts of accounts', (db) => {
  it('start from the defaults, change field by field, and survive a sync that does not mention them', async () => {
    const { account: created } = await upsertAccount(db(), account('F-1'));
    expect(created.compliance).toMatchObject({ optOuts: [], ceaseCommunication: false, dispute: { status: 'none' } });
    expect(created.compliance.profile).toBeUndefined();
    const updated = await updateAccountCompliance(db(), 'F-1', { optOuts: ['sms'], inconvenientTimes: [{ days: ['sat'], from: '00:00', to: '24:00' }], callConsentAt: '2026-03-01T14:00:00Z' });
    expect(updated?.compliance).toMatchObject({ optOuts: ['sms'], inconvenientTimes: [{ days: ['sat'], from: '00:00', to: '24:00' }], callConsentAt: '2026-03-01T14:00:00.000Z' });
    await upsertAccount(db(), account('F-1', { balanceCents: 5 }));
    expect((await getAccount(db(), 'F-1'))?.compliance.optOuts).toEqual(['sms']);
    expect(await updateAccountCompliance(db(), 'ghost', { ceaseCommunication: true })).toBeNull();
  });

  it("hand the decision the portfolio's profile, and list every profile portfolios and accounts chose", async () => {
    await upsertPortfolio(db(), { id: 'uk-book', name: 'UK', settings: { channels: {}, complianceProfile: 'uk-fca-example' } });
    await upsertAccount(db(), { ...account('F-2'), portfolioId: 'uk-book' });
    await upsertAccount(db(), account('F-3'));
    await updateAccountCompliance(db(), 'F-3', { profile: 'acme-eu' });
    expect(await complianceProfilesInUse(db())).toEqual(['acme-eu', 'uk-fca-example']);
    const seen: Array<string | undefined> = [];
    for (const id of ['F-2', 'F-3']) {
      await decideAndBeginContact(db(), {
        idempotencyKey: `profile-${id}`, enrollmentId: null, accountId: id, stepId: null, channel: 'sms', provider: 'sandbox', recipient: '+15555550123', body: 'hi',
        at: () => new Date(), historyDays: 14,
        decide: (ctx) => {
          seen.push(ctx.portfolioProfile ?? ctx.account.compliance.profile);
          return { decision: 'allow', rule: 'kairos.allowed', reasons: ['ok'], profile: 'test' };
        },
      });
    }
    expect(seen).toEqual(['uk-fca-example', 'acme-eu']);
    const cleared = await updateAccountCompliance(db(), 'F-3', { profile: null });
    expect(cleared?.compliance.profile).toBeUndefined();
    expect(await complianceProfilesInUse(db())).toEqual(['uk-fca-example']);
  });

  it('open a dispute on the account when a dispute event is stored', async () => {
    await upsertAccount(db(), account('F-2'));
    await storeAccountEvent(db(), { source: 'api', accountId: 'F-2', event: { type: 'dispute', eventId: 'd-F2', occurredAt: '2026-11-24T12:00:00Z' } });
    expect((await getAccount(db(), 'F-2'))?.compliance.dispute).toEqual({ status: 'open', openedAt: '2026-11-24T12:00:00.000Z' });
    await storeAccountEvent(db(), { source: 'api', accountId: 'F-2', event: { type: 'dispute_resolved', eventId: 'r-F2', occurredAt: '2026-12-01T12:00:00Z', resolution: 'verified' } });
    expect((await getAccount(db(), 'F-2'))?.compliance.dispute.status).toBe('verified');
  });
});
