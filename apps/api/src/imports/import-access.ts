// Who may import into which portfolio: engineers and admins into any portfolio they read; a
// strategist only into a sandbox portfolio (test accounts whose sends go to the outbox only).
import { isSandboxPortfolio, readsPortfolio, type KairosDb, type PortfolioScope } from '@kairos/db';
import type { Role } from '@kairos/review';

/** The roles that import at all; `importRefusal` narrows a strategist to sandbox portfolios. */
export const IMPORTERS: readonly Role[] = ['strategist', 'engineer', 'admin'];

/** Why `role` may not import into `portfolioId`, or null when it may. */
export async function importRefusal(db: KairosDb, who: { role: Role; scope: PortfolioScope }, portfolioId: string): Promise<string | null> {
  if (!readsPortfolio(who.scope, portfolioId)) return `you do not read portfolio "${portfolioId}": choose one of yours, or ask an admin to add it to yours`;
  if (who.role === 'strategist' && !(await isSandboxPortfolio(db, portfolioId))) return `strategists import only into sandbox portfolios, and "${portfolioId}" is not one: choose a sandbox portfolio, or ask an engineer to import into this one`;
  return null;
}
