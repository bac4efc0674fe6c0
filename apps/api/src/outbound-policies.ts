// Every portfolio's outbound policy, as the design-time lint holds cadences to them: any account may
// be enrolled in any cadence, so a URL a step calls must be allowed where its accounts belong.
import type { OutboundLint } from '@kairos/review';
import { DEFAULT_PORTFOLIO_ID, listPortfolios } from '@kairos/db';
import { providerPolicy } from '@kairos/providers';
import type { RouteDeps } from './deps';

/** Each portfolio's own allowed hosts; the default portfolio's even when it is not stored (accounts land there unless told). */
export async function portfolioAllowedHosts(deps: Pick<RouteDeps, 'db'>): Promise<Array<{ id: string; allowedHosts: string[] }>> {
  const rows = await listPortfolios(deps.db);
  const books = rows.map((r) => ({ id: r.id, allowedHosts: r.settings.outbound?.allowedHosts ?? [] }));
  return books.some((b) => b.id === DEFAULT_PORTFOLIO_ID) ? books : [{ id: DEFAULT_PORTFOLIO_ID, allowedHosts: [] }, ...books];
}

/** What the lint needs to hold the URLs steps call to the portfolios' policies. */
export async function outboundLint(deps: Pick<RouteDeps, 'db' | 'registry' | 'outboundAllowLoopback'>): Promise<OutboundLint> {
  const books = await portfolioAllowedHosts(deps);
  return {
    registry: deps.registry,
    portfolios: books.map((b) => ({ id: b.id, policy: providerPolicy(b, { allowLoopback: deps.outboundAllowLoopback }) })),
  };
}
