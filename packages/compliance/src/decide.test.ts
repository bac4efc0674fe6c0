import { describe, expect, it } from 'vitest';
import { decideContact } from './decide';
import { evaluationRequestSchema, parseEvaluationRequest, type EvaluationRequestInput } from './request';
import { REG_F_RULES } from './rule-ids';

const base: EvaluationRequestInput = {
  at: '2026-03-02T15:00:00Z',
  channel: 'call',
  profile: 'us-reg-f',
  account: {
    timezones: ['America/Chicago'],
    phoneType: 'landline',
    optOuts: [],
    ceaseCommunication: false,
    dispute: { status: 'none' },
  },
  history: [],
};
const decide = (over: Partial<EvaluationRequestInput>) => decideContact(evaluationRequestSchema.parse({ ...base, ...over }));
const calls = (...ats: string[]) => ats.map((at) => ({ at, channel: 'call' as const, outcome: 'no_answer' as const }));

describe('decideContact', () => {
  it('counts an attempt recorded a moment after `at` (clock skew) only from its own instant', () => {
    const week = calls('2026-02-25T15:00:00Z', '2026-02-26T15:00:00Z', '2026-02-27T15:00:00Z', '2026-02-28T15:00:00Z', '2026-03-01T15:00:00Z', '2026-03-02T14:00:00Z');
    expect(decide({ history: [...week, ...calls('2026-03-02T15:00:01Z')] }).decision).toBe('allow');
    expect(decide({ at: '2026-03-02T15:00:02Z', history: [...week, ...calls('2026-03-02T15:00:01Z')] })).toMatchObject({
      decision: 'defer',
      rule: REG_F_RULES.callFrequency,
      until: '2026-03-04T14:00:00.000Z',
    });
  });

  it('reports the rule whose hold lasts longest when several hold at `at`', () => {
    // 22:00 CST on Monday after a Monday conversation: hours alone would say 08:00 Tuesday,
    // the conversation says the following Monday.
    const d = decide({ at: '2026-03-03T04:00:00Z', history: [{ at: '2026-03-02T15:00:00Z', channel: 'call', outcome: 'conversation' }] });
    expect(d).toMatchObject({ decision: 'defer', rule: REG_F_RULES.afterConversation, until: '2026-03-09T13:00:00.000Z' });
  });

  it('lists every blocking reason, not only the first', () => {
    const d = decide({ channel: 'sms', account: { ...base.account, phoneType: 'mobile', optOuts: ['sms'], dispute: { status: 'open' } } });
    expect(d.decision).toBe('block');
    expect(d.rule).toBe(REG_F_RULES.openDispute);
    expect(d.reasons.map((r) => r.split(':')[0])).toEqual([REG_F_RULES.openDispute, REG_F_RULES.electronicOptOut, REG_F_RULES.tcpaConsent]);
  });

  it('does not depend on the order history arrives in', () => {
    const week = calls('2026-02-24T15:00:00Z', '2026-02-25T15:00:00Z', '2026-02-26T15:00:00Z', '2026-02-27T15:00:00Z', '2026-02-28T15:00:00Z', '2026-03-01T15:00:00Z', '2026-03-02T14:00:00Z');
    expect(decide({ history: [...week].reverse() })).toEqual(decide({ history: week }));
  });
});

describe('parseEvaluationRequest', () => {
  it('accepts the documented body as text and fills conservative defaults', () => {
    const parsed = parseEvaluationRequest(JSON.stringify({ ...base, account: { ...base.account, phoneType: undefined } }));
    expect(parsed.ok && parsed.value.account).toMatchObject({ phoneType: 'unknown', consents: {}, inconvenientTimes: [] });
  });

  it('says when the body is not JSON', () => {
    expect(parseEvaluationRequest('{"at":')).toEqual({ ok: false, issues: [{ field: '', message: 'body is not valid JSON' }] });
  });
});
