import { z } from 'zod';
import { defineNode } from '../../define-node';

/** End the enrollment with a reason that reports and experiments count by. */
export const exitNode = defineNode({
  kind: 'exit',
  title: 'Exit',
  category: 'exit',
  icon: 'stop',
  description: 'End the cadence for this account, recording why.',
  config: z.object({
    reason: z.enum(['paid', 'plan', 'promise', 'dispute', 'escalated', 'exhausted', 'completed']),
  }),
  defaults: { reason: 'completed' },
  outcomes: [],
  summary: (c) => `Reason: ${String(c.reason ?? '—')}`,
  compile: (c) => ({ op: 'finish', reason: c.reason }),
});
