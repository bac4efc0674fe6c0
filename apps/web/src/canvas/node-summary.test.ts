import { describe, expect, it } from 'vitest';
import { builtInRegistry } from '@kairos/cadence';
import { nodeSummary } from './node-summary';

const k = (id: string) => builtInRegistry.get(id);

describe('node summaries', () => {
  it('says what each built-in step does with its config', () => {
    expect(nodeSummary(k('wait'), { mode: 'duration', duration: { days: 3 } })).toBe('Wait 3 days');
    expect(nodeSummary(k('wait'), { mode: 'dueDate', offsetDays: -3, localTime: '09:00' })).toBe('Until 3 days before the due date at 09:00');
    expect(nodeSummary(k('wait-for-event'), { events: ['paid', 'partial_payment'], timeout: { days: 1, hours: 2 } })).toBe('For paid, partial payment, up to 1 day 2 hours');
    expect(nodeSummary(k('send-message'), { channel: 'sms', body: 'Hi {{ account.firstName }}' })).toBe('SMS: Hi {{ account.firstName }}');
    expect(nodeSummary(k('branch'), { rules: [{}, {}] })).toBe('2 rules, else otherwise');
    expect(nodeSummary(k('exit'), { reason: 'paid' })).toBe('Reason: paid');
    expect(nodeSummary(k('entry'), { trigger: { type: 'dpd', days: 30 }, exitOn: ['paid', 'dispute'] })).toBe('At 30 days past due · ends on paid, dispute');
    expect(nodeSummary(k('send-message'), { channel: 'sms', body: 'Hi', fallback: [{ channel: 'email', body: 'Hi' }] })).toBe('SMS (then EMAIL): Hi');
    expect(nodeSummary(k('ab-split'), { arms: [{ label: 'Champion', weight: 70 }, { label: 'Challenger', weight: 30 }] })).toBe('Champion 70% / Challenger 30%');
    expect(nodeSummary(k('payment-link'), { amount: { type: 'percent', percent: 50 }, expiresInDays: 7 })).toBe('50% of the balance, valid 7 days');
  });

  it('survives half-edited configs and kinds that are not installed', () => {
    expect(nodeSummary(k('wait'), {})).toBe('Wait no time');
    expect(nodeSummary(k('branch'), { rules: 'x' })).toBe('No rules');
    expect(nodeSummary(undefined, {})).toMatch(/not installed/);
  });
});
