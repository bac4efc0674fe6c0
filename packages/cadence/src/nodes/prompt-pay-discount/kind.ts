// A payment step: an activity that records an offer or change in the database (so the checkout page and
// later templates can read it) and sends nothing by itself.
import { z } from 'zod';
import { defineNode, type NodeIssue } from '../../define-node';
import { plural } from '../shared/summary-text';

export const OFFER_DISCOUNT_ACTIVITY = 'offerDiscount';

// The params its activity accepts (the worker parses them with this schema).
export const offerDiscountInput = z.object({ percent: z.number().int().min(1).max(100), validDays: z.number().int().positive() });

export const discountNode = defineNode({
  kind: 'prompt-pay-discount',
  title: 'Prompt-payment discount',
  category: 'payment',
  icon: 'percent',
  description: 'Offer a settlement discount if paid within N days; paying the offer amount settles the account.',
  config: z.object({ percent: z.number().int().min(1).max(50), validDays: z.number().int().min(1).max(30) }),
  defaults: { percent: 10, validDays: 7 },
  outcomes: [{ id: 'offered', label: 'Offered' }],
  activity: OFFER_DISCOUNT_ACTIVITY,
  activityInput: offerDiscountInput,
  validate: (c): NodeIssue[] =>
    c.percent > 30 ? [{ code: 'large-discount', field: 'percent', severity: 'warning', message: `a ${c.percent}% discount usually needs a supervisor's sign-off` }] : [],
  summary: (c) => `${c.percent ?? '?'}% off if paid within ${plural(Number(c.validDays ?? 0), 'day')}`,
  simulate: () => ({ outcome: 'offered' }),
  compile: (c) => ({ op: 'activity', activity: OFFER_DISCOUNT_ACTIVITY, input: { percent: c.percent, validDays: c.validDays }, outcomes: ['offered'] }),
});
