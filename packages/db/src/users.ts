// People who sign in, with their role. Sessions and password checks belong to the auth library
// (better-auth, in the API); this module creates users with a password hash it is given and
// changes roles, each in one transaction with its audit entry.
import { randomUUID } from 'node:crypto';
import { asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Role } from '@kairos/review';
import { appendAudit, type Actor } from './audit';
import type { KairosDb } from './connection';
import { authAccounts, users } from './schema';

export type UserRow = typeof users.$inferSelect;
/** What the API shows of a user. */
export type User = Pick<UserRow, 'id' | 'name' | 'email' | 'role'>;

const publicUser = (u: UserRow): User => ({ id: u.id, name: u.name, email: u.email, role: u.role });

export type CreateUserResult = { ok: true; user: User } | { ok: false; reason: 'email-taken' };

/** Create a user who signs in with email and password (`passwordHash` from the auth library). */
export async function createUser(
  db: KairosDb,
  u: { name: string; email: string; role: Role; passwordHash: string; createdBy: Actor },
): Promise<CreateUserResult> {
  const email = u.email.trim().toLowerCase();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({ id: randomUUID(), name: u.name, email, role: u.role })
      .onConflictDoNothing({ target: users.email })
      .returning();
    if (!row) return { ok: false, reason: 'email-taken' } as const;
    // better-auth's email+password sign-in reads the hash from the user's "credential" account.
    await tx.insert(authAccounts).values({ id: randomUUID(), accountId: row.id, providerId: 'credential', userId: row.id, password: u.passwordHash });
    await appendAudit(tx, { actor: u.createdBy, action: 'user_created', subjectUserId: row.id, detail: { email, role: u.role } });
    return { ok: true, user: publicUser(row) } as const;
  });
}

export async function getUser(db: KairosDb, id: string): Promise<User | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ? publicUser(row) : null;
}

export async function listUsers(db: KairosDb): Promise<User[]> {
  return (await db.select().from(users).orderBy(asc(users.email))).map(publicUser);
}

/**
 * The names of the people behind `ids` (who published, approved, commented), for screens that show
 * people rather than ids. Ids that name nobody (`system`, a removed user) are left out.
 */
export async function userNames(db: KairosDb, ids: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function countUsers(db: KairosDb): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return Number(row?.n ?? 0);
}

export type RoleChangeResult =
  | { ok: true; user: User; changed: boolean }
  | { ok: false; reason: 'not-found' | 'last-admin' };

/** Give a user another role (audited). The last admin cannot stop being one: nobody could manage users then. */
export async function setUserRole(db: KairosDb, c: { userId: string; role: Role; actor: Actor }): Promise<RoleChangeResult> {
  return db.transaction(async (tx) => {
    // Admins are locked together so two demotions cannot each see the other admin still there.
    await tx.execute(sql`select id from ${users} where ${users.role} = 'admin' for update`);
    const [row] = await tx.select().from(users).where(eq(users.id, c.userId)).for('update');
    if (!row) return { ok: false, reason: 'not-found' } as const;
    if (row.role === c.role) return { ok: true, user: publicUser(row), changed: false } as const;
    if (row.role === 'admin') {
      const [admins] = await tx.select({ n: count() }).from(users).where(eq(users.role, 'admin'));
      if (Number(admins?.n ?? 0) <= 1) return { ok: false, reason: 'last-admin' } as const;
    }
    const [updated] = await tx.update(users).set({ role: c.role, updatedAt: sql`now()` }).where(eq(users.id, c.userId)).returning();
    await appendAudit(tx, { actor: c.actor, action: 'role_change', subjectUserId: c.userId, detail: { email: row.email, from: row.role, to: c.role } });
    return { ok: true, user: publicUser(updated!), changed: true } as const;
  });
}
