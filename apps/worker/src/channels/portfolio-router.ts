// Provider and credentials per portfolio: the portfolio's settings say which provider serves each
// channel; providers are built from them (secrets included) and kept for a few seconds, so a changed
// portfolio takes effect quickly without rebuilding transports on every send.
import { channelSchema, type Channel } from '@kairos/cadence';
import { DEFAULT_PORTFOLIO_ID, getPortfolio, isSandboxSettings, type KairosDb, type PortfolioRow } from '@kairos/db';
import {
  DEFAULT_RECEIPT_WAIT_MS,
  providerById,
  providerWebhookUrls,
  SANDBOX_PROVIDER_ID,
  type ChannelProvider,
  type ChannelRouter,
  type ConnectContext,
} from '@kairos/providers';
import type { PortfolioOutbound } from './portfolio-outbound';
import { createSandboxProvider } from './sandbox-provider';
import type { UnsubscribeLinker } from './unsubscribe-links';

const CACHE_MS = 5_000;

/** The webhook a portfolio's Twilio account calls back with message and call status. */
export const twilioStatusCallbackUrl = (publicUrl: string, portfolioId: string): string => providerWebhookUrls(publicUrl, portfolioId).twilioStatusCallback!;

export class PortfolioConfigurationError extends Error {}

function providersOf(db: KairosDb, row: PortfolioRow | null, publicUrl: string, outbound: PortfolioOutbound, unsubscribeLink?: UnsubscribeLinker): Map<Channel, ChannelProvider> {
  const settings = row?.settings ?? { channels: {} };
  // A sandbox portfolio holds test accounts: its sends go to the outbox whatever its channels name.
  const testAccountsOnly = isSandboxSettings(settings);
  const sandbox = createSandboxProvider(db, typeof settings.sandbox === 'object' ? settings.sandbox : {});
  const webhooks = providerWebhookUrls(publicUrl, row?.id ?? DEFAULT_PORTFOLIO_ID);
  const context: ConnectContext = {
    outbound: outbound.forSettings(row?.settings),
    webhookUrl: (urlName) => webhooks[urlName] ?? '',
    ...(unsubscribeLink ? { unsubscribeUrl: unsubscribeLink } : {}),
  };
  // One sender per provider, shared by the channels it serves.
  const connected = new Map<string, ChannelProvider>();
  const out = new Map<Channel, ChannelProvider>();
  for (const channel of channelSchema.options) {
    const id = testAccountsOnly ? SANDBOX_PROVIDER_ID : (settings.channels[channel] ?? SANDBOX_PROVIDER_ID);
    if (id === SANDBOX_PROVIDER_ID) {
      out.set(channel, sandbox);
      continue;
    }
    const definition = providerById(id);
    if (!definition) continue;
    let sender = connected.get(id);
    if (!sender) {
      const block = (settings as unknown as Record<string, unknown>)[id];
      sender = row ? definition.connect(block, row.secrets as Record<string, string>, context) : undefined;
      if (!sender) throw new PortfolioConfigurationError(`portfolio ${row?.id} ${definition.unconfigured(channel)}`);
      connected.set(id, sender);
    }
    out.set(channel, sender);
  }
  return out;
}

/** Routes each send to the provider its account's portfolio names; unknown portfolios use the sandbox. */
export function createPortfolioRouter(deps: { db: KairosDb; publicUrl: string; outbound: PortfolioOutbound; receiptWaitMs?: number; unsubscribeLink?: UnsubscribeLinker }): ChannelRouter {
  const cache = new Map<string, { loadedAt: number; providers: Map<Channel, ChannelProvider>; receiptWaitMs: number }>();
  return {
    async providerFor(portfolioId, channel) {
      const id = portfolioId || DEFAULT_PORTFOLIO_ID;
      let entry = cache.get(id);
      if (!entry || Date.now() - entry.loadedAt > CACHE_MS) {
        const row = await getPortfolio(deps.db, id);
        const seconds = row?.settings.receiptWaitSeconds;
        entry = { loadedAt: Date.now(), providers: providersOf(deps.db, row, deps.publicUrl, deps.outbound, deps.unsubscribeLink), receiptWaitMs: deps.receiptWaitMs ?? (seconds !== undefined ? seconds * 1000 : DEFAULT_RECEIPT_WAIT_MS) };
        cache.set(id, entry);
      }
      const provider = entry.providers.get(channel);
      return provider ? { provider, receiptWaitMs: entry.receiptWaitMs } : undefined;
    },
  };
}
