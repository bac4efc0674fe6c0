import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { listAudit } from '../audit/audit';
import { changePassword, deactivateUser, mayUserSignIn, passwordHashOf, reactivateUser, signOutEverywhere } from './people-access';
import { authSessions } from '../schema';
import { describeEachDatabase } from '../testing';
import { createUser, listUsers, setUserRole } from './users';

describeEachDatabase('who may sign in', (db) => {
  const ada = { id: 'ada-admin', email: 'ada@example.com', role: 'admin' };
  async function person(role: 'admin' | 'agent' | 'compliance_officer' = 'agent') {
    const email = `${role}-${randomUUID()}@example.com`;
    const made = await createUser(db(), { name: email, email, role, passwordHash: 'old-hash', createdBy: ada });
    if (!made.ok) throw new Error('not created');
    return made.user;
  }
  /** A session as better-auth stores it (what a cookie or bearer token names). */
  async function sessionFor(userId: string): Promise<string> {
    const id = randomUUID();
    await db().insert(authSessions).values({ id, token: randomUUID(), userId, expiresAt: new Date(Date.now() + 86_400_000) });
    return id;
  }
  const sessionsOf = async (userId: string) => (await db().select({ id: authSessions.id }).from(authSessions).where(eq(authSessions.userId, userId))).map((s) => s.id);

  it('deactivates a person and deletes every session of theirs in the same change, audited', async () => {
    const rosa = await person();
    await sessionFor(rosa.id);
    await sessionFor(rosa.id);
    const result = await deactivateUser(db(), { userId: rosa.id, actor: ada });
    expect(result).toMatchObject({ ok: true, changed: true, sessionsRevoked: 2 });
    expect(await sessionsOf(rosa.id)).toEqual([]);
    expect(await mayUserSignIn(db(), rosa.id)).toBe(false);
    expect((await listUsers(db())).find((u) => u.id === rosa.id)).toMatchObject({ active: false, deactivatedAt: expect.any(Date) });
    const [entry] = await listAudit(db(), { action: 'user_deactivated', limit: 1 });
    expect(entry).toMatchObject({ actorId: ada.id, subjectUserId: rosa.id, detail: { email: rosa.email, sessionsRevoked: 2 } });
    expect(await deactivateUser(db(), { userId: rosa.id, actor: ada })).toMatchObject({ ok: true, changed: false });

    expect(await reactivateUser(db(), { userId: rosa.id, actor: ada })).toMatchObject({ ok: true, changed: true });
    expect(await mayUserSignIn(db(), rosa.id)).toBe(true);
    expect((await listAudit(db(), { action: 'user_reactivated', limit: 1 }))[0]).toMatchObject({ subjectUserId: rosa.id });
  });

  it('refuses to deactivate yourself, the last active admin, or nobody', async () => {
    const admin = await person('admin');
    expect(await deactivateUser(db(), { userId: admin.id, actor: { id: admin.id } })).toEqual({ ok: false, reason: 'self' });
    expect(await deactivateUser(db(), { userId: 'nobody', actor: ada })).toEqual({ ok: false, reason: 'not-found' });
    const second = await person('admin');
    expect(await deactivateUser(db(), { userId: second.id, actor: ada })).toMatchObject({ ok: true });
    // `second` is deactivated: `admin` is the last one who may sign in, both to deactivate and to demote.
    expect(await deactivateUser(db(), { userId: admin.id, actor: ada })).toEqual({ ok: false, reason: 'last-admin' });
    expect(await setUserRole(db(), { userId: admin.id, role: 'agent', actor: ada })).toEqual({ ok: false, reason: 'last-admin' });
    // A deactivated admin may be demoted: they manage nothing now.
    expect(await setUserRole(db(), { userId: second.id, role: 'agent', actor: ada })).toMatchObject({ ok: true, changed: true });
  });

  it('signs a person out everywhere, audited with how many sessions ended', async () => {
    const rosa = await person();
    await sessionFor(rosa.id);
    expect(await signOutEverywhere(db(), { userId: rosa.id, actor: ada })).toMatchObject({ ok: true, sessionsRevoked: 1 });
    expect(await sessionsOf(rosa.id)).toEqual([]);
    expect(await mayUserSignIn(db(), rosa.id)).toBe(true);
    expect((await listAudit(db(), { action: 'sessions_revoked', limit: 1 }))[0]).toMatchObject({ subjectUserId: rosa.id, detail: { sessionsRevoked: 1 } });
    expect(await signOutEverywhere(db(), { userId: 'nobody', actor: ada })).toEqual({ ok: false, reason: 'not-found' });
  });

  it('changes a password and ends the other sessions, keeping the one that asked', async () => {
    const rosa = await person();
    const here = await sessionFor(rosa.id);
    await sessionFor(rosa.id);
    expect(await passwordHashOf(db(), rosa.id)).toBe('old-hash');
    expect(await changePassword(db(), { userId: rosa.id, passwordHash: 'new-hash', keepSessionId: here, actor: rosa })).toEqual({ sessionsRevoked: 1 });
    expect(await passwordHashOf(db(), rosa.id)).toBe('new-hash');
    expect(await sessionsOf(rosa.id)).toEqual([here]);
    expect((await listAudit(db(), { action: 'password_changed', limit: 1 }))[0]).toMatchObject({ actorId: rosa.id, subjectUserId: rosa.id, detail: { sessionsRevoked: 1 } });
  });
});
