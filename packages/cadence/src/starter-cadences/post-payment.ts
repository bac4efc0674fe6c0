// Post-payment acknowledgement: a receipt on the customer's channel and nothing more. It does not end
// on a payment (that is why it runs), but a dispute still ends it.
import { cadenceBuilder } from './cadence-builder';
import { STOP, textOrEmail, UNSUBSCRIBE } from './shapes';
import type { StarterCadence } from './starter-cadence';

export function postPaymentCadence(): StarterCadence {
  const b = cadenceBuilder();
  b.add('start', 'entry', { trigger: { type: 'api' }, exitOn: ['dispute'] }, 'Enrolled after a payment');
  b.add('quiet', 'wait', { mode: 'window', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], from: '09:00', to: '20:00' }, 'Within 09:00-20:00');
  b.wire('start', 'next', 'quiet');
  b.wire('quiet', 'next', textOrEmail(b, 'thanks', {
    label: 'Payment received',
    sms: `Thank you {{ account.firstName }}, we received your payment. Remaining balance: {{ account.amountDue }}. {{ collector.disclosure }} ${STOP}`,
    email: { subject: 'We received your payment', body: `Dear {{ account.name }},\n\nthank you, we received your payment. Your remaining balance is {{ account.amountDue }}.\n\n{{ collector.disclosure }}\n\n${UNSUBSCRIBE}` },
    es: {
      sms: 'Gracias {{ account.firstName }}, recibimos su pago. Saldo pendiente: {{ account.amountDue }}. {{ collector.disclosure }} Responda STOP para no recibir más mensajes.',
      email: { subject: 'Recibimos su pago', body: 'Estimado/a {{ account.name }}:\n\ngracias, recibimos su pago. Su saldo pendiente es {{ account.amountDue }}.\n\n{{ collector.disclosure }}\n\nPara no recibir más correos: {{ unsubscribeLink }}' },
    },
  }, 'tag'));
  b.add('tag', 'update-account', { set: { lastAcknowledged: true } }, 'Tag: acknowledged');
  b.wire('tag', 'next', 'done');
  b.add('done', 'exit', { reason: 'completed' }, 'Acknowledged');
  return {
    id: 'post-payment-acknowledgement',
    name: 'Post-payment acknowledgement',
    description: 'Thanks the account holder for a payment with the remaining balance, on their channel and in their language.',
    graph: b.build(),
  };
}
