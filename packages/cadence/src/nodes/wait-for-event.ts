import { z } from 'zod';
import { defineNode } from '../define-node';
import type { CadenceSignal } from '../interpreter/ir';
import { durationSchema } from './duration';

const LABELS: Record<CadenceSignal, string> = {
  paid: 'Paid in full',
  partial_payment: 'Partial payment',
  promise: 'Promise to pay',
  dispute: 'Dispute',
};

/** Wait for the account holder to act (pay, promise, dispute), with a timeout. */
export const waitForEventNode = defineNode({
  kind: 'wait-for-event',
  title: 'Wait for event',
  category: 'timing',
  icon: 'hourglass',
  description: 'Wait until the account pays, promises or disputes, or the timeout passes.',
  config: z.object({
    events: z
      .array(z.enum(['paid', 'partial_payment', 'promise', 'dispute']))
      .min(1, 'choose at least one event to wait for')
      .refine((e) => new Set(e).size === e.length, 'each event may be listed once'),
    timeout: durationSchema,
  }),
  defaults: { events: ['paid', 'promise'], timeout: { days: 3, hours: 0, minutes: 0 } },
  outcomes: (c) => [...c.events.map((e) => ({ id: e, label: LABELS[e] })), { id: 'timeout', label: 'Timed out' }],
  compile: (c) => ({
    op: 'waitForEvent',
    on: Object.fromEntries(c.events.map((e) => [e, e])),
    timeout: { after: c.timeout },
    timeoutOutcome: 'timeout',
  }),
});
