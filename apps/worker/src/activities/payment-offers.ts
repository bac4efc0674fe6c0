// Payment steps: a link, a plan offer or a settlement discount, recorded once per idempotency key.
// They send nothing; later messages carry them as {{ paymentLink }}, {{ plan.* }} and {{ offer.* }}.
import { createPaymentLinkInput, offerDiscountInput, offerPaymentPlanInput, PLAN_LIMITS, type ActivityInput, type ActivityResult } from '@kairos/cadence';
import { createPaymentOffer, getAccount, type KairosDb } from '@kairos/db';
import { dateAfter, paramsOf } from './activity-params';

export interface PaymentOfferDeps {
  db: KairosDb;
  now: () => Date;
  /** Where the checkout page is served: links are `${publicUrl}/pay/<token>`. */
  publicUrl: string;
  /** The portfolio's plan limits, tighter than the global ceilings (defaults: the ceilings). */
  planLimits?: { maxInstallments: number; minInstallmentCents: number };
}

export const checkoutUrl = (publicUrl: string, token: string) => `${publicUrl.replace(/\/$/, '')}/pay/${token}`;

/** Installments for a balance within limits: as few as the minimum installment allows, at most the maximum. */
export function planFor(balanceCents: number, limits: { maxInstallments: number; minInstallmentCents: number }) {
  const installments = Math.min(limits.maxInstallments, Math.floor(balanceCents / limits.minInstallmentCents));
  if (installments < 2) return null;
  return { installments, installmentCents: Math.ceil(balanceCents / installments) };
}

export function createPaymentOfferActivities(deps: PaymentOfferDeps) {
  const base = (input: ActivityInput) => ({ idempotencyKey: input.idempotencyKey, accountId: input.accountId, enrollmentId: input.enrollmentId });

  async function createPaymentLink(input: ActivityInput): Promise<ActivityResult> {
    const p = paramsOf(createPaymentLinkInput, input.params, 'createPaymentLink');
    const account = await getAccount(deps.db, input.accountId);
    if (!account) return { outcome: 'next', detail: { skipped: 'account no longer exists' } };
    const a = p.amount;
    const amountCents = a.type === 'balance' ? account.balanceCents : a.type === 'fixed' ? Math.min(a.cents, account.balanceCents) : Math.ceil((account.balanceCents * a.percent) / 100);
    const { offer } = await createPaymentOffer(deps.db, { ...base(input), kind: 'link', amountCents, expiresAt: new Date(deps.now().getTime() + p.expiresInDays * 86_400_000) });
    return { outcome: 'next', detail: { offerId: offer.id, amountCents: offer.amountCents, url: checkoutUrl(deps.publicUrl, offer.token) } };
  }

  async function offerPaymentPlan(input: ActivityInput): Promise<ActivityResult> {
    const p = paramsOf(offerPaymentPlanInput, input.params, 'offerPaymentPlan');
    const account = await getAccount(deps.db, input.accountId);
    if (!account) return { outcome: 'not_eligible', detail: { reason: 'account no longer exists' } };
    const portfolio = deps.planLimits ?? PLAN_LIMITS;
    const limits = {
      maxInstallments: Math.min(p.maxInstallments, portfolio.maxInstallments),
      minInstallmentCents: Math.max(p.minInstallmentCents, portfolio.minInstallmentCents),
    };
    const plan = planFor(account.balanceCents, limits);
    if (!plan) {
      return { outcome: 'not_eligible', detail: { reason: `a balance of ${account.balanceCents} cents does not make two installments of at least ${limits.minInstallmentCents}` } };
    }
    const now = deps.now();
    const { offer } = await createPaymentOffer(deps.db, {
      ...base(input),
      kind: 'plan',
      amountCents: account.balanceCents,
      installments: plan.installments,
      installmentCents: plan.installmentCents,
      frequency: p.frequency,
      firstDueDate: dateAfter(now, p.firstPaymentInDays),
      expiresAt: new Date(now.getTime() + p.acceptWithinDays * 86_400_000),
    });
    return { outcome: 'offered', detail: { offerId: offer.id, installments: offer.installments, installmentCents: offer.installmentCents, url: checkoutUrl(deps.publicUrl, offer.token) } };
  }

  async function offerDiscount(input: ActivityInput): Promise<ActivityResult> {
    const p = paramsOf(offerDiscountInput, input.params, 'offerDiscount');
    const account = await getAccount(deps.db, input.accountId);
    if (!account) return { outcome: 'offered', detail: { skipped: 'account no longer exists' } };
    const amountCents = Math.round((account.balanceCents * (100 - p.percent)) / 100);
    const { offer } = await createPaymentOffer(deps.db, {
      ...base(input),
      kind: 'discount',
      amountCents,
      percent: p.percent,
      expiresAt: new Date(deps.now().getTime() + p.validDays * 86_400_000),
    });
    return { outcome: 'offered', detail: { offerId: offer.id, amountCents: offer.amountCents, url: checkoutUrl(deps.publicUrl, offer.token) } };
  }

  return { createPaymentLink, offerPaymentPlan, offerDiscount };
}
