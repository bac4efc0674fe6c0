// A payment step: an activity that records an offer or change in the database (so the checkout page and
// later templates can read it) and sends nothing by itself.
import { z } from 'zod';
import { defineNode } from '../../define-node';
import { numberParam } from '../shared/params';

export const OFFER_PAYMENT_PLAN_ACTIVITY = 'offerPaymentPlan';

/** Global ceilings; a portfolio may set tighter limits, which the worker applies when it makes the offer. */
export const PLAN_LIMITS = { maxInstallments: 36, minInstallmentCents: 1_000 } as const;

// The params its activity accepts (the worker parses them with this schema).
export const offerPaymentPlanInput = z.object({
  maxInstallments: z.number().int().min(2),
  minInstallmentCents: z.number().int().positive(),
  frequency: z.enum(['weekly', 'biweekly', 'monthly']),
  firstPaymentInDays: z.number().int().min(0),
  acceptWithinDays: z.number().int().positive(),
});

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
  activity: OFFER_PAYMENT_PLAN_ACTIVITY,
  activityInput: offerPaymentPlanInput,
  ui: {
    minInstallmentCents: { label: 'Smallest installment (cents)' },
    acceptWithinDays: { label: 'Offer open for (days)' },
  },
  summary: (c) => `Up to ${c.maxInstallments ?? '?'} ${c.frequency ?? 'monthly'} installments`,
  // Eligible when the balance covers at least two installments of the minimum size.
  simulate: (p, account) => ({ outcome: account.balanceCents >= 2 * numberParam(p, 'minInstallmentCents', 0) ? 'offered' : 'not_eligible' }),
  compile: (c) => ({ op: 'activity', activity: OFFER_PAYMENT_PLAN_ACTIVITY, input: { ...c }, outcomes: ['offered', 'not_eligible'] }),
});
