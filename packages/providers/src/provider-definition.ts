// A channel provider declared once, as one object: the channels it serves, its settings (a zod schema
// that validates a portfolio's block and types it), the secrets it needs, the hosts it calls, the
// sender built from all that, and the webhooks it calls back. The registry reads nothing else.
import type { SendChannel as Channel } from '@kairos/channels';
import type { OutboundClient } from '@kairos/outbound/node';
import type { z } from 'zod';
import type { ChannelProvider, OutgoingMessage } from './provider';
import type { ProviderStatusWebhook, ProviderWebhookRequest, ReportIssue } from './status-webhook';

/** What a sender is built with besides its settings and secrets: the portfolio's way out and its webhook URLs. */
export interface ConnectContext {
  /** The portfolio's outbound policy: the only way the sender reaches the provider. */
  outbound: OutboundClient;
  /** The public URL of one of this provider's webhooks for the portfolio (by its `urlName`). */
  webhookUrl(urlName: string): string;
  /** Where a holder unsubscribes with one click from a message (providers of written messages add it). */
  unsubscribeUrl?: (message: OutgoingMessage) => string | undefined;
}

/** How a webhook of a provider is published: its path, its URL's name in a portfolio, and its reference text. */
export interface ProviderWebhookRoute {
  /** Under /api/v1/webhooks, with `{portfolioId}`: twilio/{portfolioId}/status. */
  path: string;
  /** The key of its URL in a portfolio's `webhooks` (what an admin gives the provider). */
  urlName: string;
  /** The security scheme of the OpenAPI document that names its signature. */
  signature: string;
  summary: string;
  /** The reference text; `portfolioNote` says how the portfolio in the path binds the report. */
  description(portfolioNote: string): string;
}

/** A message a customer sent in (a reply, STOP), as an inbound webhook reads it. */
export interface InboundText {
  channel: 'sms' | 'whatsapp';
  from: string;
  to?: string;
  text: string;
  /** The provider's id of the message: what tells a new message from a replay. */
  messageId: string;
}

/** What an inbound message did, for the provider's answer to it. */
export type InboundEffect = 'duplicate' | 'opt_out' | 'opt_in' | 'none';

/** The receiving half for customers' own messages: authenticated like the status webhook, answered in the provider's format. */
export interface ProviderInboundWebhook {
  route: ProviderWebhookRoute;
  /** Words for the refusal when the portfolio lacks the secret ("Twilio auth token"). */
  secretTitle: string;
  authenticate: ProviderStatusWebhook['authenticate'];
  /** The message, or the fields at fault (`message` says what the request is not). */
  parse(req: ProviderWebhookRequest): { inbound: InboundText } | { invalid: ReportIssue[]; message: string };
  /** The answer the provider expects (TwiML for Twilio), confirming an opt-out or opt-in once. */
  answer(effect: InboundEffect): { body: string; contentType: string };
  /** How the reference describes the answer and a refused request. */
  answers: { mediaType: string; description: string; invalid: string };
}

export interface ProviderDefinition<Id extends string = string, Settings extends z.ZodType = z.ZodType, Secret extends string = string> {
  /** The value a portfolio names in `channels.<channel>`; also the key of its settings block. */
  id: Id;
  /** How people call it ("Twilio", "SMTP"), in messages to them. */
  title: string;
  channels: readonly Channel[];
  /** The portfolio's `<id>` settings block; secrets are not part of it. */
  settingsSchema: Settings;
  /** The portfolio secrets it reads (write-only in the API, never answered nor logged). */
  secrets: readonly Secret[];
  /** Hosts every portfolio may call for it without an admin allowing them. */
  defaultAllowedHosts: readonly string[];
  /** Destinations its settings name, held to the portfolio's outbound policy as they are saved. */
  destinations(settings: z.output<Settings>): Array<{ field: string; url: string } | { field: string; host: string }>;
  /** Why a channel routed to it cannot go out without its settings (named at the settings block). */
  settingsMissing(channel: Channel): string;
  /** Why a portfolio cannot send a channel through it yet (settings or secrets missing), after "portfolio <id> ". */
  unconfigured(channel: Channel): string;
  /** A sender for one portfolio, or undefined when its settings or secrets are missing. */
  connect(settings: z.output<Settings> | undefined, secrets: Partial<Record<Secret, string>>, context: ConnectContext): ChannelProvider | undefined;
  statusWebhook?: ProviderStatusWebhook & { route: ProviderWebhookRoute };
  inboundWebhook?: ProviderInboundWebhook;
}

/** Declares a provider; the literal id and secret names stay in its type, so the registry types the settings. */
export const defineProvider = <const Id extends string, Settings extends z.ZodType, const Secret extends string>(
  definition: ProviderDefinition<Id, Settings, Secret>,
): ProviderDefinition<Id, Settings, Secret> => definition;
