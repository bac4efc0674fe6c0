import { and, asc, eq, getTableColumns, ne, sql } from 'drizzle-orm';
import { contactPointsOf, stampCareFlags, withContactPoints, type AccountProfile, type AccountSnapshot } from '@kairos/cadence';
import { accountComplianceSchema, type AccountCompliance, type AccountCompliancePatch } from '@kairos/compliance';
import type { KairosDb } from '../database/connection';
import { appendAudit, type Actor } from '../audit/audit';
import { accounts } from '../schema';
import { accountInScope, EVERY_ACCOUNT, type PortfolioScope } from './account-scope';
import { NO_STANDING } from './account-standing';

type AccountRow = typeof accounts.$inferSelect;
/** A stored account: always with its compliance facts and its profile (lists and flags present, maybe empty). */
export type StoredAccount = AccountSnapshot & AccountProfile & { compliance: AccountCompliance };

function profileOf(row: AccountRow): AccountProfile {
  return {
    ...(row.consumerId !== null ? { consumerId: row.consumerId } : {}),
    ...(row.city !== null && row.state !== null && row.postalCode !== null
      ? {
          address: {
            ...(row.addressLine1 !== null ? { line1: row.addressLine1 } : {}),
            ...(row.addressLine2 !== null ? { line2: row.addressLine2 } : {}),
            city: row.city,
            state: row.state,
            postalCode: row.postalCode,
            country: row.country ?? 'US',
          },
        }
      : {}),
    ...(row.spouse !== null ? { spouse: row.spouse } : {}),
    phones: row.phones,
    emails: row.emails,
    doNotContactAtWork: row.doNotContactAtWork,
    ...(row.esignConsentAt !== null ? { esignConsentAt: row.esignConsentAt.toISOString() } : {}),
    debtFlags: { timeBarred: row.timeBarred, medical: row.medicalDebt },
    careFlags: row.careFlags,
  };
}

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
    ...profileOf(row),
  };
}

/** The columns of an account as written (compliance facts and portfolio apart): one mapping for single and batch writers. */
export function accountColumns(a: ReturnType<typeof withContactPoints<AccountSnapshot>>, careFlags: AccountProfile['careFlags']) {
  return {
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
    consumerId: a.consumerId ?? null,
    addressLine1: a.address?.line1 ?? null,
    addressLine2: a.address?.line2 ?? null,
    city: a.address?.city ?? null,
    state: a.address?.state ?? null,
    postalCode: a.address?.postalCode ?? null,
    country: a.address?.country ?? null,
    spouse: a.spouse ?? null,
    phones: a.phones,
    emails: a.emails,
    contactPoints: contactPointsOf(a),
    doNotContactAtWork: a.doNotContactAtWork ?? false,
    esignConsentAt: a.esignConsentAt ? new Date(a.esignConsentAt) : null,
    timeBarred: a.debtFlags?.timeBarred ?? false,
    medicalDebt: a.debtFlags?.medical ?? false,
    careFlags,
    // Paid off in the system of record: no promise or plan is still running (see account-standing).
    ...(a.balanceCents === 0 ? NO_STANDING : {}),
  };
}

/** Who wrote an account: stamps the care flags it sets (`api:<user>`, `import:<batch>`). */
export interface AccountWriter {
  writer: string;
}

/**
 * Insert or replace an account as the creditor's system of record describes it. Compliance facts
 * are replaced only when given: a nightly sync that does not know of an opt-out must not erase it.
 * The primary phone and email are always among the account's contact points (`withContactPoints`).
 */
export async function upsertAccount(db: KairosDb, given: AccountSnapshot, by: AccountWriter = { writer: 'system' }): Promise<{ account: StoredAccount; created: boolean }> {
  const a = withContactPoints(given);
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(accounts).where(eq(accounts.id, a.id)).for('update');
    const careFlags = stampCareFlags(a.careFlags ?? [], existing?.careFlags ?? [], by.writer, new Date().toISOString());
    const values = accountColumns(a, careFlags);
    const facts = { ...(a.compliance ? complianceColumns(a.compliance) : {}), ...(a.portfolioId ? { portfolioId: a.portfolioId } : {}) };
    // xmax = 0 only on a freshly inserted row: tells insert from update in one round trip.
    const [row] = await tx
      .insert(accounts)
      .values({ ...values, ...facts })
      .onConflictDoUpdate({ target: accounts.id, set: { ...values, ...facts, updatedAt: sql`now()` } })
      .returning({ ...getTableColumns(accounts), created: sql<boolean>`(xmax = 0)` });
    if (!row) throw new Error(`upsert of account ${a.id} returned no row`);
    // A sync that changes a compliance fact of a known account is a change someone made: audited as the PATCH is.
    if (existing && a.compliance) {
      const changes = complianceChanges(complianceOf(existing), complianceOf(row));
      if (Object.keys(changes).length > 0) await appendAudit(tx, { actor: { id: by.writer }, action: 'compliance_change', detail: { accountId: a.id, changes } });
    }
    return { account: toAccountSnapshot(row), created: Boolean(row.created) };
  });
}

/** What a compliance change changed, field by field (`from` and `to`), for the audit log and the account page. */
export function complianceChanges(before: AccountCompliance, after: AccountCompliance): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof AccountCompliance>) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) changes[key] = { from: before[key] ?? null, to: after[key] ?? null };
  }
  return changes;
}

/**
 * Change some compliance facts (an opt-out, a cease request, a dispute, inconvenient times); null when there is no such account.
 * With `by`, what changed is audited (`compliance_change`) in the same transaction: who changed a fact, and when, is part of the fact.
 */
export async function updateAccountCompliance(db: KairosDb, id: string, patch: AccountCompliancePatch, by?: Actor): Promise<StoredAccount | null> {
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
    const changes = complianceChanges(current, complianceOf(updated!));
    if (by && Object.keys(changes).length > 0) await appendAudit(tx, { actor: by, action: 'compliance_change', detail: { accountId: id, changes } });
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

/** The consumer's other accounts (their other debts), within the reader's scope, by id. */
export async function listConsumerAccounts(
  db: KairosDb,
  a: { consumerId: string; exceptId: string; limit: number },
  scope: PortfolioScope = EVERY_ACCOUNT,
): Promise<StoredAccount[]> {
  const rows = await db
    .select()
    .from(accounts)
    .where(and(eq(accounts.consumerId, a.consumerId), ne(accounts.id, a.exceptId), accountInScope(scope)))
    .orderBy(asc(accounts.id))
    .limit(a.limit);
  return rows.map(toAccountSnapshot);
}
