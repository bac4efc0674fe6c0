// Payment-plan follow-up: for accounts on a plan. Each installment is watched; a failed payment gets
// a helpful alternative (a fresh link, a call), not the same reminder; two misses in a row break the plan.
import { cadenceBuilder } from './cadence-builder';
import { STOP, textOrEmail, UNSUBSCRIBE } from './shapes';
import type { StarterCadence } from './starter-cadence';

export function planFollowUpCadence(): StarterCadence {
  const b = cadenceBuilder();
  b.add('start', 'entry', { trigger: { type: 'api' }, exitOn: ['paid', 'dispute'] }, 'Enrolled when a plan is accepted');
  b.wire('start', 'next', textOrEmail(b, 'welcome', {
    label: 'Plan confirmation',
    sms: `Thanks {{ account.firstName }}, your plan is set up. We will remind you before each installment. {{ collector.disclosure }} ${STOP}`,
    email: { subject: 'Your payment plan is set up', body: `Dear {{ account.name }},\n\nthank you, your payment plan is set up. We will remind you before each installment.\n\n{{ collector.disclosure }}\n\n${UNSUBSCRIBE}` },
  }, 'watch'));
  b.add('watch', 'wait-for-event', { events: ['partial_payment', 'payment_failed'], timeout: { days: 35 } }, 'Next installment within 35 days?');
  b.add('rounds', 'repeat', { times: 11 }, 'Up to 12 installments');
  b.wire('watch', 'partial_payment', 'rounds');
  b.wire('rounds', 'again', 'watch');
  b.wire('rounds', 'done', 'completed');
  b.add('failed-link', 'payment-link', { amount: { type: 'balance' }, expiresInDays: 7 }, 'Fresh payment link');
  b.wire('watch', 'payment_failed', 'failed-link');
  b.wire('watch', 'timeout', 'failed-link');
  b.wire('failed-link', 'next', textOrEmail(b, 'failed', {
    label: 'Installment missed',
    sms: `{{ account.firstName }}, your installment did not go through. Try another card or bank account: {{ paymentLink }} or call {{ collector.phone }}. {{ collector.identification }} ${STOP}`,
    email: { subject: 'Your installment did not go through', body: `Dear {{ account.name }}, your last installment did not go through. You can pay with another card or bank account here: {{ paymentLink }}, or call {{ collector.phone }} and we will find a way.\n\n{{ collector.identification }}\n\n${UNSUBSCRIBE}` },
  }, 'retry-watch'));
  b.add('retry-watch', 'wait-for-event', { events: ['partial_payment'], timeout: { days: 7 } }, 'Paid within 7 days?');
  b.wire('retry-watch', 'partial_payment', 'rounds');
  b.wire('retry-watch', 'timeout', 'broken-task');
  b.add('broken-task', 'agent-task', { queue: 'plans', priority: 'high', note: 'Broken plan: {{ account.name }} missed two installments; {{ account.amountDue }} open.', dueInHours: 24 }, 'Broken plan: agent call');
  b.add('broken-tag', 'update-account', { set: { planBroken: true } }, 'Tag: plan broken');
  b.wire('broken-task', 'next', 'broken-tag');
  b.wire('broken-tag', 'next', 'broken');
  b.add('completed', 'exit', { reason: 'completed' }, 'Plan completed');
  b.add('broken', 'exit', { reason: 'exhausted' }, 'Plan broken');
  return {
    id: 'payment-plan-follow-up',
    name: 'Payment-plan follow-up',
    description: 'Confirms the plan, watches each installment, offers another way to pay after a failed payment, and flags a broken plan for an agent.',
    graph: b.build(),
  };
}
