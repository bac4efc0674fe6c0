import { z } from 'zod';
import { defineNode } from '../../define-node';
import { durationSchema } from '../shared/duration';
import { SIGNAL_LABELS, signalSchema } from '../shared/signals';
import { durationText, words } from '../shared/summary-text';

/** Wait for the account holder to act (pay, promise, dispute, reply, ...), with a timeout. */
export const waitForEventNode = defineNode({
  kind: 'wait-for-event',
  title: 'Wait for event',
  category: 'logic',
  icon: 'hourglass',
  description: 'Wait until the account pays, promises, disputes, replies or a payment fails, or the timeout passes.',
  config: z.object({
    events: z
      .array(signalSchema)
      .min(1, 'choose at least one event to wait for')
      .refine((e) => new Set(e).size === e.length, 'each event may be listed once'),
    timeout: durationSchema,
  }),
  defaults: { events: ['paid', 'promise'], timeout: { days: 3, hours: 0, minutes: 0 } },
  outcomes: (c) => [...c.events.map((e) => ({ id: e, label: SIGNAL_LABELS[e] })), { id: 'timeout', label: 'Timed out' }],
  ui: { events: { label: 'Wait for' }, timeout: { label: 'Give up after', widget: 'duration' } },
  summary: (c) => `For ${words(c.events) || 'no event'}, up to ${durationText(c.timeout)}`,
  compile: (c) => ({
    op: 'waitForEvent',
    on: Object.fromEntries(c.events.map((e) => [e, e])),
    timeout: { after: c.timeout },
    timeoutOutcome: 'timeout',
  }),
});
