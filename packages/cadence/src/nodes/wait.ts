import { z } from 'zod';
import { defineNode } from '../define-node';
import { durationSchema, localTimeSchema } from './duration';

/** Pause the enrollment for a while, or until a day relative to the account's due date. */
export const waitNode = defineNode({
  kind: 'wait',
  title: 'Wait',
  category: 'timing',
  icon: 'clock',
  description: 'Wait a duration, or until N days before/after the due date at a local time.',
  config: z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('duration'), duration: durationSchema }),
    z.object({
      mode: z.literal('dueDate'),
      offsetDays: z.number().int().min(-365).max(3650),
      localTime: localTimeSchema.default('10:00'),
    }),
  ]),
  defaults: { mode: 'duration', duration: { days: 1, hours: 0, minutes: 0 } },
  outcomes: [{ id: 'next', label: 'Then' }],
  ui: {
    offsetDays: { label: 'Days relative to due date', help: 'Negative for before the due date (-3 = three days before).' },
    localTime: { label: 'At local time', widget: 'time' },
  },
  compile: (c) =>
    c.mode === 'duration'
      ? { op: 'wait', until: { after: c.duration }, outcome: 'next' }
      : { op: 'wait', until: { dueDateOffsetDays: c.offsetDays, localTime: c.localTime }, outcome: 'next' },
});
