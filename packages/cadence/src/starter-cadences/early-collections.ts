// Early collections, 1-90 DPD: reminders that grow firmer, a plan offer at 10 DPD, a live agent at
// 30, letters at 45 and 60, and a last offer before the cadence ends at 90.
import { cadenceBuilder } from './cadence-builder';
import { atDpd, LETTER_SIGNATURE, listenForPromise, STOP, textOrEmail, UNSUBSCRIBE } from './shapes';
import type { StarterCadence } from './starter-cadence';

export function earlyCollectionsCadence(): StarterCadence {
  const b = cadenceBuilder();
  b.add('start', 'entry', { trigger: { type: 'dpd', days: 1, localTime: '10:00', portfolios: ['default'] }, exitOn: ['paid', 'dispute', 'plan_accepted'] }, 'DPD 1');
  b.wire('start', 'next', textOrEmail(b, 'd1', {
    label: 'DPD 1 reminder',
    sms: `Hi {{ account.firstName }}, your payment of {{ account.amountDue }} was due {{ account.dueDate }}. Pay: {{ paymentLink }} {{ collector.disclosure }} ${STOP}`,
    email: {
      subject: 'Your payment of {{ account.amountDue }} was due {{ account.dueDate }}',
      body: `Dear {{ account.name }},\n\nwe have not received your payment of {{ account.amountDue }} due on {{ account.dueDate }}. Pay online: {{ paymentLink }}\n\n{{ collector.disclosure }}\n\n${UNSUBSCRIBE}`,
    },
  }, 'd1-listen'));
  listenForPromise(b, 'd1-listen', 4, { timeout: 'd5', kept: 'paid', broken: 'd5' });
  b.add('d5', 'wait', { mode: 'window', days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '10:00', to: '17:00' }, 'Next weekday, 10:00-17:00');
  b.wire('d5', 'next', textOrEmail(b, 'd5-msg', {
    label: 'Second reminder',
    sms: `{{ account.firstName }}, {{ account.amountDue }} is still open. Pay or promise a date: {{ paymentLink }} {{ collector.identification }} ${STOP}`,
    email: { subject: '{{ account.amountDue }} is still open', body: `Dear {{ account.name }}, {{ account.amountDue }} is still open. Pay or promise a date: {{ paymentLink }}\n\n{{ collector.identification }}\n\n${UNSUBSCRIBE}` },
  }, 'd10'));
  atDpd(b, 'd10', 10, 'plan');
  b.add('plan', 'payment-plan', { maxInstallments: 4, minInstallmentCents: 2_500, frequency: 'monthly', firstPaymentInDays: 7, acceptWithinDays: 7 }, 'Offer a plan');
  b.wire('plan', 'offered', textOrEmail(b, 'plan-msg', {
    label: 'Plan offer',
    sms: `{{ account.firstName }}, pay {{ account.amountDue }} in {{ plan.installments }} payments of {{ plan.installmentAmount }}: {{ paymentLink }} {{ collector.identification }} ${STOP}`,
    email: { subject: 'A plan for {{ account.amountDue }}', body: `Dear {{ account.name }}, you can pay {{ account.amountDue }} in {{ plan.installments }} payments of {{ plan.installmentAmount }}, starting {{ plan.firstDueDate }}: {{ paymentLink }}\n\n{{ collector.identification }}\n\n${UNSUBSCRIBE}` },
  }, 'plan-listen'));
  b.wire('plan', 'not_eligible', 'd30');
  b.add('plan-listen', 'wait-for-event', { events: ['plan_accepted'], timeout: { days: 7 } }, 'Plan accepted within 7 days?');
  b.wire('plan-listen', 'plan_accepted', 'on-plan');
  b.wire('plan-listen', 'timeout', 'd30');
  atDpd(b, 'd30', 30, 'agent');
  b.add('agent', 'agent-task', { queue: 'collections', priority: 'normal', note: '{{ account.name }}: {{ account.amountDue }} at {{ account.dpd }} DPD, no response to reminders or plan offer.', dueInHours: 72 }, 'Agent call');
  b.wire('agent', 'next', 'd45');
  atDpd(b, 'd45', 45, 'letter-45');
  b.add('letter-45', 'send-message', { channel: 'letter', subject: 'Past-due notice', body: `Dear {{ account.name }},\n\nyour account has a past-due balance of {{ account.amountDue }}. Pay at {{ paymentLink }} or call {{ collector.phone }}.\n\n{{ collector.identification }}\n\n${LETTER_SIGNATURE}` }, 'Letter at 45 DPD');
  b.wire('letter-45', 'next', 'd45-listen');
  listenForPromise(b, 'd45-listen', 14, { timeout: 'd60', kept: 'paid', broken: 'd60' });
  atDpd(b, 'd60', 60, 'letter-60');
  b.add('letter-60', 'send-message', { channel: 'letter', subject: 'Final notice', body: `Dear {{ account.name }},\n\nthis is our final notice about your balance of {{ account.amountDue }}. Please pay at {{ paymentLink }} or call {{ collector.phone }} to agree a plan.\n\n{{ collector.identification }}\n\n${LETTER_SIGNATURE}` }, 'Final letter');
  b.wire('letter-60', 'next', 'd75');
  atDpd(b, 'd75', 75, 'discount');
  b.add('discount', 'prompt-pay-discount', { percent: 15, validDays: 14 }, 'Settlement offer');
  b.wire('discount', 'offered', textOrEmail(b, 'discount-msg', {
    label: 'Settlement offer',
    sms: `{{ account.firstName }}, settle today for {{ offer.amount }} (until {{ offer.expiresOn }}): {{ paymentLink }} {{ collector.identification }} ${STOP}`,
    email: { subject: 'Settle for {{ offer.amount }}', body: `Dear {{ account.name }}, settle your balance for {{ offer.amount }} if you pay by {{ offer.expiresOn }}: {{ paymentLink }}\n\n{{ collector.identification }}\n\n${UNSUBSCRIBE}` },
  }, 'd90'));
  atDpd(b, 'd90', 90, 'exhausted');
  b.add('paid', 'exit', { reason: 'promise' }, 'Promise kept');
  b.add('on-plan', 'exit', { reason: 'plan' }, 'On a plan');
  b.add('exhausted', 'exit', { reason: 'exhausted' }, 'End of early collections');
  return {
    id: 'early-collections',
    name: 'Early collections (1-90 DPD)',
    description: 'From the day after the due date to 90 DPD: reminders, a plan offer, a live agent, letters and a settlement offer.',
    graph: b.build(),
  };
}
