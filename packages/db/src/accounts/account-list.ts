// The Accounts list: one page of the accounts a filter keeps, in a chosen order, and the totals of the
// whole filter (how many, how much per currency), all within the reader's scope. Each order has an
// index ending in the id, so the first pages of a million accounts never sort the table.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { KairosDb } from '../database/connection';
import { accounts, enrollments } from '../schema';
import { ACCOUNT_STATUSES, accountFilterCondition, type AccountFilter, type AccountStatus } from './account-filter';
import { toAccountSnapshot, type StoredAccount } from './accounts';
import { accountInScope, type PortfolioScope } from './account-scope';
import { openPromiseSince } from './account-standing';

export const ACCOUNT_SORTS = ['id', 'name', 'balance', 'due', 'updated'] as const;
export type AccountSort = (typeof ACCOUNT_SORTS)[number];

export interface AccountListQuery {
  filter: AccountFilter;
  /** Today (YYYY-MM-DD): DPD and open promises are as of this date. */
  asOf: string;
  /** `due` ascending is the oldest due date first, i.e. the highest DPD first. */
  sort: AccountSort;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

export type ListedAccount = StoredAccount & { statuses: AccountStatus[] };

export interface AccountListPage {
  accounts: ListedAccount[];
  totals: { count: number; balances: Array<{ currency: string; balanceCents: number }> };
}

const sortColumnName = { id: 'id', name: 'name', balance: 'balanceCents', due: 'dueDate', updated: 'updatedAt' } as const;

/** A page of the accounts `q.filter` keeps in `scope`, with the totals of all of them. */
export async function listAccountPage(db: KairosDb, q: AccountListQuery, scope: PortfolioScope): Promise<AccountListPage> {
  const where = and(accountInScope(scope), accountFilterCondition(q.filter, q.asOf));
  const dir = q.order === 'asc' ? asc : desc;
  // The id breaks ties in the same direction, so one backward or forward index scan serves the page.
  const orderOf = (t: typeof accounts | typeof matched) => (q.sort === 'id' ? [dir(t.id)] : [dir(t[sortColumnName[q.sort]]), dir(t.id)]);
  // A search matches a few rows, but the planner guesses hundreds for a contact point and would walk
  // the whole order index filtering. A subquery with a limit is never merged into the outer query: the
  // search runs first on its own index, then its matches are sorted.
  const matched = db.select().from(accounts).where(where).limit(Number.MAX_SAFE_INTEGER).as('matched');
  const page = q.filter.search?.trim()
    ? db.select().from(matched).orderBy(...orderOf(matched)).limit(q.limit).offset(q.offset)
    : db.select().from(accounts).where(where).orderBy(...orderOf(accounts)).limit(q.limit).offset(q.offset);
  const [rows, sums] = await Promise.all([
    page,
    db
      .select({ currency: accounts.currency, count: sql<string>`count(*)`, balanceCents: sql<string>`coalesce(sum(${accounts.balanceCents}), 0)` })
      .from(accounts)
      .where(where)
      .groupBy(accounts.currency)
      .orderBy(asc(accounts.currency)),
  ]);
  const inCadence = await accountsInCadence(db, rows.map((r) => r.id));
  return {
    accounts: rows.map((row) => ({ ...toAccountSnapshot(row), statuses: statusesOf(row, q.asOf, inCadence.has(row.id)) })),
    totals: {
      count: sums.reduce((n, s) => n + Number(s.count), 0),
      balances: sums.map((s) => ({ currency: s.currency, balanceCents: Number(s.balanceCents) })),
    },
  };
}

async function accountsInCadence(db: KairosDb, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ accountId: enrollments.accountId })
    .from(enrollments)
    .where(and(inArray(enrollments.accountId, ids), eq(enrollments.status, 'active')));
  return new Set(rows.map((r) => r.accountId));
}

/** The statuses a row is in, by the same rules as the filter's (see `accountFilterCondition`). */
function statusesOf(row: typeof accounts.$inferSelect, asOf: string, inCadence: boolean): AccountStatus[] {
  const is: Record<AccountStatus, boolean> = {
    in_cadence: inCadence,
    promise_open: row.openPromiseDate !== null && row.openPromiseDate >= openPromiseSince(asOf),
    plan: row.activePlanId !== null,
    dispute: row.disputeStatus === 'open',
    opted_out: row.ceaseCommunication || row.optOuts.length > 0,
    paid: row.balanceCents === 0,
  };
  return ACCOUNT_STATUSES.filter((s) => is[s]);
}
