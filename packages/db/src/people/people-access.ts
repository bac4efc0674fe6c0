// Whether and how a person may sign in: deactivation (every session revoked in the same
// transaction), signing someone out everywhere, and changing a password. Each change is one
// transaction with its audit entry. Sessions are better-auth's rows: deleting them is what makes
// every cookie and bearer token of the person answer 401 on its next request.
import { randomUUID } from 'node:crypto';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { appendAudit, type Actor } from '../audit/audit';
import type { KairosDb } from '../database/connection';
import { authAccounts, authSessions, passwordLinks, users } from '../schema';
import { lockActiveAdmins, type User } from './users';

const publicUser = (u: typeof users.$inferSelect): User => ({ id: u.id, name: u.name, email: u.email, role: u.role });

export type DeactivationResult =
  | { ok: true; user: User; changed: boolean; sessionsRevoked: number }
  | { ok: false; reason: 'not-found' | 'self' | 'last-admin' };

/**
 * Stop a person from signing in: their sessions are deleted with the change (audited as
 * `user_deactivated`) and their open password-reset link closed. Nobody deactivates themselves, and
 * the last active admin stays: someone must be able to manage people.
 */
export async function deactivateUser(db: KairosDb, c: { userId: string; actor: Actor }): Promise<DeactivationResult> {
  if (c.userId === c.actor.id) return { ok: false, reason: 'self' };
  return db.transaction(async (tx) => {
    const activeAdmins = await lockActiveAdmins(tx);
    const [row] = await tx.select().from(users).where(eq(users.id, c.userId)).for('update');
    if (!row) return { ok: false, reason: 'not-found' } as const;
    if (row.deactivatedAt !== null) return { ok: true, user: publicUser(row), changed: false, sessionsRevoked: 0 } as const;
    if (row.role === 'admin' && activeAdmins <= 1) return { ok: false, reason: 'last-admin' } as const;
    await tx.update(users).set({ deactivatedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(users.id, row.id));
    const revoked = await tx.delete(authSessions).where(eq(authSessions.userId, row.id)).returning({ id: authSessions.id });
    await tx
      .update(passwordLinks)
      .set({ closedAt: sql`now()`, closedReason: 'revoked' })
      .where(and(eq(passwordLinks.userId, row.id), isNull(passwordLinks.closedAt)));
    await appendAudit(tx, { actor: c.actor, action: 'user_deactivated', subjectUserId: row.id, detail: { email: row.email, sessionsRevoked: revoked.length } });
    return { ok: true, user: publicUser(row), changed: true, sessionsRevoked: revoked.length } as const;
  });
}

export type ReactivationResult = { ok: true; user: User; changed: boolean } | { ok: false; reason: 'not-found' };

/** Let a deactivated person sign in again with their password (audited as `user_reactivated`). */
export async function reactivateUser(db: KairosDb, c: { userId: string; actor: Actor }): Promise<ReactivationResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(users).where(eq(users.id, c.userId)).for('update');
    if (!row) return { ok: false, reason: 'not-found' } as const;
    if (row.deactivatedAt === null) return { ok: true, user: publicUser(row), changed: false } as const;
    await tx.update(users).set({ deactivatedAt: null, updatedAt: sql`now()` }).where(eq(users.id, row.id));
    await appendAudit(tx, { actor: c.actor, action: 'user_reactivated', subjectUserId: row.id, detail: { email: row.email } });
    return { ok: true, user: publicUser(row), changed: true } as const;
  });
}

/** Whether the person may sign in (exists and is not deactivated). */
export async function mayUserSignIn(db: KairosDb, userId: string): Promise<boolean> {
  const [row] = await db.select({ deactivatedAt: users.deactivatedAt }).from(users).where(eq(users.id, userId));
  return row !== undefined && row.deactivatedAt === null;
}

export type SignOutResult = { ok: true; user: User; sessionsRevoked: number } | { ok: false; reason: 'not-found' };

/** End every session of a person at once, on every device (audited as `sessions_revoked`). */
export async function signOutEverywhere(db: KairosDb, c: { userId: string; actor: Actor }): Promise<SignOutResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(users).where(eq(users.id, c.userId));
    if (!row) return { ok: false, reason: 'not-found' } as const;
    const revoked = await tx.delete(authSessions).where(eq(authSessions.userId, row.id)).returning({ id: authSessions.id });
    await appendAudit(tx, { actor: c.actor, action: 'sessions_revoked', subjectUserId: row.id, detail: { email: row.email, sessionsRevoked: revoked.length } });
    return { ok: true, user: publicUser(row), sessionsRevoked: revoked.length } as const;
  });
}

/** The password hash a person signs in with, to check a "current password" against. */
export async function passwordHashOf(db: KairosDb, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ password: authAccounts.password })
    .from(authAccounts)
    .where(and(eq(authAccounts.userId, userId), eq(authAccounts.providerId, 'credential')));
  return row?.password ?? null;
}

/**
 * Replace a person's password with `passwordHash` and end their other sessions (the one in
 * `keepSessionId` stays signed in), audited as `password_changed`.
 */
export async function changePassword(
  db: KairosDb,
  c: { userId: string; passwordHash: string; keepSessionId: string | null; actor: Actor },
): Promise<{ sessionsRevoked: number }> {
  return db.transaction(async (tx) => {
    await setPasswordIn(tx, c.userId, c.passwordHash);
    const others = c.keepSessionId ? and(eq(authSessions.userId, c.userId), ne(authSessions.id, c.keepSessionId)) : eq(authSessions.userId, c.userId);
    const revoked = await tx.delete(authSessions).where(others).returning({ id: authSessions.id });
    await appendAudit(tx, { actor: c.actor, action: 'password_changed', subjectUserId: c.userId, detail: { sessionsRevoked: revoked.length } });
    return { sessionsRevoked: revoked.length };
  });
}

type Tx = Parameters<Parameters<KairosDb['transaction']>[0]>[0];

/** Store a new password hash on the person's credential (made if they had none). */
export async function setPasswordIn(tx: Tx, userId: string, passwordHash: string): Promise<void> {
  const updated = await tx
    .update(authAccounts)
    .set({ password: passwordHash, updatedAt: sql`now()` })
    .where(and(eq(authAccounts.userId, userId), eq(authAccounts.providerId, 'credential')))
    .returning({ id: authAccounts.id });
  if (updated.length === 0) {
    await tx.insert(authAccounts).values({ id: randomUUID(), accountId: userId, providerId: 'credential', userId, password: passwordHash });
  }
}
