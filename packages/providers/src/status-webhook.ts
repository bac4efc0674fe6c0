// The receiving half of a provider: the status webhooks it calls (delivery receipts, bounces,
// complaints). A route hands the request over as received; the provider's own module says whether it
// is authentic and what it reports, so adding a provider adds a module here, not logic in the API.
import type { NewDeliveryReceipt } from './receipts';

/** A request a provider sent to one of Kairos's webhooks, as the route received it. */
export interface ProviderWebhookRequest {
  /** The public URL the provider was given (some providers sign it). */
  url: string;
  header(name: string): string | undefined;
  /** The body exactly as sent: signatures cover these bytes. */
  rawBody: string;
  /** Now, in Unix seconds: timestamped signatures older than their tolerance are refused as replays. */
  nowSeconds: number;
}

export type WebhookAuthentication = { ok: true } | { ok: false; reason: string };

/** A field of the report at fault, named as the provider sent it. */
export interface ReportIssue {
  field: string;
  message: string;
}

/** What a status webhook reports, once authenticated. */
export type StatusReport =
  | {
      receipt: NewDeliveryReceipt;
      /** The recipient asked (or their mail system complained) never to be reached on this channel again. */
      optOut?: { channel: 'email' | 'sms' | 'whatsapp'; contact: { email: string } | { phone: string }; keyword: string };
    }
  /** Understood, but about nothing Kairos tracks (a status it does not map): answered 200 so it is not resent. */
  | { ignored: string }
  /** Not a report this provider sends: answered 400 with the fields at fault. */
  | { invalid: ReportIssue[] };

export interface ProviderStatusWebhook {
  /** The provider named on the receipts (`delivery_receipts.provider`). */
  provider: string;
  /** Which portfolio secret signs the requests (see `PortfolioSecrets`). */
  secret: string;
  /** Whether the request comes from the provider: its signature, checked with the portfolio's secret. */
  authenticate(req: ProviderWebhookRequest, secret: string): WebhookAuthentication;
  /** The receipt the request reports; call only after `authenticate` said ok. */
  parse(req: ProviderWebhookRequest): StatusReport;
}
