// Who imports, and into which portfolios: the rule the API holds imports to, said once for the
// page so it offers only portfolios the API will take.
import type { Schemas } from '../api/types';

type Policy = Pick<Schemas['PortfolioPolicy'], 'portfolioId' | 'name' | 'sandbox'>;

/** Roles that import accounts at all (the API refuses the others). */
export const IMPORTERS: readonly string[] = ['strategist', 'engineer', 'admin'];

/** The portfolios `role` may import into, of those it reads: strategists only sandboxes (test accounts). */
export function importablePortfolios<P extends Policy>(role: string | undefined, readable: readonly P[]): P[] {
  if (role === undefined || !IMPORTERS.includes(role)) return [];
  return role === 'strategist' ? readable.filter((p) => p.sandbox) : [...readable];
}
