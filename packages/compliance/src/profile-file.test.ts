import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideContact } from './decide';
import { loadConfiguredProfiles, ProfileConfigError } from './profile-config';
import { parseProfileFile } from './profile-file';
import { complianceProfiles } from './profiles/index';
import type { EvaluationRequestInput } from './request';
import { REG_F_RULES } from './rule-ids';
import { evaluationRequestSchema } from './request';

const exampleFile = join(import.meta.dirname, '../../../docs/examples/compliance-profile.json');

function compiled(json: unknown) {
  const r = parseProfileFile(json, complianceProfiles);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.profile;
}

/** A consenting New York mobile, asked at `at` on `channel`. */
function ask(profile: ReturnType<typeof compiled>, at: string, channel: EvaluationRequestInput['channel'] = 'call', history: EvaluationRequestInput['history'] = [], account: Partial<EvaluationRequestInput['account']> = {}) {
  const request = evaluationRequestSchema.parse({
    at,
    channel,
    profile: profile.id,
    history,
    account: { timezones: ['America/New_York'], phoneType: 'mobile', consents: { autodialedCalls: true, sms: true }, optOuts: [], ceaseCommunication: false, dispute: { status: 'none' }, ...account },
  });
  return decideContact(request, profile);
}

describe('a profile file on its own', () => {
  const acme = compiled({
    id: 'acme-eu',
    title: 'ACME EU',
    hours: { 'mon-fri': '09:00-18:00', sat: 'closed', sun: 'closed' },
    caps: [{ channel: 'email', max: 1, windowDays: 2 }],
    holidays: ['2026-03-03'],
  });

  it('permits contact only in its hours by weekday, on the consumer\'s clock', () => {
    // Mon 2026-03-02 08:30 in New York: before 09:00.
    expect(ask(acme, '2026-03-02T13:30:00Z')).toMatchObject({ decision: 'defer', rule: 'acme-eu.hours', until: '2026-03-02T14:00:00.000Z' });
    // Fri 2026-03-06 18:00: closed until Monday 09:00.
    expect(ask(acme, '2026-03-06T23:00:00Z')).toMatchObject({ decision: 'defer', until: '2026-03-09T13:00:00.000Z' });
  });

  it('keeps its holidays and its caps per channel per window', () => {
    expect(ask(acme, '2026-03-03T15:00:00Z')).toMatchObject({ decision: 'defer', rule: 'acme-eu.holiday', until: '2026-03-04T14:00:00.000Z' });
    const sent = [{ at: '2026-03-04T15:00:00Z', channel: 'email' as const, outcome: 'delivered' as const }];
    expect(ask(acme, '2026-03-05T15:00:00Z', 'email', sent)).toMatchObject({ decision: 'defer', rule: 'acme-eu.cap.email', until: '2026-03-06T14:00:00.000Z' });
    expect(ask(acme, '2026-03-05T15:00:00Z', 'sms', sent)).toMatchObject({ decision: 'allow' });
  });

  it('carries the disclosures the lint requires', () => {
    const p = compiled({ id: 'd', title: 'd', hours: { 'sun-sat': '08:00-20:00' }, disclosures: { optOutPhrases: ['Text END'], required: [{ text: 'Licence 42' }] } });
    expect(p.disclosures).toEqual({ optOutPhrases: ['Text END'], required: [{ text: 'Licence 42' }] });
  });
});

describe('a profile based on a built-in one', () => {
  const ma = compiled(JSON.parse(readFileSync(exampleFile, 'utf8')));

  it('keeps every rule of its base: Reg F blocks and the 7-in-7 rule id', () => {
    expect(ask(ma, '2026-03-02T15:00:00Z', 'call', [], { ceaseCommunication: true })).toMatchObject({ decision: 'block', rule: REG_F_RULES.ceaseCommunication });
    expect(ask(ma, '2026-03-02T15:00:00Z', 'call', [], { consents: {} })).toMatchObject({ decision: 'block', rule: REG_F_RULES.tcpaConsent });
    expect(ma.ruleIds).toEqual(expect.arrayContaining([REG_F_RULES.callFrequency, REG_F_RULES.afterConversation, REG_F_RULES.hours]));
  });

  it('adds its own stricter cap and holidays', () => {
    const calls = ['2026-03-02T15:00:00Z', '2026-03-03T15:00:00Z'].map((at) => ({ at, channel: 'call' as const, outcome: 'no_answer' as const }));
    // Two calls Mon and Tue: the third waits for Monday 2026-03-09 08:00 EDT (New York sprang forward on the 8th).
    expect(ask(ma, '2026-03-04T15:00:00Z', 'call', calls)).toMatchObject({ decision: 'defer', rule: 'us-reg-f-ma.calls-per-week', until: '2026-03-09T12:00:00.000Z' });
    expect(ask(ma, '2026-11-26T16:00:00Z')).toMatchObject({ decision: 'defer', rule: 'us-reg-f-ma.holiday' });
  });

  it('can only narrow the hours of its base, never widen them', () => {
    const wide = compiled({ id: 'wide', title: 'wide', extends: 'us-reg-f', hours: { 'sun-sat': '06:00-23:00' } });
    // 07:30 in New York is inside the file's hours but outside Reg F's: still deferred to 08:00.
    expect(ask(wide, '2026-03-02T12:30:00Z')).toMatchObject({ decision: 'defer', rule: REG_F_RULES.hours, until: '2026-03-02T13:00:00.000Z' });
    // Saturday 08:30 is Reg F time but before the example's Saturday opening.
    expect(ask(ma, '2026-03-07T13:30:00Z')).toMatchObject({ decision: 'defer', until: '2026-03-07T14:00:00.000Z' });
  });
});

