// How the worker reaches other systems: every provider, webhook step and custom node of an account
// goes out through its portfolio's outbound policy (the providers' hosts and the admin's allowed
// hosts; never a private, loopback, link-local or metadata address).
import { DEFAULT_PORTFOLIO_ID, getPortfolio, type KairosDb, type PortfolioSettings } from '@kairos/db';
import { createOutboundClient, loopbackAllowance, type OutboundClient, type Resolver } from '@kairos/outbound/node';
import { providerPolicy } from '@kairos/providers';

export interface OutboundDeps {
  /** DNS of outbound requests: the system's by default; tests inject one so no real name is looked up. */
  resolve?: Resolver;
  /**
   * The test-only loopback allowance (tests' stand-in providers and receivers listen on 127.0.0.1).
   * By default KAIROS_OUTBOUND_ALLOW_LOOPBACK=1 under NODE_ENV=test; asking for it elsewhere throws.
   */
  allowLoopback?: boolean;
}

export interface PortfolioOutbound {
  /** The way out under a portfolio's settings (absent: the default policy). */
  forSettings(settings: PortfolioSettings | undefined): OutboundClient;
  /** The way out of a portfolio's accounts, read from the database now. */
  forPortfolio(portfolioId: string | undefined): Promise<OutboundClient>;
}

export function createPortfolioOutbound(db: KairosDb, deps: OutboundDeps = {}): PortfolioOutbound {
  const allowLoopback = loopbackAllowance(deps.allowLoopback);
  const forSettings = (settings: PortfolioSettings | undefined) =>
    createOutboundClient(providerPolicy(settings?.outbound, { allowLoopback }), deps.resolve ? { resolve: deps.resolve } : {});
  return {
    forSettings,
    forPortfolio: async (portfolioId) => forSettings((await getPortfolio(db, portfolioId || DEFAULT_PORTFOLIO_ID))?.settings),
  };
}
