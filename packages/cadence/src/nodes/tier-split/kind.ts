import { z } from 'zod';
import { defineNode, type NodeIssue } from '../../define-node';
import { compileConditions, conditionIssues, conditionSchema } from '../shared/conditions-schema';
import { plural } from '../shared/summary-text';

const tier = z.object({ label: z.string().min(1).max(80), when: z.array(conditionSchema).min(1, 'a tier needs at least one condition') });

/** The four collections tiers as rules the portfolio can tune; the first tier that matches wins. */
export const tierSplitNode = defineNode({
  kind: 'tier-split',
  title: 'Tier split',
  category: 'logic',
  icon: 'layers',
  description: 'Route by collections tier: high balance/high risk, newly delinquent with good history, chronic late payers, low balance/low risk.',
  config: z.object({ tiers: z.array(tier).length(4, 'a tier split has exactly four tiers') }),
  defaults: {
    tiers: [
      {
        label: 'Tier 1: high balance, high risk',
        when: [
          { field: 'balanceCents', operator: 'gte', value: 100_000 },
          { field: 'attributes.riskScore', operator: 'gte', value: 0.7 },
        ],
      },
      {
        label: 'Tier 2: newly delinquent, good history',
        when: [
          { field: 'dpd', operator: 'lte', value: 15 },
          { field: 'attributes.latePayments12m', operator: 'lte', value: 1 },
        ],
      },
      { label: 'Tier 3: chronic late payer', when: [{ field: 'attributes.latePayments12m', operator: 'gte', value: 3 }] },
      {
        label: 'Tier 4: low balance, low risk',
        when: [
          { field: 'balanceCents', operator: 'lt', value: 25_000 },
          { field: 'attributes.riskScore', operator: 'lt', value: 0.3 },
        ],
      },
    ],
  },
  outcomes: (c) => [...c.tiers.map((t, i) => ({ id: `tier-${i + 1}`, label: t.label })), { id: 'otherwise', label: 'No tier matched' }],
  ui: { tiers: { label: 'Tiers, checked in order' } },
  validate: (c) => c.tiers.flatMap((t, i): NodeIssue[] => conditionIssues(t.when, `tiers.${i}.when`)),
  summary: (c) => (Array.isArray(c.tiers) ? `${plural(c.tiers.length, 'tier')}, first match wins` : 'No tiers'),
  compile: (c) => ({
    op: 'branch',
    rules: c.tiers.map((t, i) => ({ outcome: `tier-${i + 1}`, when: compileConditions(t.when) })),
    otherwise: 'otherwise',
  }),
});
