import { and, asc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { AccountSnapshot } from '@kairos/cadence';
import { accountComplianceSchema, type AccountCompliance, type AccountCompliancePatch } from '@kairos/compliance';
import type { KairosDb } from '../database/connection';
import { accounts } from '../schema';
import { accountInScope, EVERY_ACCOUNT, type PortfolioScope } from './account-scope';

type AccountRow = typeof accounts.$inferSelect;
/** A stored account: always with its compliance facts. */
export type StoredAccount = AccountSnapshot & { compliance: AccountCompliance };

export function complianceOf(row: AccountRow): AccountCompliance {
  return {
    ...(row.complianceProfile ? { profile: row.complianceProfile } : {}),
    timezones: row.possibleTimezones,
    phoneType: row.phoneType,
    optOuts: row.optOuts,
    ceaseCommunication: row.ceaseCommunication,
    dispute: { status: row.disputeStatus, ...(row.disputeOpenedAt ? { openedAt: row.disputeOpenedAt.toISOString() } : {}) },
    inconvenientTimes: row.inconvenientTimes,
    ...(row.callConsentAt ? { callConsentAt: row.callConsentAt.toISOString() } : {}),
  };
}

function complianceColumns(c: AccountCompliance) {
  return {
    complianceProfile: c.profile ?? null,
    possibleTimezones: c.timezones,
    phoneType: c.phoneType,
    optOuts: c.optOuts,
    ceaseCommunication: c.ceaseCommunication,
    disputeStatus: c.dispute.status,
    disputeOpenedAt: c.dispute.openedAt ? new Date(c.dispute.openedAt) : null,
    inconvenientTimes: c.inconvenientTimes,
    callConsentAt: c.callConsentAt ? new Date(c.callConsentAt) : null,
  };
}

/** A stored account as the interpreter and templates see it: absent contact points are left out. */
export function toAccountSnapshot(row: AccountRow): StoredAccount {
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
    compliance: complianceOf(row),
    portfolioId: row.portfolioId,
  };
}

/**
 * Insert or replace an account as the creditor's system of record describes it. Compliance facts
 * are replaced only when given: a nightly sync that does not know of an opt-out must not erase it.
 */
export async function upsertAccount(db: KairosDb, a: AccountSnapshot): Promise<{ account: StoredAccount; created: boolean }> {
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
  const facts = { ...(a.compliance ? complianceColumns(a.compliance) : {}), ...(a.portfolioId ? { portfolioId: a.portfolioId } : {}) };
  // xmax = 0 only on a freshly inserted row: tells insert from update in one round trip.
  const [row] = await db
    .insert(accounts)
    .values({ ...values, ...facts })
    .onConflictDoUpdate({ target: accounts.id, set: { ...values, ...facts, updatedAt: sql`now()` } })
    .returning({ ...getTableColumns(accounts), created: sql<boolean>`(xmax = 0)` });
  if (!row) throw new Error(`upsert of account ${a.id} returned no row`);
  return { account: toAccountSnapshot(row), created: Boolean(row.created) };
}

/** Change some compliance facts (an opt-out, a cease request, a dispute, inconvenient times); null when there is no such account. */
export async function updateAccountCompliance(db: KairosDb, id: string, patch: AccountCompliancePatch): Promise<StoredAccount | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(accounts).where(eq(accounts.id, id)).for('update');
    if (!row) return null;
    // `profile: null` removes the account's override: its portfolio's profile governs again.
    const { profile, ...rest } = patch;
    const current = complianceOf(row);
    const merged = accountComplianceSchema.parse({
      ...current,
      ...rest,
      profile: profile === null ? undefined : (profile ?? current.profile),
    });
    const [updated] = await tx
      .update(accounts)
      .set({ ...complianceColumns(merged), updatedAt: sql`now()` })
      .where(eq(accounts.id, id))
      .returning();
    return toAccountSnapshot(updated!);
  });
}

/** One account; null when there is none, or when `scope` does not reach it (a reader cannot tell the two apart). */
export async function getAccount(db: KairosDb, id: string, scope: PortfolioScope = EVERY_ACCOUNT): Promise<StoredAccount | null> {
  const [row] = await db.select().from(accounts).where(and(eq(accounts.id, id), accountInScope(scope)));
  return row ? toAccountSnapshot(row) : null;
}

export async function listAccounts(db: KairosDb, page: { limit: number; offset: number }, scope: PortfolioScope = EVERY_ACCOUNT): Promise<StoredAccount[]> {
  const rows = await db.select().from(accounts).where(accountInScope(scope)).orderBy(asc(accounts.id)).limit(page.limit).offset(page.offset);
  return rows.map(toAccountSnapshot);
}
