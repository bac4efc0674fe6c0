// Which portfolios a person reads: admins every one; others every one when an admin said so, else
// those an admin chose. Agents read less still: the accounts of their queues (see accounts/account-scope.ts).
// Each change is audited in its transaction.
import { asc, eq, inArray } from 'drizzle-orm';
import type { Role } from '@kairos/review';
import { appendAudit, type Actor } from '../audit/audit';
import type { KairosDb } from '../database/connection';
import type { PortfolioScope } from '../accounts/account-scope';
import { userPortfolios, users } from '../schema';

/** The portfolios a person reads: every one, or these. */
export type Membership = 'all' | string[];

/** Write a person's membership in `tx` (no audit: the caller records why it changed). */
export async function writeMembershipIn(tx: Pick<KairosDb, 'update' | 'delete' | 'insert'>, userId: string, membership: Membership): Promise<void> {
  await tx.update(users).set({ allPortfolios: membership === 'all' }).where(eq(users.id, userId));
  await tx.delete(userPortfolios).where(eq(userPortfolios.userId, userId));
  if (membership !== 'all' && membership.length > 0) await tx.insert(userPortfolios).values([...new Set(membership)].map((portfolioId) => ({ userId, portfolioId })));
}

/** Memberships of `userIds` as stored (admins are `all` by their role). */
export async function membershipsOf(db: KairosDb, userIds: Iterable<string>): Promise<Map<string, Membership>> {
  const wanted = [...new Set(userIds)];
  if (wanted.length === 0) return new Map();
  const people = await db.select({ id: users.id, role: users.role, all: users.allPortfolios }).from(users).where(inArray(users.id, wanted));
  const rows = await db.select().from(userPortfolios).where(inArray(userPortfolios.userId, wanted)).orderBy(asc(userPortfolios.portfolioId));
  const chosen = new Map<string, string[]>();
  for (const r of rows) chosen.set(r.userId, [...(chosen.get(r.userId) ?? []), r.portfolioId]);
  return new Map(people.map((p) => [p.id, p.role === 'admin' || p.all ? 'all' : (chosen.get(p.id) ?? [])]));
}

/**
 * What a signed-in person may read, for the repository reads to enforce in SQL. Agents list only the
 * accounts of their queues; an exact-id lookup widens that to their portfolios (see `exactLookup`).
 */
export async function portfolioScopeOf(db: KairosDb, user: { id: string; role: Role }): Promise<PortfolioScope> {
  const portfolios = (await membershipsOf(db, [user.id])).get(user.id) ?? [];
  return { portfolios, queuesOnly: user.role === 'agent' };
}

export type MembershipChangeResult = { ok: true; membership: Membership; changed: boolean } | { ok: false; reason: 'not-found' | 'admin' };

/** Choose the portfolios a person reads (audited as `membership_change`). An admin's are all, by role: not theirs to narrow. */
export async function setMembership(db: KairosDb, c: { userId: string; membership: Membership; actor: Actor }): Promise<MembershipChangeResult> {
  return db.transaction(async (tx) => {
    const [person] = await tx.select().from(users).where(eq(users.id, c.userId)).for('update');
    if (!person) return { ok: false, reason: 'not-found' } as const;
    if (person.role === 'admin') return { ok: false, reason: 'admin' } as const;
    const before = (await membershipsOf(tx as unknown as KairosDb, [c.userId])).get(c.userId) ?? [];
    const after: Membership = c.membership === 'all' ? 'all' : [...new Set(c.membership)].sort();
    if (JSON.stringify(before) === JSON.stringify(after)) return { ok: true, membership: after, changed: false } as const;
    await writeMembershipIn(tx, c.userId, after);
    await appendAudit(tx, { actor: c.actor, action: 'membership_change', subjectUserId: c.userId, detail: { email: person.email, from: before, to: after } });
    return { ok: true, membership: after, changed: true } as const;
  });
}
