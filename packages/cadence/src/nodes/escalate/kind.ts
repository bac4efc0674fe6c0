import { z } from 'zod';
import { defineNode } from '../../define-node';
import { numberParam } from '../shared/params';

export const ESCALATE_ACCOUNT_ACTIVITY = 'escalateAccount';

// The params its activity accepts (the worker parses them with this schema).
export const escalateAccountInput = z.object({ to: z.enum(['agency', 'legal']), partner: z.string().min(1), minBalanceCents: z.number().int().min(0) });

export const escalateNode = defineNode({
  kind: 'escalate',
  title: 'Escalate',
  category: 'action',
  icon: 'gavel',
  description: 'Place the account with a collection agency or legal, after a compliance check (no open dispute or cease request).',
  config: z.object({
    to: z.enum(['agency', 'legal']),
    partner: z.string().min(1).max(120),
    minBalanceCents: z.number().int().min(0).default(0),
  }),
  defaults: { to: 'agency', partner: 'Acme Recoveries', minBalanceCents: 5_000 },
  outcomes: [
    { id: 'placed', label: 'Placed' },
    { id: 'blocked', label: 'Not allowed' },
  ],
  activity: ESCALATE_ACCOUNT_ACTIVITY,
  activityInput: escalateAccountInput,
  summary: (c) => `To ${c.to ?? '?'}: ${c.partner ?? '?'}`,
  simulate: (p, account) => ({ outcome: account.balanceCents >= numberParam(p, 'minBalanceCents', 0) ? 'placed' : 'blocked' }),
  compile: (c) => ({ op: 'activity', activity: ESCALATE_ACCOUNT_ACTIVITY, input: { ...c }, outcomes: ['placed', 'blocked'] }),
});
