// How the account page puts facts into words and turns what people type into API changes.
import { describe, expect, it } from 'vitest';
import { changeText } from './compliance-section';
import { decisionText } from './contacts-section';
import { factPatch } from './record-fact-form';
import { minorUnits } from './report-event-form';
import { dpdText, moreThan } from './story';

const compliance = { timezones: [], phoneType: 'mobile' as const, optOuts: ['call' as const], ceaseCommunication: false, dispute: { status: 'none' as const }, inconvenientTimes: [] };

describe('the account page in words', () => {
  it('says a change of compliance facts field by field, and an opt-out with the word the holder used', () => {
    const by = { id: 'u-1', email: 'agent@kairos.test', role: 'agent' };
    expect(changeText({ at: '', action: 'compliance_change', by, detail: { changes: { ceaseCommunication: { from: false, to: true } } } })).toBe('Changed ceaseCommunication → true');
    expect(changeText({ at: '', action: 'opt_out', by, detail: { channel: 'sms', keyword: 'STOP' } })).toBe('Opted out of sms (said "STOP")');
  });

  it('names the rule, profile and reasons of a blocked contact', () => {
    expect(decisionText({ decision: 'block', rule: 'opt-out', reasons: ['the holder opted out of sms'], profile: 'us-fdcpa' })).toBe('Blocked by opt-out under us-fdcpa: the holder opted out of sms');
    expect(decisionText({ decision: 'allow', rule: null, reasons: [], profile: null })).toBe('Allowed');
  });

  it('tells days past due from days before the due date', () => {
    expect([dpdText(12), dpdText(1), dpdText(0), dpdText(-3)]).toEqual(['12 days past due', '1 day past due', 'due today', 'due in 3 days']);
  });

  it('shows more by doubling, never past what the API answers', () => {
    expect([moreThan(20), moreThan(150)]).toEqual([40, 200]);
  });
});

describe('what people type, as the API takes it', () => {
  it('adds an opt-out to those the account has, rather than replacing them', () => {
    expect(factPatch('opt_out', { channel: 'sms', from: '', to: '' }, compliance)).toEqual({ optOuts: ['call', 'sms'] });
    expect(factPatch('opt_out', { channel: 'call', from: '', to: '' }, compliance)).toEqual({ optOuts: ['call'] });
  });

  it('adds an inconvenient time to those already said', () => {
    expect(factPatch('inconvenient', { channel: '', from: '18:00', to: '21:00' }, { ...compliance, inconvenientTimes: [{ days: ['sat'], from: '08:00', to: '10:00' }] })).toEqual({
      inconvenientTimes: [{ days: ['sat'], from: '08:00', to: '10:00' }, { from: '18:00', to: '21:00' }],
    });
  });

  it("reads an amount in the currency's minor units, refusing more decimals than it has", () => {
    expect([minorUnits('25', 'USD'), minorUnits('25.5', 'USD'), minorUnits('25.50', 'USD'), minorUnits('1200', 'JPY')]).toEqual([2500, 2550, 2550, 1200]);
    expect([minorUnits('25.555', 'USD'), minorUnits('1,234', 'USD'), minorUnits('0', 'USD'), minorUnits('12.5', 'JPY')]).toEqual([null, null, null, null]);
  });
});
