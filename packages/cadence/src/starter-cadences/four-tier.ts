// The four-tier collections cadence: tier-specific pre-due and early outreach, then shared mid, late
// and advanced stages. Tiers differ in how early and how often we reach out, not in what is allowed.
import { cadenceBuilder } from './cadence-builder';
import { atDpd, LETTER_SIGNATURE, listenForPromise, STOP, textOrEmail, UNSUBSCRIBE } from './shapes';
import type { StarterCadence } from './starter-cadence';

const firstContact = (when: string) => ({
  sms: `Hi {{ account.firstName }}, {{ account.amountDue }} is due ${when}. Pay: {{ paymentLink }} {{ collector.disclosure }} ${STOP}`,
  email: {
    subject: `Your payment of {{ account.amountDue }} is due ${when}`,
    body: `Dear {{ account.name }},\n\nyour payment of {{ account.amountDue }} is due ${when} ({{ account.dueDate }}). Pay online: {{ paymentLink }}\n\n{{ collector.disclosure }}\n\n${UNSUBSCRIBE}`,
  },
  es: {
    sms: `Hola {{ account.firstName }}, su pago de {{ account.amountDue }} vence pronto. Pague: {{ paymentLink }} {{ collector.disclosure }} Responda STOP para no recibir más mensajes.`,
    email: {
      subject: 'Su pago de {{ account.amountDue }} vence pronto',
      body: 'Estimado/a {{ account.name }}:\n\nsu pago de {{ account.amountDue }} vence el {{ account.dueDate }}. Pague en línea: {{ paymentLink }}\n\n{{ collector.disclosure }}\n\nPara no recibir más correos: {{ unsubscribeLink }}',
    },
  },
});

const later = (sms: string, subject: string, body: string) => ({
  sms: `${sms} {{ collector.identification }} ${STOP}`,
  email: { subject, body: `${body}\n\n{{ collector.identification }}\n\n${UNSUBSCRIBE}` },
});

