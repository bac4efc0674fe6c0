// The providers Kairos can route a channel to. Adding one is its folder plus a line here: routing,
// settings validation, secrets, default allowed hosts and webhook routes all read this list.
import { sendChannelSchema as channelSchema, type SendChannel as Channel } from '@kairos/channels';
import { checkHost, checkUrl, portfolioPolicy, type OutboundPolicy } from '@kairos/outbound';
import { z } from 'zod';
import { smtpProvider } from './email';
import type { ProviderDefinition } from './provider-definition';
import { SANDBOX_PROVIDER_ID, sandboxSettingsSchema } from './sandbox/sandbox-settings';
import { twilioProvider } from './twilio';

export const channelProviders = [twilioProvider, smtpProvider] as const;

type Registered = (typeof channelProviders)[number];
export type ProviderId = Registered['id'];
/** What a portfolio may name for a channel: a registered provider, or the sandbox. */
export type ProviderChoice = ProviderId | typeof SANDBOX_PROVIDER_ID;
/** Every secret some provider reads. */
export type ProviderSecretName = Registered['secrets'][number];

const byId = new Map<string, ProviderDefinition>(channelProviders.map((p) => [p.id, p as unknown as ProviderDefinition]));

/** The provider a portfolio names (undefined for the sandbox or an unknown id). */
export const providerById = (id: string): ProviderDefinition | undefined => byId.get(id);

export const providerChoiceSchema = z.enum([SANDBOX_PROVIDER_ID, ...channelProviders.map((p) => p.id)] as [ProviderChoice, ...ProviderChoice[]]);

/** Each channel's provider; a channel not named goes to the sandbox. */
export const channelRoutingSchema = z
  .object(Object.fromEntries(channelSchema.options.map((c) => [c, providerChoiceSchema])) as Record<Channel, typeof providerChoiceSchema>)
  .partial()
  .default({});

/** A portfolio's provider blocks: one optional block per provider (and the sandbox's), keyed by its id. */
export const providerSettingsShape = {
  ...(Object.fromEntries(channelProviders.map((p) => [p.id, p.settingsSchema.optional()])) as {
    [P in Registered as P['id']]: z.ZodOptional<P['settingsSchema']>;
  }),
  [SANDBOX_PROVIDER_ID]: sandboxSettingsSchema.optional(),
};

/** The routing and provider settings of a portfolio, as stored. */
export type PortfolioProviderSettings = {
  channels: Partial<Record<Channel, ProviderChoice>>;
} & { [P in Registered as P['id']]?: z.output<P['settingsSchema']> } & { [SANDBOX_PROVIDER_ID]?: z.output<typeof sandboxSettingsSchema> };

/** Every secret some provider reads, in registry order. */
export const providerSecretNames: readonly ProviderSecretName[] = [...new Set(channelProviders.flatMap((p) => p.secrets))];

/** Hosts every portfolio may call without an admin adding them: the providers' own. */
export const providerAllowedHosts: readonly string[] = [...new Set(channelProviders.flatMap((p) => p.defaultAllowedHosts))];

/** A portfolio's outbound policy: its providers' hosts and the hosts its admin allowed. */
export const providerPolicy = (settings: { allowedHosts?: readonly string[] } | undefined, opts: { allowLoopback?: boolean } = {}): OutboundPolicy =>
  portfolioPolicy(settings, { ...opts, providerHosts: providerAllowedHosts });

/** Every webhook the providers call back, status and inbound. */
export const providerWebhookRoutes = channelProviders.flatMap((p) => [
  ...(p.statusWebhook ? [p.statusWebhook.route] : []),
  ...('inboundWebhook' in p && p.inboundWebhook ? [p.inboundWebhook.route] : []),
]);

/** The public URL of a provider webhook for a portfolio. */
export const webhookUrl = (publicUrl: string, path: string, portfolioId: string) =>
  `${publicUrl.replace(/\/$/, '')}/api/v1/webhooks/${path.replace('{portfolioId}', portfolioId)}`;

/** The URLs a portfolio gives its providers, by name (twilioStatusCallback, twilioInbound, email). */
export const providerWebhookUrls = (publicUrl: string, portfolioId: string): Record<string, string> =>
  Object.fromEntries(providerWebhookRoutes.map((r) => [r.urlName, webhookUrl(publicUrl, r.path, portfolioId)]));

/**
 * What is wrong with a portfolio's provider settings, at the field: destinations its outbound policy refuses
 * (refused here rather than on the first send), channels routed to a provider that does not serve them or
 * has no settings block.
 */
export function providerSettingsIssues(
  settings: { channels: Partial<Record<Channel, string>> } & Record<string, unknown>,
  policy: OutboundPolicy,
): Array<{ path: string[]; message: string }> {
  const issues: Array<{ path: string[]; message: string }> = [];
  for (const provider of channelProviders as readonly ProviderDefinition[]) {
    const block = settings[provider.id];
    if (!block) continue;
    for (const d of provider.destinations(block)) {
      const check = 'url' in d ? checkUrl(d.url, policy) : checkHost(d.host, policy);
      if (!check.ok) issues.push({ path: [provider.id, d.field], message: check.refusal.message });
    }
  }
  for (const [channel, id] of Object.entries(settings.channels) as Array<[Channel, string]>) {
    const provider = providerById(id);
    if (!provider) continue;
    if (!provider.channels.includes(channel)) issues.push({ path: ['channels', channel], message: `${provider.title} serves ${listed(provider.channels)} only` });
    if (!settings[provider.id]) issues.push({ path: [provider.id], message: provider.settingsMissing(channel) });
  }
  return issues;
}

const listed = (words: readonly string[]) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`);
