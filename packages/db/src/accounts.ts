import { asc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { AccountSnapshot } from '@kairos/cadence';
import type { KairosDb } from './connection';
import { accounts } from './schema';

type AccountRow = typeof accounts.$inferSelect;

/** A stored account as the interpreter and templates see it: absent contact points are left out. */
export function toAccountSnapshot(row: AccountRow): AccountSnapshot {
  return {
    id: row.id,
    name: row.name,
    ...(row.email !== null ? { email: row.email } : {}),
    ...(row.phone !== null ? { phone: row.phone } : {}),
    balanceCents: row.balanceCents,
    currency: row.currency,
    dueDate: row.dueDate,
    timezone: row.timezone,
    language: row.language,
    consents: row.consents,
    attributes: row.attributes,
  };
}

/** Insert or replace an account as the creditor's system of record describes it. */
export async function upsertAccount(db: KairosDb, a: AccountSnapshot): Promise<{ account: AccountSnapshot; created: boolean }> {
  const values = {
    id: a.id,
    name: a.name,
    email: a.email ?? null,
    phone: a.phone ?? null,
    balanceCents: a.balanceCents,
    currency: a.currency,
    dueDate: a.dueDate,
    timezone: a.timezone,
    language: a.language,
    consents: a.consents,
    attributes: a.attributes,
  };
  // xmax = 0 only on a freshly inserted row: tells insert from update in one round trip.
  const [row] = await db
    .insert(accounts)
    .values(values)
    .onConflictDoUpdate({ target: accounts.id, set: { ...values, updatedAt: sql`now()` } })
    .returning({ ...getTableColumns(accounts), created: sql<boolean>`(xmax = 0)` });
  if (!row) throw new Error(`upsert of account ${a.id} returned no row`);
  return { account: toAccountSnapshot(row), created: Boolean(row.created) };
}

export async function getAccount(db: KairosDb, id: string): Promise<AccountSnapshot | null> {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id));
  return row ? toAccountSnapshot(row) : null;
}

export async function listAccounts(db: KairosDb, page: { limit: number; offset: number }): Promise<AccountSnapshot[]> {
  const rows = await db.select().from(accounts).orderBy(asc(accounts.id)).limit(page.limit).offset(page.offset);
  return rows.map(toAccountSnapshot);
}
