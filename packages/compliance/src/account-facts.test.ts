import { describe, expect, it } from 'vitest';
import { accountCompliancePatchSchema, accountComplianceSchema, defaultAccountCompliance, evaluationAccountOf } from './account-facts';
import { decideContact } from './decide';
import { chooseProfile } from './profile-choice';

describe('stored compliance facts of an account', () => {
  it('default to no profile of their own (the portfolio decides), no opt-out, no cease request and no dispute', () => {
    expect(defaultAccountCompliance()).toEqual({
      timezones: [],
      phoneType: 'unknown',
      optOuts: [],
      ceaseCommunication: false,
      dispute: { status: 'none' },
      inconvenientTimes: [],
    });
  });

  it('name the field at fault', () => {
    const bad = accountComplianceSchema.safeParse({ optOuts: ['sms', 'sms'], timezones: ['Mars/Base'], dispute: { status: 'maybe' } });
    expect(bad.success).toBe(false);
    const fields = bad.error!.issues.map((i) => i.path.join('.'));
    expect(fields).toEqual(expect.arrayContaining(['optOuts', 'timezones.0', 'dispute.status']));
  });

  it('refuse a field they do not know, at any level, so a misspelt opt-out is an error rather than nothing recorded', () => {
    for (const input of [{ optedOut: ['sms'] }, { dispute: { status: 'open', opened: '2026-03-01T00:00:00Z' } }, { inconvenientTimes: [{ from: '09:00', to: '12:00', day: 'mon' }] }]) {
      expect(accountCompliancePatchSchema.safeParse(input).success, JSON.stringify(input)).toBe(false);
      expect(accountComplianceSchema.safeParse(input).success, JSON.stringify(input)).toBe(false);
    }
    expect(accountCompliancePatchSchema.safeParse({ optOuts: ['sms'] }).success).toBe(true);
  });

  it('refuse a profile name with control characters', () => {
    expect(accountCompliancePatchSchema.safeParse({ profile: 'us-reg-f\u0000' }).success).toBe(false);
  });

  it('put the account zone first and read voice consent as consent to autodialed calls', () => {
    const facts = accountComplianceSchema.parse({ timezones: ['America/Los_Angeles', 'America/New_York'], phoneType: 'mobile' });
    const account = evaluationAccountOf(facts, { timezone: 'America/New_York', consents: { voice: true, sms: false } });
    expect(account.timezones).toEqual(['America/New_York', 'America/Los_Angeles']);
    expect(account.consents).toEqual({ autodialedCalls: true, sms: false });
    // 10:30 in New York is 07:30 in Los Angeles: both zones count, so the call waits.
    const decision = decideContact({ at: '2026-03-02T15:30:00Z', channel: 'call', profile: 'us-reg-f', account, history: [] });
    expect(decision).toMatchObject({ decision: 'defer', until: '2026-03-02T16:00:00.000Z' });
  });

  it('hand the consent to be called on to the request, where it excludes the calls after it', () => {
    const facts = accountComplianceSchema.parse({ phoneType: 'landline', callConsentAt: '2026-03-01T14:00:00Z' });
    const account = evaluationAccountOf(facts, { timezone: 'America/New_York', consents: {} });
    expect(account.callConsentAt).toBe('2026-03-01T14:00:00Z');
    const history = ['2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02'].map((d) => ({ at: `${d}T15:00:00Z`, channel: 'call' as const, outcome: 'no_answer' as const }));
    const at = '2026-03-02T16:00:00Z';
    expect(decideContact({ at, channel: 'call', profile: 'us-reg-f', account, history }).decision).toBe('allow');
    expect(decideContact({ at, channel: 'call', profile: 'us-reg-f', account: { ...account, callConsentAt: undefined }, history }).decision).toBe('defer');
  });

  it('are governed by the account override, else the portfolio profile, else the default', () => {
    expect(chooseProfile({ account: 'acme', portfolio: 'uk-fca-example', fallback: 'us-reg-f' })).toEqual({ id: 'acme', source: 'account' });
    expect(chooseProfile({ portfolio: 'uk-fca-example', fallback: 'us-reg-f' })).toEqual({ id: 'uk-fca-example', source: 'portfolio' });
    expect(chooseProfile({ account: null, portfolio: null, fallback: 'acme' })).toEqual({ id: 'acme', source: 'default' });
    expect(chooseProfile({})).toEqual({ id: 'us-reg-f', source: 'default' });
  });
});