export function fourTierCadence(): StarterCadence {
  const b = cadenceBuilder();
  b.add('start', 'entry', { trigger: { type: 'preDue', days: 5, localTime: '10:00', portfolios: ['default'] }, exitOn: ['paid', 'dispute', 'plan_accepted'] }, 'Five days before due');
  b.add('tiers', 'tier-split', {
    tiers: [
      { label: 'Tier 1: high balance, high risk', when: [{ field: 'balanceCents', operator: 'gte', value: 100_000 }, { field: 'attributes.riskScore', operator: 'gte', value: 0.7 }] },
      { label: 'Tier 2: newly delinquent, good history', when: [{ field: 'attributes.latePayments12m', operator: 'lte', value: 1 }] },
      { label: 'Tier 3: chronic late payer', when: [{ field: 'attributes.latePayments12m', operator: 'gte', value: 3 }] },
      { label: 'Tier 4: low balance, low risk', when: [{ field: 'balanceCents', operator: 'lt', value: 25_000 }] },
    ],
  }, 'Which tier?');
  b.wire('start', 'next', 'tiers');

  // Pre-due: tiers 1 and 3 five days before (now), tiers 2 and 4 three days before.
  b.wire('tiers', 'tier-1', textOrEmail(b, 't1-pre', { label: 'Tier 1 pre-due', ...firstContact('in 5 days') }, 't1-early-wait'));
  b.wire('tiers', 'tier-3', textOrEmail(b, 't3-pre', { label: 'Tier 3 pre-due', ...firstContact('in 5 days') }, 't3-early-wait'));
  b.wire('tiers', 'tier-2', atDpd(b, 't2-pre-wait', -3, textOrEmail(b, 't2-pre', { label: 'Tier 2 pre-due', ...firstContact('in 3 days') }, 'early-wait')));
  b.wire('tiers', 'tier-4', atDpd(b, 't4-pre-wait', -3, textOrEmail(b, 't4-pre', { label: 'Tier 4 pre-due', ...firstContact('in 3 days') }, 'early-wait')));
  b.wire('tiers', 'otherwise', 't2-pre-wait');

  // Early (1-15 DPD), friendly. Tier 1 gets an automated call at DPD 3 for those who consented to calls.
  atDpd(b, 't1-early-wait', 1, 't1-early-consent');
  textOrEmail(b, 't1-early', { label: 'Tier 1 friendly reminder', ...later('{{ account.firstName }}, a friendly reminder: {{ account.amountDue }} was due {{ account.dueDate }}. {{ paymentLink }}', 'A friendly reminder about {{ account.amountDue }}', 'Dear {{ account.name }}, your payment of {{ account.amountDue }} was due on {{ account.dueDate }}. Pay or promise a date: {{ paymentLink }}') }, 't1-call-wait');
  atDpd(b, 't1-call-wait', 3, 't1-call-consent', '11:00');
  b.add('t1-call-consent', 'branch', { rules: [{ outcome: 'calls', label: 'Calls allowed', when: [{ field: 'consents.voice', operator: 'eq', value: true }] }] }, 'Calls allowed?');
  b.add('t1-call', 'send-message', { channel: 'voice', body: 'Hello {{ account.firstName }}. {{ collector.identification }} Your payment of {{ account.amountDue }} is past due. Press 1 to pay now or 2 to speak with an agent.', voice: { mode: 'tts' } }, 'Tier 1 automated call');
  b.wire('t1-call-consent', 'calls', 't1-call');
  b.wire('t1-call-consent', 'otherwise', 'early-listen');
  b.wire('t1-call', 'next', 'early-listen');

  atDpd(b, 't3-early-wait', 1, textOrEmail(b, 't3-early', { label: 'Tier 3 reminder', ...later('{{ account.firstName }}, {{ account.amountDue }} was due {{ account.dueDate }}. Please pay today: {{ paymentLink }}', 'Payment of {{ account.amountDue }} overdue', 'Dear {{ account.name }}, your payment of {{ account.amountDue }} is overdue. Please pay today: {{ paymentLink }}') }, 'early-listen'));

  atDpd(b, 'early-wait', 1, textOrEmail(b, 'early', { label: 'Friendly reminder', ...later('{{ account.firstName }}, just a reminder: {{ account.amountDue }} was due {{ account.dueDate }}. {{ paymentLink }}', 'Just a reminder: {{ account.amountDue }}', 'Dear {{ account.name }}, a quick reminder that {{ account.amountDue }} was due on {{ account.dueDate }}: {{ paymentLink }}') }, 'early-listen'));

  listenForPromise(b, 'early-listen', 7, { timeout: 'mid-wait', kept: 'paid', broken: 'mid-wait' });

  // Mid (16-30 DPD), structured: a plan offer, else a payment link.
  atDpd(b, 'mid-wait', 16, 'plan');
  b.add('plan', 'payment-plan', { maxInstallments: 6, minInstallmentCents: 2_500, frequency: 'monthly', firstPaymentInDays: 7, acceptWithinDays: 10 }, 'Offer a payment plan');
  b.wire('plan', 'offered', textOrEmail(b, 'plan-offer', {
    label: 'Plan offer',
    ...later('{{ account.firstName }}, you can pay {{ account.amountDue }} in {{ plan.installments }} payments of {{ plan.installmentAmount }}. Accept: {{ paymentLink }}', 'Pay {{ account.amountDue }} in installments', 'Dear {{ account.name }}, you can settle {{ account.amountDue }} in {{ plan.installments }} {{ plan.frequency }} payments of {{ plan.installmentAmount }}, the first on {{ plan.firstDueDate }}. Accept the plan: {{ paymentLink }}'),
  }, 'plan-listen'));
  b.add('link', 'payment-link', { amount: { type: 'balance' }, expiresInDays: 14 }, 'Payment link');
  b.wire('plan', 'not_eligible', 'link');
  b.wire('link', 'next', textOrEmail(b, 'link-msg', { label: 'Pay by link', ...later('{{ account.firstName }}, settle {{ account.amountDue }} securely here: {{ paymentLink }}', 'Settle {{ account.amountDue }} online', 'Dear {{ account.name }}, you can settle {{ account.amountDue }} securely online: {{ paymentLink }}') }, 'plan-listen'));
  b.add('plan-listen', 'wait-for-event', { events: ['plan_accepted', 'promise'], timeout: { days: 10 } }, 'Plan or promise within 10 days?');
  b.wire('plan-listen', 'plan_accepted', 'on-plan');
  b.wire('plan-listen', 'promise', 'plan-follow');
  b.wire('plan-listen', 'timeout', 'late-wait');
  b.add('plan-follow', 'wait-for-promise', { graceDays: 1 }, 'Promise kept?');
  b.wire('plan-follow', 'kept', 'paid');
  b.wire('plan-follow', 'broken', 'late-wait');
  b.wire('plan-follow', 'none', 'late-wait');

  // Late (31-60 DPD), firmer, with a live agent.
  atDpd(b, 'late-wait', 31, textOrEmail(b, 'late', { label: 'Firm notice', ...later('{{ account.firstName }}, {{ account.amountDue }} is {{ account.dpd }} days past due. Call us at {{ collector.phone }} to agree a plan, or pay: {{ paymentLink }}', '{{ account.amountDue }} is {{ account.dpd }} days past due', 'Dear {{ account.name }}, your balance of {{ account.amountDue }} is {{ account.dpd }} days past due. An agent can agree a plan with you: call {{ collector.phone }}. Or pay now: {{ paymentLink }}') }, 'agent'));
  b.add('agent', 'agent-task', { queue: 'late-stage', priority: 'high', note: 'Late stage: {{ account.name }} owes {{ account.amountDue }} ({{ account.dpd }} DPD). Offer a plan.', dueInHours: 48 }, 'Agent call');
  b.wire('agent', 'next', 'late-listen');
  listenForPromise(b, 'late-listen', 14, { timeout: 'letter-wait', kept: 'paid', broken: 'letter-wait' });
  atDpd(b, 'letter-wait', 50, 'letter');
  b.add('letter', 'send-message', { channel: 'letter', subject: 'Notice of past-due balance', body: `Dear {{ account.name }},\n\nyour account ending {{ account.lastFour }} has a past-due balance of {{ account.amountDue }}. Please pay at {{ paymentLink }} or call {{ collector.phone }}.\n\n{{ collector.identification }}\n\n${LETTER_SIGNATURE}` }, 'Past-due letter');
  b.wire('letter', 'next', 'advanced-wait');

  // Advanced (> 60 DPD): formal notice, then escalation if the balance warrants it and compliance allows.
  atDpd(b, 'advanced-wait', 61, 'notice');
  b.add('notice', 'send-message', { channel: 'letter', subject: 'Formal notice before placement', body: `Dear {{ account.name }},\n\nyour balance of {{ account.amountDue }} is {{ account.dpd }} days past due. Unless it is paid or a plan agreed within 14 days, the account may be placed with a collection agency. Pay at {{ paymentLink }} or call {{ collector.phone }}.\n\n{{ collector.identification }}\n\n${LETTER_SIGNATURE}` }, 'Formal notice');
  b.add('notice-listen', 'wait-for-event', { events: ['promise'], timeout: { days: 14 } }, '14 days to respond');
  b.wire('notice', 'next', 'notice-listen');
  b.wire('notice-listen', 'promise', 'final-follow');
  b.wire('notice-listen', 'timeout', 'escalate');
  b.add('final-follow', 'wait-for-promise', { graceDays: 1 }, 'Promise kept?');
  b.wire('final-follow', 'kept', 'paid');
  b.wire('final-follow', 'broken', 'escalate');
  b.wire('final-follow', 'none', 'escalate');
  b.add('escalate', 'escalate', { to: 'agency', partner: 'Acme Recoveries', minBalanceCents: 20_000 }, 'Place with agency');
  b.wire('escalate', 'placed', 'escalated');
  b.wire('escalate', 'blocked', 'exhausted');

  b.add('paid', 'exit', { reason: 'promise' }, 'Promise kept');
  b.add('on-plan', 'exit', { reason: 'plan' }, 'On a plan');
  b.add('escalated', 'exit', { reason: 'escalated' }, 'Placed with agency');
  b.add('exhausted', 'exit', { reason: 'exhausted' }, 'Outreach exhausted');
  return {
    id: 'four-tier-collections',
    name: 'Four-tier collections',
    description: 'Tiers 1-4 from 5 days before due to 60+ DPD: pre-due reminders, friendly early outreach, plan offers, a live agent, formal notice and escalation.',
    graph: b.build(),
  };
}
