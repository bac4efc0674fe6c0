// One-time links with which a person sets their own password: an invitation (the account is made
// when the link is used, with the role the admin chose) and a password reset. The database keeps only
// a hash of each link's token. A link works once, for 24 hours (the caller sets `expiresAt`); issuing
// another for the same email replaces the open one. Issuing, using, revoking and the expiry of an
// invitation are audited, each in the transaction of the change.
import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import type { Role } from '@kairos/review';
import { appendAudit, type Actor } from '../audit/audit';
import type { KairosDb } from '../database/connection';
import { isUuid } from '../database/ids';
import { setPasswordIn } from './people-access';
import { authSessions, passwordLinks, users, type PasswordLinkClosure, type PasswordLinkKind } from '../schema';
import { insertUser, userNames, type User } from './users';
import type { Membership } from './memberships';

export type PasswordLinkRow = typeof passwordLinks.$inferSelect;
type Tx = Parameters<Parameters<KairosDb['transaction']>[0]>[0];

/** Where a link stands: usable, or why it is not. */
export type PasswordLinkStatus = 'open' | PasswordLinkClosure;

/**
 * Close the links whose time ran out (an invitation's expiry is audited as `invitation_expired`).
 * Called wherever links are read, so the log records an expiry when it first matters.
 */
async function closeExpired(tx: Tx, now: Date, only?: { id: string }): Promise<void> {
  const expired = await tx
    .update(passwordLinks)
    .set({ closedAt: now, closedReason: 'expired' })
    .where(and(isNull(passwordLinks.closedAt), lte(passwordLinks.expiresAt, now), only ? eq(passwordLinks.id, only.id) : undefined))
    .returning();
  for (const link of expired.filter((l) => l.kind === 'invitation')) {
    await appendAudit(tx, { actor: { id: 'system' }, action: 'invitation_expired', detail: { linkId: link.id, email: link.email, invitedBy: link.createdBy, expiresAt: link.expiresAt.toISOString() } });
  }
}

/** Close the open link of this kind for this email, because a new one replaces it. */
async function replaceOpen(tx: Tx, kind: PasswordLinkKind, email: string, now: Date): Promise<string | null> {
  const [old] = await tx
    .update(passwordLinks)
    .set({ closedAt: now, closedReason: 'replaced' })
    .where(and(eq(passwordLinks.kind, kind), eq(passwordLinks.email, email), isNull(passwordLinks.closedAt)))
    .returning({ id: passwordLinks.id });
  return old?.id ?? null;
}

export type IssueInvitationResult = { ok: true; link: PasswordLinkRow } | { ok: false; reason: 'email-taken' | 'busy' };

/** Invite someone to set their own password and join with `role` (audited as `user_invited`). */
export async function issueInvitation(
  db: KairosDb,
  i: { email: string; name: string; role: Role; portfolios?: Membership; tokenHash: string; now: Date; expiresAt: Date; actor: Actor },
): Promise<IssueInvitationResult> {
  const email = i.email.trim().toLowerCase();
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (taken) return { ok: false, reason: 'email-taken' } as const;
    const replaced = await replaceOpen(tx, 'invitation', email, i.now);
    // Another admin inviting the same email at this very moment: one of the two wins.
    const [link] = await tx
      .insert(passwordLinks)
      .values({ kind: 'invitation', tokenHash: i.tokenHash, email, name: i.name, role: i.role, portfolios: i.portfolios ?? null, createdBy: i.actor.id, createdAt: i.now, expiresAt: i.expiresAt })
      .onConflictDoNothing()
      .returning();
    if (!link) return { ok: false, reason: 'busy' } as const;
    await appendAudit(tx, {
      actor: i.actor,
      action: 'user_invited',
      detail: { linkId: link.id, email, name: i.name, role: i.role, ...(i.portfolios ? { portfolios: i.portfolios } : {}), expiresAt: i.expiresAt.toISOString(), ...(replaced ? { replaced } : {}) },
    });
    return { ok: true, link } as const;
  });
}

export type IssueResetResult = { ok: true; link: PasswordLinkRow; user: User } | { ok: false; reason: 'not-found' | 'deactivated' | 'busy' };

/** A link with which a person sets a new password (audited as `password_reset_issued`). */
export async function issuePasswordReset(
  db: KairosDb,
  r: { userId: string; tokenHash: string; now: Date; expiresAt: Date; actor: Actor },
): Promise<IssueResetResult> {
  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, r.userId)).for('update');
    if (!user) return { ok: false, reason: 'not-found' } as const;
    if (user.deactivatedAt !== null) return { ok: false, reason: 'deactivated' } as const;
    const replaced = await replaceOpen(tx, 'password_reset', user.email, r.now);
    const [link] = await tx
      .insert(passwordLinks)
      .values({ kind: 'password_reset', tokenHash: r.tokenHash, email: user.email, name: user.name, userId: user.id, createdBy: r.actor.id, createdAt: r.now, expiresAt: r.expiresAt })
      .onConflictDoNothing()
      .returning();
    if (!link) return { ok: false, reason: 'busy' } as const;
    await appendAudit(tx, {
      actor: r.actor,
      action: 'password_reset_issued',
      subjectUserId: user.id,
      detail: { linkId: link.id, email: user.email, expiresAt: r.expiresAt.toISOString(), ...(replaced ? { replaced } : {}) },
    });
    return { ok: true, link, user: { id: user.id, name: user.name, email: user.email, role: user.role } } as const;
  });
}

