import { expect, it } from 'vitest';
import { storeAccountEvent } from './account-events';
import { listAccountPage, type AccountListQuery } from './account-list';
import { updateAccountCompliance, upsertAccount } from './accounts';
import { EVERY_ACCOUNT } from './account-scope';
import { account } from '../fixtures.test-support';
import { describeEachDatabase } from '../testing';

const query = (over: Partial<AccountListQuery> = {}): AccountListQuery => ({ filter: {}, asOf: '2026-12-07', sort: 'id', order: 'asc', limit: 50, offset: 0, ...over });

describeEachDatabase('the Accounts list', (db) => {
  it('pages and sorts the accounts a filter keeps in scope, with the totals of all of them', async () => {
    await upsertAccount(db(), account('L-1', { name: 'Cruz', balanceCents: 30_000, dueDate: '2026-10-01' }));
    await upsertAccount(db(), account('L-2', { name: 'Abe', balanceCents: 10_000, dueDate: '2026-11-20', currency: 'EUR' }));
    await upsertAccount(db(), account('L-3', { name: 'Bo', balanceCents: 20_000, dueDate: '2026-12-01', portfolioId: 'cards' }));
    await upsertAccount(db(), account('L-4', { name: 'Di', balanceCents: 20_000, dueDate: '2026-12-30' }));
    const ids = (p: { accounts: Array<{ id: string }> }) => p.accounts.map((a) => a.id);

    expect(ids(await listAccountPage(db(), query({ sort: 'name' }), EVERY_ACCOUNT))).toEqual(['L-2', 'L-3', 'L-1', 'L-4']);
    // Equal balances break ties by id in the same direction.
    expect(ids(await listAccountPage(db(), query({ sort: 'balance', order: 'desc' }), EVERY_ACCOUNT))).toEqual(['L-1', 'L-4', 'L-3', 'L-2']);
    expect(ids(await listAccountPage(db(), query({ sort: 'due', limit: 2, offset: 1 }), EVERY_ACCOUNT))).toEqual(['L-2', 'L-3']);

    const overdue = await listAccountPage(db(), query({ filter: { dpdBuckets: ['1-15', '16-30', '60+'] }, limit: 1 }), EVERY_ACCOUNT);
    expect(ids(overdue)).toEqual(['L-1']);
    expect(overdue.totals).toEqual({ count: 3, balances: [{ currency: 'EUR', balanceCents: 10_000 }, { currency: 'USD', balanceCents: 50_000 }] });

    const cards = await listAccountPage(db(), query(), { portfolios: ['cards'], queuesOnly: false });
    expect(ids(cards)).toEqual(['L-3']);
    expect(cards.totals).toEqual({ count: 1, balances: [{ currency: 'USD', balanceCents: 20_000 }] });
    expect(await listAccountPage(db(), query(), { portfolios: [], queuesOnly: false })).toEqual({ accounts: [], totals: { count: 0, balances: [] } });
  });

  it('shows each account the statuses the filter finds it in', async () => {
    await upsertAccount(db(), account('L-5', { balanceCents: 5_000 }));
    await updateAccountCompliance(db(), 'L-5', { optOuts: ['sms'], dispute: { status: 'open' } });
    await storeAccountEvent(db(), { source: 'api', accountId: 'L-5', event: { type: 'promise', eventId: 'p', occurredAt: '2026-12-06T10:00:00.000Z', promisedDate: '2026-12-09', amountCents: 1_000 } });
    await upsertAccount(db(), account('L-6', { balanceCents: 0 }));
    const page = await listAccountPage(db(), query({ filter: { search: 'L-5' } }), EVERY_ACCOUNT);
    expect(page.accounts.map((a) => [a.id, a.statuses])).toEqual([['L-5', ['promise_open', 'dispute', 'opted_out']]]);
    expect((await listAccountPage(db(), query({ filter: { statuses: ['paid'] } }), EVERY_ACCOUNT)).accounts.map((a) => [a.id, a.statuses])).toEqual([['L-6', ['paid']]]);
  });
});
