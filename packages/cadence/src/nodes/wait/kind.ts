import { z } from 'zod';
import { defineNode } from '../../define-node';
import { durationSchema, localTimeSchema, weekdaySchema } from '../shared/duration';
import { durationText, plural, words } from '../shared/summary-text';

/** Pause the enrollment: for a while, until a day relative to the due date, or until a local-time window opens. */
export const waitNode = defineNode({
  kind: 'wait',
  title: 'Wait',
  category: 'timing',
  icon: 'clock',
  description: 'Wait a duration, until N days before/after the due date (DPD N) at a local time, or until the next allowed window such as weekdays 10:00–17:00.',
  config: z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('duration'), duration: durationSchema }),
    z.object({
      mode: z.literal('dueDate'),
      offsetDays: z.number().int().min(-365).max(3650),
      localTime: localTimeSchema.default('10:00'),
    }),
    z.object({
      mode: z.literal('window'),
      days: z.array(weekdaySchema).min(1, 'choose at least one day').refine((d) => new Set(d).size === d.length, 'each day may be listed once'),
      from: localTimeSchema,
      to: localTimeSchema,
    }),
  ]),
  defaults: { mode: 'duration', duration: { days: 1, hours: 0, minutes: 0 } },
  outcomes: [{ id: 'next', label: 'Then' }],
  ui: {
    offsetDays: { label: 'Days relative to due date', help: 'Negative for before the due date (-3 = three days before); 30 = when DPD reaches 30.' },
    localTime: { label: 'At local time', widget: 'time' },
    days: { label: 'On days' },
    from: { label: 'Window opens', widget: 'time' },
    to: { label: 'Window closes', widget: 'time' },
  },
  validate: (c) =>
    c.mode === 'window' && c.from >= c.to ? [{ code: 'empty-window', field: 'to', message: 'the window must close after it opens (same day)' }] : [],
  summary: (c) => {
    if (c.mode === 'dueDate') {
      const n = Number(c.offsetDays ?? 0);
      const when = n === 0 ? 'on the due date' : `${plural(Math.abs(n), 'day')} ${n < 0 ? 'before' : 'after'} the due date`;
      return `Until ${when} at ${c.localTime ?? '10:00'}`;
    }
    if (c.mode === 'window') return `Until ${words(c.days) || 'no day'} ${c.from ?? '?'}–${c.to ?? '?'}`;
    return `Wait ${durationText(c.duration)}`;
  },
  compile: (c) =>
    c.mode === 'duration' ? { op: 'wait', until: { after: c.duration }, outcome: 'next' }
    : c.mode === 'dueDate' ? { op: 'wait', until: { dueDateOffsetDays: c.offsetDays, localTime: c.localTime }, outcome: 'next' }
    : { op: 'wait', until: { window: { days: c.days, from: c.from, to: c.to } }, outcome: 'next' },
});
