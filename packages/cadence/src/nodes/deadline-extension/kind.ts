// A payment step: an activity that records an offer or change in the database (so the checkout page and
// later templates can read it) and sends nothing by itself.
import { z } from 'zod';
import { defineNode } from '../../define-node';
import { plural } from '../shared/summary-text';
import { numberParam } from '../shared/params';
import { addDuration } from '../../interpreter/time';

export const EXTEND_DUE_DATE_ACTIVITY = 'extendDueDate';

// The params its activity accepts (the worker parses them with this schema).
export const extendDueDateInput = z.object({ days: z.number().int().positive() });

export const deadlineExtensionNode = defineNode({
  kind: 'deadline-extension',
  title: 'Extend deadline',
  category: 'payment',
  icon: 'calendar-plus',
  description: 'Move the due date later by N days (once per step visit); waits relative to the due date follow it.',
  config: z.object({ days: z.number().int().min(1).max(60) }),
  defaults: { days: 14 },
  outcomes: [{ id: 'next', label: 'Extended' }],
  activity: EXTEND_DUE_DATE_ACTIVITY,
  activityInput: extendDueDateInput,
  summary: (c) => `Extend the due date by ${plural(Number(c.days ?? 0), 'day')}`,
  simulate: (p, account) => {
    const moved = addDuration(`${account.dueDate}T12:00:00.000Z`, { days: numberParam(p, 'days', 0) }, 'UTC').slice(0, 10);
    return { outcome: 'next', account: { ...account, dueDate: moved } };
  },
  compile: (c) => ({ op: 'activity', activity: EXTEND_DUE_DATE_ACTIVITY, input: { days: c.days }, outcomes: ['next'] }),
});
