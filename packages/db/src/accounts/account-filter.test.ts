import { asc } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { accountFilterCondition, type AccountFilter } from './account-filter';
import { upsertAccount } from './accounts';
import { updateAccountCompliance } from './accounts';
import { storeAccountEvent } from './account-events';
import { account } from '../fixtures.test-support';
import { accounts } from '../schema';
import { describeEachDatabase } from '../testing';

const TODAY = '2026-12-07';

describeEachDatabase('the account filter', (db) => {
  const ids = async (filter: AccountFilter) =>
    (await db().select({ id: accounts.id }).from(accounts).where(accountFilterCondition(filter, TODAY)).orderBy(asc(accounts.id))).map((r) => r.id);

  it('keeps accounts by DPD bucket, tier, balance range, portfolio, status and search', async () => {
    await upsertAccount(db(), account('F-1', { name: 'Ana Ortiz', dueDate: '2026-12-10', attributes: { tier: 'early' }, balanceCents: 10_000 }));
    await upsertAccount(db(), account('F-2', { dueDate: '2026-12-01', attributes: { tier: 'early' }, balanceCents: 50_000, name: 'Dana Smith' }));
    await upsertAccount(db(), account('F-3', { name: 'Lee Park', dueDate: '2026-11-07', attributes: { tier: 'late' }, balanceCents: 0, portfolioId: 'loans', phone: '+15125550100' }));
    await upsertAccount(db(), account('F-4', { name: 'Kim Cho', dueDate: '2026-09-01', attributes: { tier: 'late' }, balanceCents: 90_000, email: 'Lee@Example.com' }));
    await updateAccountCompliance(db(), 'F-4', { optOuts: ['sms'] });

    expect(await ids({ dpdBuckets: ['pre_due'] })).toEqual(['F-1']);
    expect(await ids({ dpdBuckets: ['1-15'] })).toEqual(['F-2']);
    expect(await ids({ dpdBuckets: ['16-30', '31-60'] })).toEqual(['F-3']); // due 30 days ago: DPD 30
    expect(await ids({ dpdBuckets: ['60+'] })).toEqual(['F-4']);
    expect(await ids({ tiers: ['late'], balanceMinCents: 1 })).toEqual(['F-4']);
    expect(await ids({ balanceMinCents: 10_000, balanceMaxCents: 50_000 })).toEqual(['F-1', 'F-2']);
    expect(await ids({ portfolioIds: ['loans'] })).toEqual(['F-3']);
    expect(await ids({ statuses: ['paid', 'opted_out'] })).toEqual(['F-3', 'F-4']);
    expect(await ids({ search: 'dana' })).toEqual(['F-2']);
    expect(await ids({ search: '(512) 555-0100' })).toEqual(['F-3']);
    expect(await ids({ search: 'lee@example.com' })).toEqual(['F-4']);
    expect(await ids({ search: 'F-1' })).toEqual(['F-1']);
    // A name search is a prefix, never a pattern: `%` matches only a literal percent sign.
    expect(await ids({ search: '%' })).toEqual([]);
  });

  it('finds open promises and running plans as the stored events leave them', async () => {
    for (const id of ['S-1', 'S-2', 'S-3', 'S-4']) await upsertAccount(db(), account(id, { balanceCents: 10_000 }));
    const store = (accountId: string, event: Parameters<typeof storeAccountEvent>[1]['event']) => storeAccountEvent(db(), { source: 'api', accountId, event });
    const at = '2026-12-01T12:00:00.000Z';
    await store('S-1', { type: 'promise', eventId: 'p1', occurredAt: at, promisedDate: '2026-12-10', amountCents: 4_000 });
    await store('S-2', { type: 'promise', eventId: 'p2', occurredAt: at, promisedDate: '2026-12-10', amountCents: 4_000 });
    await store('S-2', { type: 'payment', eventId: 'pay2', occurredAt: at, amountCents: 4_000 });
    // Due on 12-03: with 3 grace days it is broken by 12-07, though no event said so.
    await store('S-3', { type: 'promise', eventId: 'p3', occurredAt: at, promisedDate: '2026-12-03', amountCents: 4_000 });
    await store('S-4', { type: 'plan_accepted', eventId: 'pa4', occurredAt: at, planId: 'plan-4', installments: 3 });
    expect(await ids({ statuses: ['promise_open'] })).toEqual(['S-1']);
    expect(await ids({ statuses: ['plan'] })).toEqual(['S-4']);

    await store('S-4', { type: 'plan_broken', eventId: 'pb4', occurredAt: at, planId: 'plan-4', installment: 1, dueDate: '2026-12-01' });
    await store('S-1', { type: 'payment', eventId: 'pay1', occurredAt: at, amountCents: 10_000 });
    expect(await ids({ statuses: ['promise_open', 'plan'] })).toEqual([]);
    expect((await ids({ statuses: ['paid'] })).filter((id) => id.startsWith('S-'))).toEqual(['S-1']);
  });

  it('clears a promise and a plan when the system of record says the balance is 0', async () => {
    await upsertAccount(db(), account('S-5', { balanceCents: 10_000 }));
    await storeAccountEvent(db(), { source: 'api', accountId: 'S-5', event: { type: 'promise', eventId: 'p5', occurredAt: '2026-12-06T00:00:00.000Z', promisedDate: '2026-12-20', amountCents: 1_000 } });
    await storeAccountEvent(db(), { source: 'api', accountId: 'S-5', event: { type: 'plan_accepted', eventId: 'pa5', occurredAt: '2026-12-06T00:00:00.000Z', planId: 'plan-5', installments: 2 } });
    expect(await ids({ statuses: ['promise_open'] })).toEqual(['S-5']);
    await upsertAccount(db(), account('S-5', { balanceCents: 0 }));
    expect(await ids({ statuses: ['promise_open', 'plan'] })).toEqual([]);
  });
});
