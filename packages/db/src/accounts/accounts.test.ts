import { expect, it } from 'vitest';
import { getAccount, listAccounts, upsertAccount } from './accounts';
import { account } from '../fixtures.test-support';
import { describeEachDatabase } from '../testing';

describeEachDatabase('accounts', (db) => {
  it('creates an account, then updates it in place', async () => {
    expect((await upsertAccount(db(), account('A-1'))).created).toBe(true);
    const second = await upsertAccount(db(), account('A-1', { balanceCents: 5_000, email: undefined }));
    expect(second.created).toBe(false);
    expect(second.account).toEqual(await getAccount(db(), 'A-1'));
    const stored = await getAccount(db(), 'A-1');
    expect(stored).toMatchObject({ id: 'A-1', balanceCents: 5_000, dueDate: '2026-11-01', attributes: { tier: 'early' } });
    expect(stored).not.toHaveProperty('email');
  });

  it('returns null for an unknown account and pages through the rest by id', async () => {
    expect(await getAccount(db(), 'nobody')).toBeNull();
    await upsertAccount(db(), account('A-2'));
    await upsertAccount(db(), account('A-3'));
    const page = await listAccounts(db(), { limit: 2, offset: 1 });
    expect(page.map((a) => a.id)).toEqual(['A-2', 'A-3']);
  });
});
