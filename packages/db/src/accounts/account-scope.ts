// Whose accounts a read may see. Every repository read that lists or fetches accounts, or facts
// hanging off them (enrollments, contacts, outbox, ledger, analytics), takes a scope and puts it in
// its SQL: rows outside it are never fetched, so a list cannot leak them and a single read of one
// answers exactly as for a missing id.
import { and, inArray, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { accounts, agentTasks } from '../schema';

/**
 * The portfolios a reader reads (`all`, or these ids), and whether only the accounts of their queues:
 * an agent's queue is the accounts with an open agent task in one of their portfolios.
 */
export interface PortfolioScope {
  portfolios: 'all' | readonly string[];
  queuesOnly: boolean;
}

/** Every account: for the system's own reads (workers, sweeps) and admins. */
export const EVERY_ACCOUNT: PortfolioScope = { portfolios: 'all', queuesOnly: false };

/** An exact-id lookup: an agent may read any account of their portfolios whose id they know (the route audits it). */
export const exactLookup = (scope: PortfolioScope): PortfolioScope => ({ ...scope, queuesOnly: false });

/** Whether the scope reaches accounts of portfolio `id` (for writes that place an account there). */
export const readsPortfolio = (scope: PortfolioScope, id: string): boolean => scope.portfolios === 'all' || scope.portfolios.includes(id);

const inPortfolios = (scope: PortfolioScope): SQL | undefined =>
  scope.portfolios === 'all' ? undefined : scope.portfolios.length === 0 ? sql`false` : inArray(accounts.portfolioId, [...scope.portfolios]);

/** The condition on `accounts` rows in scope; undefined when every account is. */
export function accountInScope(scope: PortfolioScope): SQL | undefined {
  const portfolio = inPortfolios(scope);
  if (!scope.queuesOnly) return portfolio;
  const queued = sql`exists (select 1 from ${agentTasks} where ${agentTasks.accountId} = ${accounts.id} and ${agentTasks.status} = 'open')`;
  return and(portfolio, queued);
}

/** The condition on a table's account id column (or raw SQL naming one) that keeps rows of accounts in scope; undefined when every account is. */
export function accountIdInScope(scope: PortfolioScope, accountId: AnyColumn | SQL): SQL | undefined {
  const condition = accountInScope(scope);
  if (!condition) return undefined;
  return sql`${accountId} in (select ${accounts.id} from ${accounts} where ${condition})`;
}
