// Each built-in kind's canvas summary: one line saying what the node does with its config.
import { describe, expect, it } from 'vitest';
import { builtInRegistry } from './index';

const summary = (id: string, config: Record<string, unknown>) => builtInRegistry.get(id)!.summary!(config);

describe('node summaries', () => {
  it('says what each built-in step does with its config', () => {
    expect(summary('wait', { mode: 'duration', duration: { days: 3 } })).toBe('Wait 3 days');
    expect(summary('wait', { mode: 'dueDate', offsetDays: -3, localTime: '09:00' })).toBe('Until 3 days before the due date at 09:00');
    expect(summary('wait-for-event', { events: ['paid', 'partial_payment'], timeout: { days: 1, hours: 2 } })).toBe('For paid, partial payment, up to 1 day 2 hours');
    expect(summary('send-message', { channel: 'sms', body: 'Hi {{ account.firstName }}' })).toBe('SMS: Hi {{ account.firstName }}');
    expect(summary('branch', { rules: [{}, {}] })).toBe('2 rules, else otherwise');
    expect(summary('exit', { reason: 'paid' })).toBe('Reason: paid');
    expect(summary('entry', { trigger: { type: 'dpd', days: 30 }, exitOn: ['paid', 'dispute'] })).toBe('At 30 days past due · ends on paid, dispute');
    expect(summary('send-message', { channel: 'sms', body: 'Hi', fallback: [{ channel: 'email', body: 'Hi' }] })).toBe('SMS (then EMAIL): Hi');
    expect(summary('ab-split', { arms: [{ label: 'Champion', weight: 70 }, { label: 'Challenger', weight: 30 }] })).toBe('Champion 70% / Challenger 30%');
    expect(summary('payment-link', { amount: { type: 'percent', percent: 50 }, expiresInDays: 7 })).toBe('50% of the balance, valid 7 days');
  });

  it('survive half-edited configs', () => {
    expect(summary('wait', {})).toBe('Wait no time');
    expect(summary('branch', { rules: 'x' })).toBe('No rules');
  });
});
