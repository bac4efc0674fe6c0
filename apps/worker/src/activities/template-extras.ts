import type { TemplateExtras } from '@kairos/cadence/templates';
import { openOffers, type KairosDb } from '@kairos/db';
import { checkoutUrl } from './payment-offers';

/** What templates know beyond the account: the open payment link, plan and discount offers. */
export async function templateExtras(db: KairosDb, accountId: string, at: Date, publicUrl: string): Promise<TemplateExtras> {
  const open = await openOffers(db, accountId, at);
  // The most specific open offer is the one to pay through: a discount, else a plan, else a plain link.
  const linked = open.discount ?? open.plan ?? open.link;
  return {
    ...(linked ? { paymentLink: checkoutUrl(publicUrl, linked.token) } : {}),
    ...(open.discount ? { offer: { amountCents: open.discount.amountCents, percent: open.discount.percent ?? 0, expiresOn: open.discount.expiresAt.toISOString().slice(0, 10) } } : {}),
    ...(open.plan && open.plan.installments && open.plan.installmentCents && open.plan.firstDueDate
      ? { plan: { installments: open.plan.installments, installmentCents: open.plan.installmentCents, firstDueDate: open.plan.firstDueDate, frequency: open.plan.frequency ?? 'monthly' } }
      : {}),
  };
}
