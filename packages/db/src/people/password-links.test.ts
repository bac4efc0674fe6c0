import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { listAudit } from '../audit/audit';
import { findPasswordLink, issueInvitation, issuePasswordReset, listOpenInvitations, revokeInvitation, usePasswordLink } from './password-links';
import { deactivateUser, passwordHashOf } from './people-access';
import { authSessions } from '../schema';
import { describeEachDatabase } from '../testing';
import { accountOrigins, createUser, listUsers } from './users';

const HOUR = 3_600_000;

describeEachDatabase('invitations and password-reset links', (db) => {
  const ada = { id: 'ada-admin', email: 'ada@example.com', role: 'admin' };
  const t0 = new Date('2026-11-02T09:00:00Z');
  const later = (hours: number) => new Date(t0.getTime() + hours * HOUR);
  const invite = (email: string, tokenHash: string = randomUUID()) =>
    issueInvitation(db(), { email, name: 'Nia New', role: 'compliance_officer', tokenHash, now: t0, expiresAt: later(24), actor: ada });

  it('makes the account when the invitation is used, once, as created by the inviter; each step audited', async () => {
    const issued = await invite('Nia@Example.com', 'hash-nia');
    expect(issued).toMatchObject({ ok: true, link: { kind: 'invitation', email: 'nia@example.com', role: 'compliance_officer', createdBy: ada.id } });
    expect(await findPasswordLink(db(), 'hash-nia', later(1))).toMatchObject({ status: 'open' });
    expect((await listOpenInvitations(db(), later(1))).map((i) => i.email)).toContain('nia@example.com');

    const used = await usePasswordLink(db(), { tokenHash: 'hash-nia', passwordHash: 'nia-hash', now: later(2) });
    expect(used).toMatchObject({ ok: true, kind: 'invitation', user: { email: 'nia@example.com', name: 'Nia New', role: 'compliance_officer' } });
    if (!used.ok) throw new Error('not used');
    expect(await passwordHashOf(db(), used.user.id)).toBe('nia-hash');
    expect((await accountOrigins(db(), [used.user.id])).get(used.user.id)).toEqual([{ how: 'invited', byId: ada.id, byName: null }]);
    expect(await usePasswordLink(db(), { tokenHash: 'hash-nia', passwordHash: 'again', now: later(3) })).toEqual({ ok: false, reason: 'used' });
    expect(await findPasswordLink(db(), 'hash-nia', later(3))).toMatchObject({ status: 'used', link: { userId: used.user.id } });
    expect((await listOpenInvitations(db(), later(3))).map((i) => i.email)).not.toContain('nia@example.com');

    const [invited] = await listAudit(db(), { action: 'user_invited', limit: 1 });
    expect(invited).toMatchObject({ actorId: ada.id, detail: { email: 'nia@example.com', role: 'compliance_officer', expiresAt: later(24).toISOString() } });
    const [accepted] = await listAudit(db(), { action: 'invitation_accepted', limit: 1 });
    expect(accepted).toMatchObject({ actorId: used.user.id, subjectUserId: used.user.id, detail: { invitedBy: ada.id, role: 'compliance_officer' } });
  });

  it('refuses an expired invitation and records its expiry once', async () => {
    await invite('late@example.com', 'hash-late');
    expect(await usePasswordLink(db(), { tokenHash: 'hash-late', passwordHash: 'x', now: later(24) })).toEqual({ ok: false, reason: 'expired' });
    expect(await findPasswordLink(db(), 'hash-late', later(25))).toMatchObject({ status: 'expired' });
    const expired = (await listAudit(db(), { action: 'invitation_expired', limit: 50 })).filter((e) => e.detail.email === 'late@example.com');
    expect(expired).toHaveLength(1);
    expect((await listUsers(db())).map((u) => u.email)).not.toContain('late@example.com');
  });

  it('closes expired invitations when the open ones are listed, audited', async () => {
    await invite('unread@example.com');
    expect((await listOpenInvitations(db(), later(30))).map((i) => i.email)).not.toContain('unread@example.com');
    expect((await listAudit(db(), { action: 'invitation_expired', limit: 50 })).map((e) => e.detail.email)).toContain('unread@example.com');
  });

  it('lets a revoked or replaced invitation do nothing, and refuses to invite an email that has an account', async () => {
    const first = await invite('twice@example.com', 'hash-first');
    const second = await invite('twice@example.com', 'hash-second');
    expect(await findPasswordLink(db(), 'hash-first', later(1))).toMatchObject({ status: 'replaced' });
    if (!first.ok || !second.ok) throw new Error('not issued');
    expect((await listAudit(db(), { action: 'user_invited', limit: 1 }))[0]!.detail).toMatchObject({ replaced: first.link.id });
    expect(await revokeInvitation(db(), { id: second.link.id, now: later(1), actor: ada })).toMatchObject({ ok: true });
    expect(await revokeInvitation(db(), { id: second.link.id, now: later(1), actor: ada })).toEqual({ ok: false, reason: 'revoked' });
    expect(await usePasswordLink(db(), { tokenHash: 'hash-second', passwordHash: 'x', now: later(2) })).toEqual({ ok: false, reason: 'revoked' });
    expect((await listAudit(db(), { action: 'invitation_revoked', limit: 1 }))[0]).toMatchObject({ actorId: ada.id, detail: { email: 'twice@example.com' } });
    expect(await revokeInvitation(db(), { id: 'not-a-uuid', now: later(1), actor: ada })).toEqual({ ok: false, reason: 'not-found' });

    await createUser(db(), { name: 'Taken', email: 'taken@example.com', role: 'agent', passwordHash: 'h', createdBy: ada });
    expect(await invite('TAKEN@example.com')).toEqual({ ok: false, reason: 'email-taken' });
    expect(await findPasswordLink(db(), 'no-such-hash', t0)).toBeNull();
  });

  it('resets a password through a link: every session ends, and who sent the link is recorded', async () => {
    const made = await createUser(db(), { name: 'Olga', email: 'olga@example.com', role: 'compliance_officer', passwordHash: 'old', createdBy: { id: 'seed' } });
    if (!made.ok) throw new Error('not created');
    await db().insert(authSessions).values({ id: randomUUID(), token: randomUUID(), userId: made.user.id, expiresAt: later(100) });
    const issued = await issuePasswordReset(db(), { userId: made.user.id, tokenHash: 'hash-reset', now: t0, expiresAt: later(24), actor: ada });
    expect(issued).toMatchObject({ ok: true, link: { kind: 'password_reset', email: 'olga@example.com' } });
    expect(await usePasswordLink(db(), { tokenHash: 'hash-reset', passwordHash: 'new', now: later(1) })).toMatchObject({ ok: true, kind: 'password_reset', user: { id: made.user.id } });
    expect(await passwordHashOf(db(), made.user.id)).toBe('new');
    expect(await db().select().from(authSessions).where(eq(authSessions.userId, made.user.id))).toEqual([]);
    expect((await accountOrigins(db(), [made.user.id])).get(made.user.id)).toEqual([
      { how: 'created', byId: 'seed', byName: null },
      { how: 'password_reset', byId: ada.id, byName: null },
    ]);
    expect((await listAudit(db(), { action: 'password_reset', limit: 1 }))[0]).toMatchObject({ subjectUserId: made.user.id, detail: { resetBy: ada.id, sessionsRevoked: 1 } });
    expect((await listAudit(db(), { action: 'password_reset_issued', limit: 1 }))[0]).toMatchObject({ actorId: ada.id, subjectUserId: made.user.id });
    expect(await issuePasswordReset(db(), { userId: 'nobody', tokenHash: 'h2', now: t0, expiresAt: later(24), actor: ada })).toEqual({ ok: false, reason: 'not-found' });
  });

  it('closes the reset link of a person who is deactivated, and issues none for them', async () => {
    const made = await createUser(db(), { name: 'Gone', email: 'gone@example.com', role: 'agent', passwordHash: 'old', createdBy: ada });
    if (!made.ok) throw new Error('not created');
    await issuePasswordReset(db(), { userId: made.user.id, tokenHash: 'hash-gone', now: t0, expiresAt: later(24), actor: ada });
    await deactivateUser(db(), { userId: made.user.id, actor: ada });
    expect(await usePasswordLink(db(), { tokenHash: 'hash-gone', passwordHash: 'new', now: later(1) })).toEqual({ ok: false, reason: 'revoked' });
    expect(await passwordHashOf(db(), made.user.id)).toBe('old');
    expect(await issuePasswordReset(db(), { userId: made.user.id, tokenHash: 'hash-gone-2', now: t0, expiresAt: later(24), actor: ada })).toEqual({ ok: false, reason: 'deactivated' });
  });
});
