import { beforeAll, expect, it } from 'vitest';
import { getAccount, listAccounts, upsertAccount } from './accounts';
import { exactLookup, type PortfolioScope } from './account-scope';
import { createAgentTask } from '../enrollments/agent-tasks';
import { createUser } from '../people/users';
import { membershipsOf, portfolioScopeOf, setMembership } from '../people/memberships';
import { listAudit } from '../audit/audit';
import { account } from '../fixtures.test-support';
import { describeEachDatabase } from '../testing';

describeEachDatabase('whose accounts a read reaches', (db) => {
  const ids = async (scope: PortfolioScope) => (await listAccounts(db(), { limit: 100, offset: 0 }, scope)).map((a) => a.id);
  beforeAll(async () => {
    await upsertAccount(db(), account('CARD-1', { portfolioId: 'cards' }));
    await upsertAccount(db(), account('CARD-2', { portfolioId: 'cards' }));
    await upsertAccount(db(), account('LOAN-1', { portfolioId: 'loans' }));
    await createAgentTask(db(), { idempotencyKey: 'call-card-2', accountId: 'CARD-2', queue: 'collections', priority: 'high', note: 'call', dueAt: new Date('2026-01-01T10:00:00Z') });
    await createAgentTask(db(), { idempotencyKey: 'call-loan-1', accountId: 'LOAN-1', queue: 'collections', priority: 'high', note: 'call', dueAt: new Date('2026-01-01T10:00:00Z') });
  });

  it('lists the accounts of the portfolios in scope, all of them for every portfolio, none for no portfolio', async () => {
    expect(await ids({ portfolios: ['cards'], queuesOnly: false })).toEqual(['CARD-1', 'CARD-2']);
    expect(await ids({ portfolios: 'all', queuesOnly: false })).toEqual(['CARD-1', 'CARD-2', 'LOAN-1']);
    expect(await ids({ portfolios: [], queuesOnly: false })).toEqual([]);
  });

  it('an agent lists the accounts of their queues, and reaches the others of their portfolios only by exact id', async () => {
    const agent: PortfolioScope = { portfolios: ['cards'], queuesOnly: true };
    expect(await ids(agent)).toEqual(['CARD-2']);
    expect(await getAccount(db(), 'CARD-1', agent)).toBeNull();
    expect((await getAccount(db(), 'CARD-1', exactLookup(agent)))?.id).toBe('CARD-1');
    expect(await getAccount(db(), 'LOAN-1', exactLookup(agent))).toBeNull();
  });

  it('keeps memberships per person, audits each change, and gives admins every portfolio by their role', async () => {
    const made = await createUser(db(), { name: 'Sam', email: 'sam.scope@example.com', role: 'strategist', passwordHash: 'x', createdBy: { id: 'test' } });
    const admin = await createUser(db(), { name: 'Ada', email: 'ada.scope@example.com', role: 'admin', passwordHash: 'x', createdBy: { id: 'test' } });
    if (!made.ok || !admin.ok) throw new Error('users not created');
    expect(await portfolioScopeOf(db(), made.user)).toEqual({ portfolios: [], queuesOnly: false });
    expect(await setMembership(db(), { userId: made.user.id, membership: ['loans', 'cards', 'cards'], actor: { id: admin.user.id } })).toEqual({ ok: true, membership: ['cards', 'loans'], changed: true });
    expect(await setMembership(db(), { userId: made.user.id, membership: ['loans', 'cards'], actor: { id: admin.user.id } })).toMatchObject({ changed: false });
    expect(await portfolioScopeOf(db(), made.user)).toEqual({ portfolios: ['cards', 'loans'], queuesOnly: false });
    expect(await setMembership(db(), { userId: admin.user.id, membership: ['cards'], actor: { id: admin.user.id } })).toEqual({ ok: false, reason: 'admin' });
    const memberships = await membershipsOf(db(), [made.user.id, admin.user.id]);
    expect(memberships.get(admin.user.id)).toBe('all');
    const changes = await listAudit(db(), { action: 'membership_change', limit: 10 });
    expect(changes.map((c) => c.detail)).toEqual([{ email: 'sam.scope@example.com', from: [], to: ['cards', 'loans'] }]);
  });
});
