// The outbound policy of a portfolio: which hosts its senders may call. Providers' own hosts are
// allowed by default (each provider declares them: `providerAllowedHosts` in @kairos/providers, which
// sits above this package); everything else (a customer's CRM, an agency's intake API) an admin adds
// to the portfolio's `outbound.allowedHosts`.
import { z } from 'zod';
import { hostPatternSchema } from './host-patterns';

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

/**
 * The policy of a portfolio from its `outbound` settings (absent: the providers' hosts only).
 * `providerHosts`: the hosts every portfolio may call without an admin adding them (the providers').
 */
export function portfolioPolicy(
  settings: { allowedHosts?: readonly string[] } | undefined,
  opts: { allowLoopback?: boolean; providerHosts?: readonly string[] } = {},
): OutboundPolicy {
  return { allowedHosts: [...(opts.providerHosts ?? []), ...(settings?.allowedHosts ?? [])], allowLoopback: opts.allowLoopback ?? false };
}
