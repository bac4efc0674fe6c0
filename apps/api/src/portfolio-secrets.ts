// A portfolio's secrets as webhook verifiers need them on every request, kept for a second: a burst of
// callbacks costs one lookup per portfolio and second. A change through this API instance clears them
// at once; other instances see it within PORTFOLIO_CACHE_MS (a rotated secret takes a second to apply).
import { getPortfolio, type KairosDb, type PortfolioSecrets } from '@kairos/db';

export const PORTFOLIO_CACHE_MS = 1_000;
const caches = new WeakMap<KairosDb, Map<string, { secrets: PortfolioSecrets | null; until: number }>>();

function cacheOf(db: KairosDb) {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  return cache;
}

/** The secrets of a portfolio (null when there is no such portfolio). */
export async function portfolioSecrets(db: KairosDb, id: string): Promise<PortfolioSecrets | null> {
  const cache = cacheOf(db);
  const hit = cache.get(id);
  if (hit && hit.until > Date.now()) return hit.secrets;
  const secrets = (await getPortfolio(db, id))?.secrets ?? null;
  if (cache.size > 1_000) cache.clear();
  cache.set(id, { secrets, until: Date.now() + PORTFOLIO_CACHE_MS });
  return secrets;
}

export const forgetPortfolio = (db: KairosDb, id: string): void => void cacheOf(db).delete(id);
