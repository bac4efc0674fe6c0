// What Kairos says, on the customer's channel, after they act: a receipt for a payment, another way
// to pay after a failed one, the schedule of an accepted plan, help after a missed installment.
// Pure: Liquid templates (rendered by sendMessage like any cadence message) with amounts filled in.
import { formatMoney } from '@kairos/cadence/templates';
import type { NoticeKind } from '@kairos/workflows';

export interface NoticeText {
  sms: string;
  email: { subject: string; body: string };
}

const STOP = 'Reply STOP to opt out.';
const UNSUBSCRIBE = 'To stop emails from us: {{ unsubscribeLink }}';
/** Processor text ends up inside a template: keep it to plain words. */
const plain = (s: string) => s.replace(/[{}%<>]/g, '').slice(0, 120);

export function noticeText(
  kind: NoticeKind,
  e: { amountCents?: number; balanceAfterCents?: number; reason?: string; installments?: number; currency: string; schedule?: Array<{ dueDate: string; amountCents: number }> },
): NoticeText {
  const amount = e.amountCents !== undefined ? formatMoney(e.amountCents, e.currency) : '';
  switch (kind) {
    case 'payment_received': {
      const paidOff = e.balanceAfterCents === 0;
      const rest = paidOff ? 'Your account is paid in full. Thank you!' : 'Remaining balance: {{ account.amountDue }}.';
      return {
        sms: `Thank you {{ account.firstName }}, we received your payment of ${amount}. ${rest} {{ collector.identification }} ${STOP}`,
        email: {
          subject: paidOff ? 'Your account is paid in full' : `We received your payment of ${amount}`,
          body: `Dear {{ account.name }},\n\nwe received your payment of ${amount} on account {{ account.lastFour }}. ${rest}\n\n{{ collector.identification }}\n\n${UNSUBSCRIBE}`,
        },
      };
    }
    case 'payment_failed': {
      const why = e.reason ? ` (${plain(e.reason)})` : '';
      return {
        sms: `{{ account.firstName }}, your payment of ${amount} did not go through${why}. You can pay with another card or by bank transfer here: {{ paymentLink }} or call {{ collector.phone }}. {{ collector.identification }} ${STOP}`,
        email: {
          subject: 'Your payment did not go through: other ways to pay',
          body: `Dear {{ account.name }},\n\nyour payment of ${amount} did not go through${why}. Nothing is wrong with your account because of this.\n\nYou can pay another way, with a different card or by bank transfer: {{ paymentLink }}\nOr call us at {{ collector.phone }} and we will find a way together.\n\n{{ collector.identification }}\n\n${UNSUBSCRIBE}`,
        },
      };
    }
    case 'plan_accepted': {
      const lines = (e.schedule ?? []).map((s) => `${s.dueDate}: ${formatMoney(s.amountCents, e.currency)}`);
      const first = e.schedule?.[0];
      return {
        sms: `Thanks {{ account.firstName }}, your plan of ${e.installments ?? lines.length} payments is set up${first ? `; the first, ${formatMoney(first.amountCents, e.currency)}, is due ${first.dueDate}` : ''}. {{ collector.identification }} ${STOP}`,
        email: { subject: 'Your payment plan is set up', body: `Dear {{ account.name }},\n\nthank you, your payment plan is set up:\n\n${lines.join('\n')}\n\n{{ collector.identification }}\n\n${UNSUBSCRIBE}` },
      };
    }
    case 'plan_broken':
      return {
        sms: `{{ account.firstName }}, we did not receive your installment. Pay it here: {{ paymentLink }} or call {{ collector.phone }} to change your plan. {{ collector.identification }} ${STOP}`,
        email: {
          subject: 'We missed your installment',
          body: `Dear {{ account.name }},\n\nwe did not receive your last installment. You can pay it here: {{ paymentLink }}\nIf the plan no longer works for you, call {{ collector.phone }} and we will look for one that does.\n\n{{ collector.identification }}\n\n${UNSUBSCRIBE}`,
        },
      };
  }
}
