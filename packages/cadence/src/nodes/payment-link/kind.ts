// A payment step: an activity that records an offer or change in the database (so the checkout page and
// later templates can read it) and sends nothing by itself.
import { z } from 'zod';
import { defineNode } from '../../define-node';
import { plural } from '../shared/summary-text';

export const CREATE_PAYMENT_LINK_ACTIVITY = 'createPaymentLink';

const amountSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('balance') }),
  z.object({ type: z.literal('fixed'), cents: z.number().int().min(100) }),
  z.object({ type: z.literal('percent'), percent: z.number().int().min(1).max(100) }),
]);

// The params its activity accepts (the worker parses them with this schema).
export const createPaymentLinkInput = z.object({
  amount: z.discriminatedUnion('type', [
    z.object({ type: z.literal('balance') }),
    z.object({ type: z.literal('fixed'), cents: z.number().int().positive() }),
    z.object({ type: z.literal('percent'), percent: z.number().min(1).max(100) }),
  ]),
  expiresInDays: z.number().int().positive(),
});

export const paymentLinkNode = defineNode({
  kind: 'payment-link',
  title: 'Payment link',
  category: 'payment',
  icon: 'link',
  description: 'Create a payment link (full balance, a fixed amount or a share) that later messages send as {{ paymentLink }}.',
  config: z.object({ amount: amountSchema.default({ type: 'balance' }), expiresInDays: z.number().int().min(1).max(90).default(14) }),
  defaults: { amount: { type: 'balance' }, expiresInDays: 14 },
  outcomes: [{ id: 'next', label: 'Link ready' }],
  activity: CREATE_PAYMENT_LINK_ACTIVITY,
  activityInput: createPaymentLinkInput,
  ui: { expiresInDays: { label: 'Link valid for (days)' } },
  summary: (c) =>
    `${c.amount?.type === 'fixed' ? `$${(Number(c.amount.cents) / 100).toFixed(2)}` : c.amount?.type === 'percent' ? `${c.amount.percent}% of the balance` : 'The balance'}, valid ${plural(Number(c.expiresInDays ?? 14), 'day')}`,
  simulate: () => ({ outcome: 'next' }),
  compile: (c) => ({ op: 'activity', activity: CREATE_PAYMENT_LINK_ACTIVITY, input: { amount: c.amount, expiresInDays: c.expiresInDays }, outcomes: ['next'] }),
});