/** The link a token names and where it stands (an expired one is closed, and audited, on the way). */
export async function findPasswordLink(db: KairosDb, tokenHash: string, now: Date): Promise<{ link: PasswordLinkRow; status: PasswordLinkStatus } | null> {
  return db.transaction(async (tx) => {
    const [found] = await tx.select({ id: passwordLinks.id }).from(passwordLinks).where(eq(passwordLinks.tokenHash, tokenHash));
    if (!found) return null;
    await closeExpired(tx, now, found);
    const [link] = await tx.select().from(passwordLinks).where(eq(passwordLinks.id, found.id));
    return { link: link!, status: link!.closedReason ?? 'open' };
  });
}

export type UsePasswordLinkResult =
  | { ok: true; kind: PasswordLinkKind; user: User }
  | { ok: false; reason: 'not-found' | 'email-taken' | 'deactivated' | PasswordLinkClosure };

/**
 * Set a password through a link, once: an invitation makes the account (created by the inviter, via
 * `invitation`; audited as `invitation_accepted`); a reset replaces the password, records who sent
 * the link and ends every session of the person (audited as `password_reset`).
 */
export async function usePasswordLink(db: KairosDb, u: { tokenHash: string; passwordHash: string; now: Date }): Promise<UsePasswordLinkResult> {
  return db.transaction(async (tx) => {
    const [found] = await tx.select().from(passwordLinks).where(eq(passwordLinks.tokenHash, u.tokenHash)).for('update');
    if (!found) return { ok: false, reason: 'not-found' } as const;
    if (found.closedAt === null && found.expiresAt <= u.now) await closeExpired(tx, u.now, found);
    const [link] = await tx.select().from(passwordLinks).where(eq(passwordLinks.id, found.id));
    if (link!.closedReason) return { ok: false, reason: link!.closedReason } as const;
    const used = (userId: string) => tx.update(passwordLinks).set({ closedAt: u.now, closedReason: 'used', userId }).where(eq(passwordLinks.id, found.id));

    if (found.kind === 'invitation') {
      const created = await insertUser(tx, { name: found.name, email: found.email, role: found.role!, passwordHash: u.passwordHash, createdBy: { id: found.createdBy }, via: 'invitation', ...(found.portfolios ? { portfolios: found.portfolios } : {}) });
      if (!created.ok) return { ok: false, reason: 'email-taken' } as const;
      await used(created.user.id);
      await appendAudit(tx, {
        actor: { id: created.user.id, email: created.user.email, role: created.user.role },
        action: 'invitation_accepted',
        subjectUserId: created.user.id,
        detail: { linkId: found.id, email: created.user.email, role: created.user.role, invitedBy: found.createdBy },
      });
      return { ok: true, kind: found.kind, user: created.user } as const;
    }

    const [user] = await tx.select().from(users).where(eq(users.id, found.userId!)).for('update');
    if (!user) return { ok: false, reason: 'not-found' } as const;
    if (user.deactivatedAt !== null) return { ok: false, reason: 'deactivated' } as const;
    await setPasswordIn(tx, user.id, u.passwordHash);
    await tx.update(users).set({ passwordResetBy: found.createdBy, updatedAt: sql`now()` }).where(eq(users.id, user.id));
    const revoked = await tx.delete(authSessions).where(eq(authSessions.userId, user.id)).returning({ id: authSessions.id });
    await used(user.id);
    await appendAudit(tx, {
      actor: { id: user.id, email: user.email, role: user.role },
      action: 'password_reset',
      subjectUserId: user.id,
      detail: { linkId: found.id, resetBy: found.createdBy, sessionsRevoked: revoked.length },
    });
    return { ok: true, kind: found.kind, user: { id: user.id, name: user.name, email: user.email, role: user.role } } as const;
  });
}

export type RevokeInvitationResult = { ok: true; link: PasswordLinkRow } | { ok: false; reason: 'not-found' | PasswordLinkClosure };

/** Withdraw an open invitation: its link stops working at once (audited as `invitation_revoked`). */
export async function revokeInvitation(db: KairosDb, r: { id: string; now: Date; actor: Actor }): Promise<RevokeInvitationResult> {
  if (!isUuid(r.id)) return { ok: false, reason: 'not-found' };
  return db.transaction(async (tx) => {
    const [found] = await tx.select().from(passwordLinks).where(and(eq(passwordLinks.id, r.id), eq(passwordLinks.kind, 'invitation'))).for('update');
    if (!found) return { ok: false, reason: 'not-found' } as const;
    await closeExpired(tx, r.now, found);
    const [link] = await tx.select().from(passwordLinks).where(eq(passwordLinks.id, found.id));
    if (link!.closedReason) return { ok: false, reason: link!.closedReason } as const;
    const [revoked] = await tx.update(passwordLinks).set({ closedAt: r.now, closedReason: 'revoked' }).where(eq(passwordLinks.id, found.id)).returning();
    await appendAudit(tx, { actor: r.actor, action: 'invitation_revoked', detail: { linkId: found.id, email: found.email, role: found.role } });
    return { ok: true, link: revoked! } as const;
  });
}

/** An invitation waiting to be used, with the name of who sent it. */
export type OpenInvitation = PasswordLinkRow & { invitedByName: string | null };

/** Invitations that can still be used, oldest first (the expired ones are closed and audited first). */
export async function listOpenInvitations(db: KairosDb, now: Date): Promise<OpenInvitation[]> {
  return db.transaction(async (tx) => {
    await closeExpired(tx, now);
    const rows = await tx
      .select()
      .from(passwordLinks)
      .where(and(eq(passwordLinks.kind, 'invitation'), isNull(passwordLinks.closedAt)))
      .orderBy(asc(passwordLinks.createdAt), asc(passwordLinks.id));
    const names = await userNames(tx, rows.map((r) => r.createdBy));
    return rows.map((r) => ({ ...r, invitedByName: names.get(r.createdBy) ?? null }));
  });
}
