// Whose accounts the caller reads, for the repository reads to put in their SQL (see
// @kairos/db account-scope). Called only behind `guardedRoute`, so a session is there.
import { appendAudit, exactLookup, portfolioScopeOf, type KairosDb, type PortfolioScope } from '@kairos/db';
import type { Context } from 'hono';
import type { AppEnv, SessionUser } from '../router';

function signedInUser(c: Context<AppEnv>): SessionUser {
  const user = c.get('user');
  if (!user) throw new Error(`${c.req.method} ${c.req.routePath} reads a portfolio scope without a session: guard it with guardedRoute`);
  return user;
}

/** What the caller's lists may hold: their portfolios' accounts; an agent's, only those of their queues. */
export function readerScope(c: Context<AppEnv>, db: KairosDb): Promise<PortfolioScope> {
  return portfolioScopeOf(db, signedInUser(c));
}

/**
 * A read of one account named by its exact id: any account of the caller's portfolios, an agent's
 * queues or not. An agent's read is audited as `account_read` (who read which), since it reaches past their queues.
 */
export async function exactAccountScope(c: Context<AppEnv>, db: KairosDb): Promise<PortfolioScope> {
  return exactLookup(await readerScope(c, db));
}

/** Record that an agent read an account by its id (only once it was found in their scope: a miss reveals nothing to audit). */
export async function auditAccountRead(c: Context<AppEnv>, db: KairosDb, accountId: string): Promise<void> {
  const user = signedInUser(c);
  if (user.role !== 'agent') return;
  await appendAudit(db, { actor: { id: user.id, email: user.email, role: user.role }, action: 'account_read', detail: { accountId, route: `${c.req.method} ${c.req.routePath}` } });
}

/**
 * Record that someone wrote to an account id held by a portfolio they do not read. Account ids are unique
 * across Kairos (one id per debt), so such a write cannot succeed and answers 404 as a read does; the
 * audit makes probing for other portfolios' ids visible to admins.
 */
export async function auditRefusedAccountWrite(c: Context<AppEnv>, db: KairosDb, accountId: string): Promise<void> {
  const user = signedInUser(c);
  await appendAudit(db, { actor: { id: user.id, email: user.email, role: user.role }, action: 'account_write_refused', detail: { accountId, route: `${c.req.method} ${c.req.routePath}` } });
}
