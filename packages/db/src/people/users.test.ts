import { expect, it } from 'vitest';
import { listAudit } from '../audit/audit';
import { describeEachDatabase } from '../testing';
import { countUsers, createUser, getUser, listUsers, setUserRole, userNames } from './users';

describeEachDatabase('users and roles', (db) => {
  const system = { id: 'system' };
  const make = (email: string, role: 'admin' | 'agent' | 'strategist') => createUser(db(), { name: email, email, role, passwordHash: 'hash', createdBy: system });

  it('creates users once per email (case-insensitive), each audited', async () => {
    const created = await make('Ada@Example.com', 'admin');
    expect(created).toMatchObject({ ok: true, user: { email: 'ada@example.com', role: 'admin' } });
    expect(await make('ada@example.com', 'agent')).toEqual({ ok: false, reason: 'email-taken' });
    expect(await countUsers(db())).toBe(1);
    const log = await listAudit(db(), { action: 'user_created', limit: 10 });
    expect(log[0]).toMatchObject({ actorId: 'system', subjectUserId: created.ok ? created.user.id : '', detail: { role: 'admin' } });
  });

  it('changes a role with an audit entry naming from and to', async () => {
    const sam = await make('sam@example.com', 'agent');
    if (!sam.ok) throw new Error('not created');
    const changed = await setUserRole(db(), { userId: sam.user.id, role: 'strategist', actor: { id: 'ada', role: 'admin' } });
    expect(changed).toMatchObject({ ok: true, changed: true, user: { role: 'strategist' } });
    expect((await getUser(db(), sam.user.id))?.role).toBe('strategist');
    const [entry] = await listAudit(db(), { action: 'role_change', limit: 1 });
    expect(entry).toMatchObject({ actorId: 'ada', subjectUserId: sam.user.id, detail: { from: 'agent', to: 'strategist' } });
    expect(await setUserRole(db(), { userId: sam.user.id, role: 'strategist', actor: system })).toMatchObject({ ok: true, changed: false });
  });

  it('keeps the last admin an admin', async () => {
    const admins = (await listUsers(db())).filter((u) => u.role === 'admin');
    expect(admins).toHaveLength(1);
    expect(await setUserRole(db(), { userId: admins[0]!.id, role: 'agent', actor: system })).toEqual({ ok: false, reason: 'last-admin' });
    expect(await setUserRole(db(), { userId: 'nobody', role: 'agent', actor: system })).toEqual({ ok: false, reason: 'not-found' });
  });

  it('names the people behind ids, leaving out ids that name nobody', async () => {
    const lee = await make('lee@example.com', 'strategist');
    if (!lee.ok) throw new Error('not created');
    const names = await userNames(db(), [lee.user.id, 'system', lee.user.id]);
    expect([...names]).toEqual([[lee.user.id, 'lee@example.com']]);
    expect(await userNames(db(), [])).toEqual(new Map());
  });
});
