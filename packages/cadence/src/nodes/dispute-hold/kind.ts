import { z } from 'zod';
import { defineNode } from '../../define-node';
import { plural } from '../shared/summary-text';

/** Reg F 1006.38: a disputed debt is not collected until verification is sent; this step holds the account. */
export const disputeHoldNode = defineNode({
  kind: 'dispute-hold',
  title: 'Hold on dispute',
  category: 'action',
  icon: 'pause',
  description: 'Stop outreach until the dispute is resolved (verification sent, corrected or withdrawn), or a maximum hold passes.',
  config: z.object({ maxDays: z.number().int().min(1).max(365).default(90) }),
  defaults: { maxDays: 90 },
  outcomes: [
    { id: 'resolved', label: 'Dispute resolved' },
    { id: 'timeout', label: 'Still open' },
  ],
  ui: { maxDays: { label: 'Hold at most (days)' } },
  summary: (c) => `Hold up to ${plural(Number(c.maxDays ?? 90), 'day')}`,
  compile: (c) => ({
    op: 'waitForEvent',
    on: { dispute_resolved: 'resolved' },
    timeout: { after: { days: c.maxDays } },
    timeoutOutcome: 'timeout',
  }),
});