describe('a profile file that does not hold together names each field', () => {
  const issuesOf = (json: unknown) => {
    const r = parseProfileFile(json, complianceProfiles);
    expect(r.ok).toBe(false);
    return r.ok ? [] : r.issues;
  };
  const fields = (json: unknown) => [...new Set(issuesOf(json).map((i) => i.field))].sort();

  it.each([
    ['a misspelt key', { id: 'x', title: 'x', hours: { mon: '08:00-20:00' }, hollidays: [] }, ['(file)']],
    ['no hours and no base', { id: 'x', title: 'x' }, ['hours']],
    ['a span that is not HH:MM-HH:MM', { id: 'x', title: 'x', hours: { sat: ['09:00-12:00', '9-5'] } }, ['hours.sat[1]']],
    ['a weekday that does not exist', { id: 'x', title: 'x', hours: { funday: '08:00-20:00' } }, ['hours.funday']],
    ['a cap without a window', { id: 'x', title: 'x', hours: { mon: '08:00-20:00' }, caps: [{ channel: 'sms', max: 2 }, { channel: 'fax', max: 1, windowDays: 7 }] }, ['caps[0].windowDays', 'caps[1].channel']],
    ['a date that is not on the calendar', { id: 'x', title: 'x', hours: { mon: '08:00-20:00' }, holidays: ['2026-02-30'] }, ['holidays[0]']],
    ['an unknown base', { id: 'x', title: 'x', extends: 'mars-law' }, ['extends']],
    ['the id of a built-in profile', { id: 'us-reg-f', title: 'x', hours: { mon: '08:00-20:00' } }, ['id']],
    ['a day given twice', { id: 'x', title: 'x', hours: { 'mon-fri': '08:00-20:00', fri: 'closed' } }, ['hours.fri']],
  ])('%s', (_name, json, expected) => {
    expect(fields(json)).toEqual(expected);
    for (const i of issuesOf(json)) expect(i.message.length).toBeGreaterThan(5);
  });

  it('says what is wrong with text that is not JSON', () => {
    expect(issuesOf('{ "id": ')[0]!.message).toMatch(/not valid JSON/);
  });
});

describe('profiles from kairos.config.json', () => {
  const root = () => mkdtempSync(join(tmpdir(), 'kairos-profiles-'));

  it('loads the configured files beside the built-ins, and the default profile', () => {
    const dir = root();
    writeFileSync(join(dir, 'acme.json'), JSON.stringify({ id: 'acme', title: 'ACME', extends: 'us-reg-f', holidays: ['2026-12-24'] }));
    writeFileSync(join(dir, 'kairos.config.json'), JSON.stringify({ complianceProfiles: ['acme.json'], defaultComplianceProfile: 'acme' }));
    const { profiles, defaultProfile } = loadConfiguredProfiles(dir);
    expect(defaultProfile).toBe('acme');
    expect([...profiles.keys()]).toEqual(['us-reg-f', 'uk-fca-example', 'acme']);
  });

  it('defaults to us-reg-f without configuration', () => {
    expect(loadConfiguredProfiles(root())).toMatchObject({ defaultProfile: 'us-reg-f' });
  });

  it('names the file and field of a bad profile, and an unknown default', () => {
    const dir = root();
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ id: 'bad', title: 'Bad', hours: { mon: '20:00-08:00' } }));
    writeFileSync(join(dir, 'kairos.config.json'), JSON.stringify({ complianceProfiles: ['bad.json'] }));
    expect(() => loadConfiguredProfiles(dir)).toThrow(/bad\.json:\n {2}hours\.mon: must end after it starts/);
    writeFileSync(join(dir, 'kairos.config.json'), JSON.stringify({ defaultComplianceProfile: 'mars' }));
    expect(() => loadConfiguredProfiles(dir)).toThrow(ProfileConfigError);
    expect(() => loadConfiguredProfiles(dir)).toThrow(/defaultComplianceProfile: unknown profile "mars"/);
  });
});
