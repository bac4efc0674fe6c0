// People who sign in, with their role. Sessions and password checks belong to the auth library
// (better-auth, in the API); this module creates users with a password hash it is given, changes
// roles and says who handed each person their account, each change in one transaction with its
// audit entry. Deactivation, sessions and password changes live in people-access.ts.
import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { AccountOrigin, Role } from '@kairos/review';
import { appendAudit, type Actor } from '../audit/audit';
import type { KairosDb } from '../database/connection';
import { authAccounts, users, type AccountCreation } from '../schema';
import { writeMembershipIn, type Membership } from './memberships';

export type UserRow = typeof users.$inferSelect;
/** What the API shows of a signed-in user. */
export type User = Pick<UserRow, 'id' | 'name' | 'email' | 'role'>;
/** What an admin sees of a person: whether they may sign in, and who handed them their account. */
export type Person = User & {
  active: boolean;
  deactivatedAt: Date | null;
  createdAt: Date;
  origins: AccountOrigin[];
};

const publicUser = (u: UserRow): User => ({ id: u.id, name: u.name, email: u.email, role: u.role });

/** A transaction or the database. */
type Tx = Parameters<Parameters<KairosDb['transaction']>[0]>[0] | KairosDb;

export type CreateUserResult = { ok: true; user: User } | { ok: false; reason: 'email-taken' };

/**
 * Create a user who signs in with email and password (`passwordHash` from the auth library), in
 * `tx` when given. `via` says whether an admin chose the password or the person did, through an invitation.
 */
export async function insertUser(
  tx: Tx,
  u: { name: string; email: string; role: Role; passwordHash: string; createdBy: Actor; via: AccountCreation; portfolios?: Membership },
): Promise<CreateUserResult> {
  const email = u.email.trim().toLowerCase();
  const [row] = await tx
    .insert(users)
    .values({ id: randomUUID(), name: u.name, email, role: u.role, createdBy: u.createdBy.id, createdVia: u.via })
    .onConflictDoNothing({ target: users.email })
    .returning();
  if (!row) return { ok: false, reason: 'email-taken' };
  // better-auth's email+password sign-in reads the hash from the user's "credential" account.
  await tx.insert(authAccounts).values({ id: randomUUID(), accountId: row.id, providerId: 'credential', userId: row.id, password: u.passwordHash });
  // Admins read every portfolio by their role; others read what they were given (nothing when not said).
  if (u.portfolios && u.role !== 'admin') await writeMembershipIn(tx, row.id, u.portfolios);
  return { ok: true, user: publicUser(row) };
}

/** Create a user with a password an admin (or a script) chose; audited as `user_created`. */
export async function createUser(
  db: KairosDb,
  u: { name: string; email: string; role: Role; passwordHash: string; createdBy: Actor; portfolios?: Membership },
): Promise<CreateUserResult> {
  return db.transaction(async (tx) => {
    const created = await insertUser(tx, { ...u, via: 'password' });
    if (created.ok) {
      await appendAudit(tx, { actor: u.createdBy, action: 'user_created', subjectUserId: created.user.id, detail: { email: created.user.email, role: u.role, ...(u.portfolios ? { portfolios: u.portfolios } : {}) } });
    }
    return created;
  });
}

export async function getUser(db: KairosDb, id: string): Promise<User | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ? publicUser(row) : null;
}

async function peopleOf(db: KairosDb, rows: UserRow[]): Promise<Person[]> {
  const origins = await accountOrigins(db, rows.map((r) => r.id));
  return rows.map((r) => ({ ...publicUser(r), active: r.deactivatedAt === null, deactivatedAt: r.deactivatedAt, createdAt: r.createdAt, origins: origins.get(r.id) ?? [] }));
}

/** Everyone who has an account, active or not, with who handed it to them. */
export async function listUsers(db: KairosDb): Promise<Person[]> {
  return peopleOf(db, await db.select().from(users).orderBy(asc(users.email)));
}

/** One person as an admin sees them. */
export async function getPerson(db: KairosDb, id: string): Promise<Person | null> {
  const [person] = await peopleOf(db, await db.select().from(users).where(eq(users.id, id)));
  return person ?? null;
}

/**
 * The names of the people behind `ids` (who published, approved, commented), for screens that show
 * people rather than ids. Ids that name nobody (`system`, a removed user) are left out.
 */
export async function userNames(db: Tx, ids: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * Who handed each of `userIds` their account: the creator or inviter, and whoever sent the
 * password-reset link they last used, by id and name. What the approval rule reads.
 */
export async function accountOrigins(db: Tx, userIds: Iterable<string>): Promise<Map<string, AccountOrigin[]>> {
  const wanted = [...new Set(userIds)];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, createdBy: users.createdBy, createdVia: users.createdVia, passwordResetBy: users.passwordResetBy })
    .from(users)
    .where(inArray(users.id, wanted));
  const names = await userNames(db, rows.flatMap((r) => [r.createdBy, r.passwordResetBy].filter((x): x is string => x !== null)));
  const origin = (how: AccountOrigin['how'], byId: string): AccountOrigin => ({ how, byId, byName: names.get(byId) ?? null });
  return new Map(
    rows.map((r) => [
      r.id,
      [
        ...(r.createdBy ? [origin(r.createdVia === 'invitation' ? 'invited' : 'created', r.createdBy)] : []),
        ...(r.passwordResetBy ? [origin('password_reset', r.passwordResetBy)] : []),
      ],
    ]),
  );
}

export async function countUsers(db: KairosDb): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return Number(row?.n ?? 0);
}

/**
 * Lock every admin row, then count those who may still sign in: two admins demoting or deactivating
 * each other at once cannot each see the other one still there.
 */
export async function lockActiveAdmins(tx: Tx): Promise<number> {
  await tx.execute(sql`select id from ${users} where ${users.role} = 'admin' for update`);
  const [admins] = await tx.select({ n: count() }).from(users).where(and(eq(users.role, 'admin'), isNull(users.deactivatedAt)));
  return Number(admins?.n ?? 0);
}

export type RoleChangeResult =
  | { ok: true; user: User; changed: boolean }
  | { ok: false; reason: 'not-found' | 'last-admin' };

/** Give a user another role (audited). The last active admin cannot stop being one: nobody could manage users then. */
export async function setUserRole(db: KairosDb, c: { userId: string; role: Role; actor: Actor }): Promise<RoleChangeResult> {
  return db.transaction(async (tx) => {
    const activeAdmins = await lockActiveAdmins(tx);
    const [row] = await tx.select().from(users).where(eq(users.id, c.userId)).for('update');
    if (!row) return { ok: false, reason: 'not-found' } as const;
    if (row.role === c.role) return { ok: true, user: publicUser(row), changed: false } as const;
    if (row.role === 'admin' && row.deactivatedAt === null && activeAdmins <= 1) return { ok: false, reason: 'last-admin' } as const;
    const [updated] = await tx.update(users).set({ role: c.role, updatedAt: sql`now()` }).where(eq(users.id, c.userId)).returning();
    await appendAudit(tx, { actor: c.actor, action: 'role_change', subjectUserId: c.userId, detail: { email: row.email, from: row.role, to: c.role } });
    return { ok: true, user: publicUser(updated!), changed: true } as const;
  });
}
