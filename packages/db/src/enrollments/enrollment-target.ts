import { and, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { AccountSnapshot } from '@kairos/cadence';
import type { KairosDb } from '../database/connection';
import { isUuid } from '../database/ids';
import { toAccountSnapshot } from '../accounts/accounts';
import { accountInScope, EVERY_ACCOUNT, type PortfolioScope } from '../accounts/account-scope';
import { accounts, cadences, cadenceVersions, portfolios } from '../schema';

export interface EnrollmentTarget {
  account: AccountSnapshot | null;
  cadenceFound: boolean;
  /** The newest published version of the cadence, or null when it has none. */
  latestVersionId: string | null;
  /** The collector identity stored on the account's portfolio, unchecked (see readCollectorIdentity); undefined when none. */
  storedCollector?: unknown;
}

/**
 * Everything an enrollment request must know before it inserts, in one round trip: the account,
 * whether the cadence exists, and its newest published version. Enrollment is the hot path, and the
 * embedded database runs one query at a time, so queries saved here are enrollments per second.
 */
/** An account outside `scope` is no account. */
export async function getEnrollmentTarget(db: KairosDb, accountId: string, cadenceId: string, scope: PortfolioScope = EVERY_ACCOUNT): Promise<EnrollmentTarget> {
  if (!isUuid(cadenceId)) {
    const [row] = await db.select().from(accounts).where(and(eq(accounts.id, accountId), accountInScope(scope)));
    return { account: row ? toAccountSnapshot(row) : null, cadenceFound: false, latestVersionId: null };
  }
  const latest = db
    .select({ id: cadenceVersions.id })
    .from(cadenceVersions)
    .where(eq(cadenceVersions.cadenceId, cadenceId))
    .orderBy(desc(cadenceVersions.version))
    .limit(1);
  // One row whatever exists: the cadence facts come from a one-row subquery, the account is left-joined.
  const [row] = await db
    .select({
      account: getTableColumns(accounts),
      accountFound: sql<boolean>`(${accounts.id} is not null)`,
      cadenceFound: sql<boolean>`exists(select 1 from ${cadences} where ${cadences.id} = ${cadenceId})`,
      latestVersionId: sql<string | null>`(${latest})`,
      storedCollector: sql<unknown>`(select ${portfolios.settings}->'collector' from ${portfolios} where ${portfolios.id} = ${accounts.portfolioId})`,
    })
    .from(sql`(select 1) as one`)
    .leftJoin(accounts, and(eq(accounts.id, accountId), accountInScope(scope)));
  if (!row) throw new Error('enrollment target query returned no row');
  return {
    account: row.accountFound ? toAccountSnapshot(row.account as typeof accounts.$inferSelect) : null,
    cadenceFound: Boolean(row.cadenceFound),
    latestVersionId: row.latestVersionId ?? null,
    ...(row.storedCollector !== null && row.storedCollector !== undefined ? { storedCollector: row.storedCollector } : {}),
  };
}
