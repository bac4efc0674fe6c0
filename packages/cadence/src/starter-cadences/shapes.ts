// Recurring shapes of collections cadences, so the starter cadences read like the playbook.
import type { CadenceBuilder } from './cadence-builder';

export const STOP = 'Reply STOP to opt out.';
/** Email's opt-out: the attempt's signed one-click link (also sent as the List-Unsubscribe header). */
export const UNSUBSCRIBE = 'To unsubscribe from these emails: {{ unsubscribeLink }}';
/** A letter's sender block: the portfolio's collector, where to write and when to call. */
export const LETTER_SIGNATURE = '{{ collector.legalName }}\n{{ collector.address }}\n{{ collector.phone }} · {{ collector.hours }} · {{ collector.website }}';

export interface ContactTexts {
  label: string;
  sms: string;
  email: { subject: string; body: string };
  /** Spanish variants, chosen for accounts whose language is es / es-*. */
  es?: { sms: string; email: { subject: string; body: string } };
}

/**
 * A text to those who consented to texts (TCPA), an email to everyone else: a consent branch and two
 * send steps that both continue to `then`. Returns the id to wire into.
 */
export function textOrEmail(b: CadenceBuilder, id: string, t: ContactTexts, then: string): string {
  const branch = b.add(`${id}-consent`, 'branch', {
    rules: [{ outcome: 'texts', label: 'Texts allowed', when: [{ field: 'consents.sms', operator: 'eq', value: true }] }],
  }, `${t.label}: texts allowed?`);
  b.add(`${id}-sms`, 'send-message', {
    channel: 'sms',
    body: t.sms,
    ...(t.es ? { variants: [{ language: 'es', body: t.es.sms }] } : {}),
  }, `${t.label} (SMS)`);
  b.add(`${id}-email`, 'send-message', {
    channel: 'email',
    subject: t.email.subject,
    body: t.email.body,
    ...(t.es ? { variants: [{ language: 'es', subject: t.es.email.subject, body: t.es.email.body }] } : {}),
  }, `${t.label} (email)`);
  b.wire(branch, 'texts', `${id}-sms`);
  b.wire(branch, 'otherwise', `${id}-email`);
  b.wire(`${id}-sms`, 'next', then);
  b.wire(`${id}-email`, 'next', then);
  return branch;
}

/** Wait until a day relative to the due date (negative: before it) at a local time. */
export function atDpd(b: CadenceBuilder, id: string, offsetDays: number, then: string, localTime = '10:00'): string {
  const label = offsetDays < 0 ? `${-offsetDays} days before due, ${localTime}` : offsetDays === 0 ? `Due date, ${localTime}` : `DPD ${offsetDays}, ${localTime}`;
  b.add(id, 'wait', { mode: 'dueDate', offsetDays, localTime }, label);
  b.wire(id, 'next', then);
  return id;
}

/** Give the account holder `days` to pay or promise; a promise is followed to kept/broken. */
export function listenForPromise(
  b: CadenceBuilder,
  id: string,
  days: number,
  next: { timeout: string; kept: string; broken: string },
): string {
  b.add(id, 'wait-for-event', { events: ['promise'], timeout: { days } }, `Promise within ${days} days?`);
  b.add(`${id}-follow`, 'wait-for-promise', { graceDays: 1 }, 'Promise kept?');
  b.wire(id, 'promise', `${id}-follow`);
  b.wire(id, 'timeout', next.timeout);
  b.wire(`${id}-follow`, 'kept', next.kept);
  b.wire(`${id}-follow`, 'broken', next.broken);
  b.wire(`${id}-follow`, 'none', next.timeout);
  return id;
}
