import { asc } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { accountFilterCondition, type AccountFilter } from './account-filter';
import { upsertAccount } from './accounts';
import { updateAccountCompliance } from './accounts';
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
});
