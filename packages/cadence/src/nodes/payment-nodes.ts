// Payment steps: links, plans, discounts and extensions. Each is an activity that records an offer in
// the database (so the checkout page and later templates can read it) and sends nothing by itself.
import { z } from 'zod';
import { defineNode, type NodeIssue } from '../define-node';
import { BUILT_IN_ACTIVITIES as A } from './activity-names';

const amountSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('balance') }),
  z.object({ type: z.literal('fixed'), cents: z.number().int().min(100) }),
  z.object({ type: z.literal('percent'), percent: z.number().int().min(1).max(100) }),
]);

export const paymentLinkNode = defineNode({
  kind: 'payment-link',
  title: 'Payment link',
  category: 'payment',
  icon: 'link',
  description: 'Create a payment link (full balance, a fixed amount or a share) that later messages send as {{ paymentLink }}.',
  config: z.object({ amount: amountSchema.default({ type: 'balance' }), expiresInDays: z.number().int().min(1).max(90).default(14) }),
  defaults: { amount: { type: 'balance' }, expiresInDays: 14 },
  outcomes: [{ id: 'next', label: 'Link ready' }],
  activity: A.createPaymentLink,
  ui: { expiresInDays: { label: 'Link valid for (days)' } },
  compile: (c) => ({ op: 'activity', activity: A.createPaymentLink, input: { amount: c.amount, expiresInDays: c.expiresInDays }, outcomes: ['next'] }),
});

/** Global ceilings; a portfolio may set tighter limits, which the worker applies when it makes the offer. */
export const PLAN_LIMITS = { maxInstallments: 36, minInstallmentCents: 1_000 } as const;

export const paymentPlanNode = defineNode({
  kind: 'payment-plan',
  title: 'Offer payment plan',
  category: 'payment',
  icon: 'calendar',
  description: 'Offer installments within the portfolio\'s limits; the offer is available to templates as {{ plan.* }}. Wait for "Plan accepted" next.',
  config: z.object({
    maxInstallments: z.number().int().min(2).max(PLAN_LIMITS.maxInstallments),
    minInstallmentCents: z.number().int().min(PLAN_LIMITS.minInstallmentCents),
    frequency: z.enum(['weekly', 'biweekly', 'monthly']).default('monthly'),
    firstPaymentInDays: z.number().int().min(0).max(60).default(7),
    acceptWithinDays: z.number().int().min(1).max(30).default(7),
  }),
  defaults: { maxInstallments: 6, minInstallmentCents: 2_500, frequency: 'monthly', firstPaymentInDays: 7, acceptWithinDays: 7 },
  outcomes: [
    { id: 'offered', label: 'Offered' },
    { id: 'not_eligible', label: 'Not eligible' },
  ],
  activity: A.offerPaymentPlan,
  ui: {
    minInstallmentCents: { label: 'Smallest installment (cents)' },
    acceptWithinDays: { label: 'Offer open for (days)' },
  },
  compile: (c) => ({ op: 'activity', activity: A.offerPaymentPlan, input: { ...c }, outcomes: ['offered', 'not_eligible'] }),
});

export const discountNode = defineNode({
  kind: 'prompt-pay-discount',
  title: 'Prompt-payment discount',
  category: 'payment',
  icon: 'percent',
  description: 'Offer a settlement discount if paid within N days; paying the offer amount settles the account.',
  config: z.object({ percent: z.number().int().min(1).max(50), validDays: z.number().int().min(1).max(30) }),
  defaults: { percent: 10, validDays: 7 },
  outcomes: [{ id: 'offered', label: 'Offered' }],
  activity: A.offerDiscount,
  validate: (c): NodeIssue[] =>
    c.percent > 30 ? [{ code: 'large-discount', field: 'percent', severity: 'warning', message: `a ${c.percent}% discount usually needs a supervisor's sign-off` }] : [],
  compile: (c) => ({ op: 'activity', activity: A.offerDiscount, input: { percent: c.percent, validDays: c.validDays }, outcomes: ['offered'] }),
});

export const deadlineExtensionNode = defineNode({
  kind: 'deadline-extension',
  title: 'Extend deadline',
  category: 'payment',
  icon: 'calendar-plus',
  description: 'Move the due date later by N days (once per step visit); waits relative to the due date follow it.',
  config: z.object({ days: z.number().int().min(1).max(60) }),
  defaults: { days: 14 },
  outcomes: [{ id: 'next', label: 'Extended' }],
  activity: A.extendDueDate,
  compile: (c) => ({ op: 'activity', activity: A.extendDueDate, input: { days: c.days }, outcomes: ['next'] }),
});
