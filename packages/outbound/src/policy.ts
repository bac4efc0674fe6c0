// The outbound policy of a portfolio: which hosts its senders may call. Providers' own hosts are
// allowed by default; everything else (a customer's CRM, an agency's intake API) an admin adds to
// the portfolio's `outbound.allowedHosts`.
import { z } from 'zod';
import { hostPatternSchema } from './host-patterns';

/**
 * Hosts every portfolio may call without an admin adding them: the providers Kairos speaks to.
 * Twilio's REST API is api.twilio.com and its regional edges (api.dublin.ie1.twilio.com, ...).
 */
export const DEFAULT_ALLOWED_HOSTS: readonly string[] = ['api.twilio.com', '*.twilio.com'];

/** A portfolio's `outbound` settings block, as an admin saves it. */
export const outboundSettingsSchema = z.object({
  allowedHosts: z
    .array(hostPatternSchema)
    .max(200, 'at most 200 allowed hosts: use a *.example.com pattern for many hosts of one organisation')
    .default([])
    .describe('Hosts that webhook steps, custom nodes and providers of this portfolio may call: hooks.example.com, *.example.com or a public IP'),
});
export type OutboundSettings = z.infer<typeof outboundSettingsSchema>;

export interface OutboundPolicy {
  /** Host patterns that may be called: the defaults and the portfolio's own. */
  allowedHosts: readonly string[];
  /**
   * Test-only: loopback destinations (localhost, 127.0.0.0/8, ::1) may be called, over plain http too,
   * whatever the allowed hosts say. Set only through the test allowance (see `@kairos/outbound/node`).
   */
  allowLoopback: boolean;
}

/** The policy of a portfolio from its `outbound` settings (absent: the defaults only). */
export function portfolioPolicy(settings: { allowedHosts?: readonly string[] } | undefined, opts: { allowLoopback?: boolean } = {}): OutboundPolicy {
  return { allowedHosts: [...DEFAULT_ALLOWED_HOSTS, ...(settings?.allowedHosts ?? [])], allowLoopback: opts.allowLoopback ?? false };
}
