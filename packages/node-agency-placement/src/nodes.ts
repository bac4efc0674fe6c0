// The browser-safe half of the package: the node kind as the editor, the compiler and the lint see it.
import { z } from 'zod';
import { defineNode, defineNodePackage } from '@kairos/cadence';

export const AGENCY_PLACEMENT_ACTIVITY = 'acmeAgencyPlacement';

/** The params the activity accepts: what `compile` puts in the step's input. */
export const agencyPlacementInput = z.object({ endpoint: z.url(), portfolioCode: z.string(), minBalanceCents: z.number().int() });

/** Hand an account to a collection agency's intake API and follow its answer. */
export const agencyPlacementNode = defineNode({
  kind: 'acme/agency-placement',
  version: 2,
  title: 'Place with Acme agency',
  category: 'action',
  icon: 'building',
  description: "Send the account to Acme Recoveries' intake API; placed or rejected by the agency's answer.",
  config: z.object({
    // Whether Kairos may call it (https, a host the portfolio allows) is the outbound lint's to say: see outboundUrls.
    endpoint: z.url({ protocol: /^https?$/, error: "give the full URL of Acme's intake API, e.g. https://intake.acme-recoveries.example/v1/placements" }),
    portfolioCode: z.string().regex(/^[A-Z0-9]{2,12}$/, 'portfolio codes are 2-12 capital letters or digits, as Acme issues them'),
    minBalanceCents: z.number().int().min(0).default(10_000),
  }),
  defaults: { endpoint: 'https://intake.acme-recoveries.example/v1/placements', portfolioCode: 'KAIROS', minBalanceCents: 10_000 },
  outcomes: [
    { id: 'placed', label: 'Placed' },
    { id: 'rejected', label: 'Rejected' },
  ],
  // v1 called the portfolio `portfolio` (free text); v2 requires Acme's code format.
  migrations: { 1: (c) => ({ ...c, portfolioCode: String(c.portfolio ?? 'KAIROS').toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 12) || 'KAIROS', portfolio: undefined }) },
  activity: AGENCY_PLACEMENT_ACTIVITY,
  activityInput: agencyPlacementInput,
  outboundUrls: (c) => [{ field: 'endpoint', url: c.endpoint }],
  ui: {
    endpoint: { label: 'Intake API URL' },
    portfolioCode: { label: 'Acme portfolio code', help: 'As on your Acme contract, e.g. KAIROS01.' },
    minBalanceCents: { label: 'Smallest balance placed (cents)' },
  },
  summary: (c) => `To Acme ${c.portfolioCode ?? '?'}, from ${typeof c.minBalanceCents === 'number' ? `$${(c.minBalanceCents / 100).toFixed(2)}` : '?'}`,
  // In a simulation Acme takes every balance at or above the minimum (its real answer needs its API).
  simulate: (p, account) => ({ outcome: account.balanceCents >= Number(p.minBalanceCents ?? 0) ? 'placed' : 'rejected' }),
  validate: (c) =>
    c.minBalanceCents < 5_000 ? [{ code: 'low-placement-minimum', field: 'minBalanceCents', severity: 'warning', message: 'Acme charges a minimum fee above what balances under $50 recover' }] : [],
  compile: (c) => ({
    op: 'activity',
    activity: AGENCY_PLACEMENT_ACTIVITY,
    input: { endpoint: c.endpoint, portfolioCode: c.portfolioCode, minBalanceCents: c.minBalanceCents },
    outcomes: ['placed', 'rejected'],
  }),
});

/** What `kairos.config.json` loads: `"nodePackages": ["@kairos-example/agency-placement"]`. */
export const nodePackage = defineNodePackage({ name: '@kairos-example/agency-placement', version: '1.0.0', nodes: [agencyPlacementNode] });
