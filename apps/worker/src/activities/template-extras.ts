import type { AccountSnapshot } from '@kairos/cadence';
import { templateVariables, type TemplateExtras } from '@kairos/cadence/templates';
import { createPaymentOffer, DEFAULT_PORTFOLIO_ID, openOffers, portfolioCollector, type KairosDb } from '@kairos/db';
import { checkoutUrl } from './payment-offers';

/** How long a link made for a message (no payment step before it) stays open: long enough to act on a letter. */
export const SEND_LINK_DAYS = 30;

/** Whether a message's text (as chosen for the account's language) puts a payment link in front of the customer. */
export const usesPaymentLink = (text: { subject?: string | undefined; body: string }) =>
  [text.body, text.subject ?? ''].some((t) => t.includes('paymentLink') && templateVariables(t).includes('paymentLink'));

/** The collector of the account's portfolio for templates that are not messages (an agent's note, a webhook payload); none when it has no identity. */
export async function collectorExtras(db: KairosDb, account: AccountSnapshot): Promise<TemplateExtras> {
  const read = await portfolioCollector(db, account.portfolioId ?? DEFAULT_PORTFOLIO_ID);
  return 'identity' in read ? { collector: read.identity } : {};
}

/** What a send needs beyond the account, or why it may not go out at all. */
export type SendExtras = { extras: TemplateExtras } | { refused: string };

/**
 * What templates know beyond the account: the portfolio's collector, the open payment link, plan and
 * discount offers. A portfolio without a complete collector identity sends nothing (never a stand-in
 * name). A message that uses {{ paymentLink }} with no offer open gets a balance link made for this
 * send, once per `linkKey`, so a customer only ever receives a link that opens their checkout.
 */
export async function templateExtras(
  db: KairosDb,
  account: AccountSnapshot,
  at: Date,
  publicUrl: string,
  link: { needed: boolean; linkKey: string; enrollmentId?: string } = { needed: false, linkKey: '' },
): Promise<SendExtras> {
  const portfolio = account.portfolioId ?? DEFAULT_PORTFOLIO_ID;
  const [collector, open] = await Promise.all([portfolioCollector(db, portfolio), openOffers(db, account.id, at)]);
  if ('problem' in collector) {
    return {
      refused:
        `refused: ${collector.problem}. Nothing was sent: an administrator sets it on the Collector identity page ` +
        `(PUT /api/v1/portfolios/${portfolio}/collector)`,
    };
  }
  // The most specific open offer is the one to pay through: a discount, else a plan, else a plain link.
  let linked = open.discount ?? open.plan ?? open.link;
  if (!linked && link.needed && account.balanceCents > 0) {
    ({ offer: linked } = await createPaymentOffer(db, {
      idempotencyKey: `${link.linkKey}:payment-link`,
      accountId: account.id,
      enrollmentId: link.enrollmentId || null,
      kind: 'link',
      amountCents: account.balanceCents,
      expiresAt: new Date(at.getTime() + SEND_LINK_DAYS * 86_400_000),
    }));
  }
  return {
    extras: {
      collector: collector.identity,
      ...(linked ? { paymentLink: checkoutUrl(publicUrl, linked.token) } : {}),
      ...(open.discount ? { offer: { amountCents: open.discount.amountCents, percent: open.discount.percent ?? 0, expiresOn: open.discount.expiresAt.toISOString().slice(0, 10) } } : {}),
      ...(open.plan && open.plan.installments && open.plan.installmentCents && open.plan.firstDueDate
        ? { plan: { installments: open.plan.installments, installmentCents: open.plan.installmentCents, firstDueDate: open.plan.firstDueDate, frequency: open.plan.frequency ?? 'monthly' } }
        : {}),
    },
  };
}
