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

  it('stores the profile: address, consumer, every phone and email, flags; care flags keep who set them', async () => {
    const profile = {
      consumerId: 'C-9',
      address: { line1: '1 Main St', city: 'Austin', state: 'TX', postalCode: '78701', country: 'US' },
      spouse: { name: 'Sam Smith' },
      phones: [{ number: '+15555550199', type: 'work' as const, consents: { voice: true } }],
      emails: [],
      doNotContactAtWork: true,
      esignConsentAt: '2026-01-02T03:04:05.000Z',
      debtFlags: { timeBarred: true, medical: false },
      careFlags: [{ kind: 'hardship' as const, note: 'lost job' }],
    };
    const { account: stored } = await upsertAccount(db(), { ...account('A-7'), ...profile }, { writer: 'user:u1' });
    const { phones: _phones, emails: _emails, ...facts } = profile;
    expect(stored).toMatchObject({ ...facts, careFlags: [{ kind: 'hardship', note: 'lost job', setBy: 'user:u1' }] });
    // The primary phone leads the list; a re-sync with the same flag keeps its first stamp.
    expect(stored.phones.map((p) => p.number)).toEqual([account('A-7').phone, '+15555550199']);
    const again = await upsertAccount(db(), { ...account('A-7'), ...profile }, { writer: 'import:b2' });
    expect(again.account.careFlags).toEqual(stored.careFlags);
    expect(await getAccount(db(), 'A-7')).toEqual(again.account);
  });
});
