import { describe, expect, it } from 'vitest';
import { decideContact } from './decide';
import { defineComplianceProfile, ProfileDefinitionError } from './profile';
import { complianceProfiles, createProfileRegistry, usRegF } from './profiles/index';
import { evaluationRequestSchema, type EvaluationRequestInput } from './request';
import { ENGINE_RULES, REG_F_RULES } from './rule-ids';

const request = (over: Partial<EvaluationRequestInput> = {}) =>
  evaluationRequestSchema.parse({
    at: '2026-03-02T15:00:00Z',
    channel: 'sms',
    profile: 'custom',
    account: { timezones: ['Europe/Berlin'], optOuts: [], ceaseCommunication: false, dispute: { status: 'none' } },
    history: [],
    ...over,
  });

function issuesOf(run: () => unknown): { field: string; message: string }[] {
  try {
    run();
  } catch (e) {
    if (e instanceof ProfileDefinitionError) return e.issues;
    throw e;
  }
  throw new Error('expected a ProfileDefinitionError');
}

describe('defineComplianceProfile', () => {
  it('names the field of every mistake in a definition', () => {
    const fields = issuesOf(() =>
      defineComplianceProfile({
        id: 'Bad Id',
        title: 'x',
        hours: { 'mon-fry': '08:00-21:00', sat: '17:00-09:00' },
        caps: [{ channel: 'sms', max: 0, windowDays: 7 }],
        holidays: ['2026-02-30'],
      }),
    ).map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['id', 'hours.mon-fry', 'hours.sat', 'caps[0].max', 'holidays[0]']));
  });

  it('refuses a day given twice, a profile that never opens, and two caps with one rule id', () => {
    expect(issuesOf(() => defineComplianceProfile({ id: 'p', title: 'p', hours: { 'mon-fri': '08:00-20:00', fri: '09:00-12:00' } }))).toContainEqual({
      field: 'hours.fri',
      message: 'fri is already given by hours.mon-fri',
    });
    expect(issuesOf(() => defineComplianceProfile({ id: 'p', title: 'p', hours: { 'sun-sat': 'closed' } })).map((i) => i.field)).toContain('hours');
    expect(
      issuesOf(() =>
        defineComplianceProfile({ id: 'p', title: 'p', hours: { mon: '08:00-20:00' }, caps: [{ channel: 'sms', max: 1, windowDays: 1, rule: 'x' }, { channel: 'email', max: 1, windowDays: 1, rule: 'x' }] }),
      ).map((i) => i.field),
    ).toContain('caps');
  });

  it('applies weekday hours, split spans, caps and holidays on the consumer calendar', () => {
    const custom = defineComplianceProfile({
      id: 'custom',
      title: 'Test profile',
      hours: { 'mon-fri': ['09:00-12:00', '14:00-18:00'], 'sat-sun': 'closed' },
      caps: [{ channel: 'sms', max: 2, windowDays: 3 }],
      holidays: ['2026-03-03'],
    });
    // Monday 2026-03-02 16:00 CET is inside the afternoon span.
    expect(decideContact(request(), custom).decision).toBe('allow');
    // 12:30 CET is in the lunch gap: wait for 14:00 CET.
    expect(decideContact(request({ at: '2026-03-02T11:30:00Z' }), custom)).toMatchObject({ decision: 'defer', until: '2026-03-02T13:00:00.000Z', rule: 'custom.hours' });
    // Tuesday is a holiday: Wednesday 09:00 CET.
    expect(decideContact(request({ at: '2026-03-03T10:00:00Z' }), custom)).toMatchObject({ decision: 'defer', until: '2026-03-04T08:00:00.000Z', rule: 'custom.holiday' });
    // Two texts on Sun and Mon fill a 3-day cap until Wednesday; Tuesday is a holiday anyway.
    const history = [
      { at: '2026-03-01T10:00:00Z', channel: 'sms', outcome: 'delivered' },
      { at: '2026-03-02T09:00:00Z', channel: 'sms', outcome: 'delivered' },
    ] as const;
    expect(decideContact(request({ history: [...history] }), custom)).toMatchObject({ decision: 'defer', until: '2026-03-04T08:00:00.000Z', rule: 'custom.cap.sms' });
    // Email is not capped.
    expect(decideContact(request({ channel: 'email', history: [...history] }), custom).decision).toBe('allow');
  });

  it('gives a long cap a horizon long enough to see it reopen', () => {
    // A letter is exempt from hours but not from a cap; it reopens at local midnight (CET) 30 days on.
    const monthly = defineComplianceProfile({ id: 'monthly', title: 'm', hours: { 'sun-sat': '00:00-24:00' }, caps: [{ channel: 'letter', max: 1, windowDays: 30 }] });
    const d = decideContact(request({ channel: 'letter', history: [{ at: '2026-02-20T10:00:00Z', channel: 'letter', outcome: 'delivered' }] }), monthly);
    expect(d).toMatchObject({ decision: 'defer', until: '2026-03-21T23:00:00.000Z', rule: 'monthly.cap.letter' });
  });
});

describe('the profile registry', () => {
  it('holds us-reg-f and the labelled uk example', () => {
    expect([...complianceProfiles.keys()]).toEqual(['us-reg-f', 'uk-fca-example']);
    expect(complianceProfiles.get('uk-fca-example')!.title).toMatch(/EXAMPLE.*not legal advice/);
    expect(usRegF.ruleIds).toEqual(expect.arrayContaining(Object.values(REG_F_RULES)));
  });

  it('refuses two profiles with one id', () => {
    expect(() => createProfileRegistry([usRegF, usRegF])).toThrow(/registered twice/);
  });

  it('blocks a request naming a profile it does not hold, rather than guessing', () => {
    expect(decideContact(request({ profile: 'atlantis' }))).toMatchObject({ decision: 'block', rule: ENGINE_RULES.unknownProfile });
  });
});
