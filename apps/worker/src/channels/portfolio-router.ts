// Provider and credentials per portfolio: the portfolio's settings say which provider serves each
// channel; providers are built from them (secrets included) and kept for a few seconds, so a changed
// portfolio takes effect quickly without rebuilding transports on every send.
import type { Channel } from '@kairos/cadence';
import { DEFAULT_PORTFOLIO_ID, getPortfolio, type KairosDb, type PortfolioRow } from '@kairos/db';
import { DEFAULT_RECEIPT_WAIT_MS, smtpProtocol, twilioProtocol, type ChannelProvider, type ChannelRouter } from '@kairos/providers';
import type { PortfolioOutbound } from './portfolio-outbound';
import { createSandboxProvider } from './sandbox-provider';
import type { UnsubscribeLinker } from './unsubscribe-links';

const CACHE_MS = 5_000;

/** The webhook a portfolio's Twilio account calls back with message and call status. */
export const twilioStatusCallbackUrl = (publicUrl: string, portfolioId: string) =>
  `${publicUrl.replace(/\/$/, '')}/api/v1/webhooks/twilio/${portfolioId}/status`;

export class PortfolioConfigurationError extends Error {}

function providersOf(db: KairosDb, row: PortfolioRow | null, publicUrl: string, outbound: PortfolioOutbound, unsubscribeLink?: UnsubscribeLinker): Map<Channel, ChannelProvider> {
  const settings = row?.settings ?? { channels: {} };
  const way = outbound.forSettings(row?.settings);
  const sandbox = createSandboxProvider(db, settings.sandbox ?? {});
  let twilio: ChannelProvider | undefined;
  let smtp: ChannelProvider | undefined;
  const out = new Map<Channel, ChannelProvider>();
  for (const channel of ['sms', 'email', 'voice', 'whatsapp', 'push', 'letter'] as const) {
    const kind = settings.channels[channel] ?? 'sandbox';
    if (kind === 'sandbox') out.set(channel, sandbox);
    else if (kind === 'twilio') {
      if (!settings.twilio || !row?.secrets.twilioAuthToken) {
        throw new PortfolioConfigurationError(`portfolio ${row?.id} sends ${channel} through Twilio but has no Twilio account SID or auth token`);
      }
      twilio ??= twilioProtocol.connect({ ...settings.twilio, authToken: row.secrets.twilioAuthToken, statusCallbackUrl: twilioStatusCallbackUrl(publicUrl, row.id) }, way);
      out.set(channel, twilio);
    } else if (kind === 'smtp') {
      if (!settings.smtp) throw new PortfolioConfigurationError(`portfolio ${row?.id} sends email over SMTP but has no SMTP settings`);
      smtp ??= smtpProtocol.connect({
        ...settings.smtp,
        ...(row?.secrets.smtpPassword ? { password: row.secrets.smtpPassword } : {}),
        // RFC 8058 one-click unsubscribe: mail clients show an "Unsubscribe" button that POSTs to the link.
        ...(unsubscribeLink ? { unsubscribeUrl: unsubscribeLink } : {}),
      }, way);
      out.set(channel, smtp);
    }
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
