import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, outcomeSchema, WEEKDAYS } from './channels';
import { decideContact, type ComplianceDecision } from './decide';
import { complianceProfiles } from './profiles/index';
import { evaluationRequestSchema, type EvaluationRequest, type EvaluationRequestInput } from './request';
import { ENGINE_RULES } from './rule-ids';

const zones = ['America/New_York', 'America/Los_Angeles', 'America/Chicago', 'America/Phoenix', 'Pacific/Honolulu', 'Europe/London', 'Australia/Lord_Howe'];
// Instants around both 2026 US DST changes and the UK's, plus ordinary weeks.
const anchors = ['2026-03-05T00:00:00Z', '2026-03-27T00:00:00Z', '2026-06-15T00:00:00Z', '2026-10-29T00:00:00Z', '2026-12-24T00:00:00Z'].map(Date.parse);
const DAY = 86_400_000;
const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

const requests: fc.Arbitrary<EvaluationRequest> = fc
  .record({
    anchor: fc.constantFrom(...anchors),
    offset: fc.integer({ min: 0, max: 7 * DAY }),
    channel: fc.constantFrom(...CHANNELS),
    profile: fc.constantFrom(...complianceProfiles.keys()),
    timezones: fc.uniqueArray(fc.constantFrom(...zones), { minLength: 1, maxLength: 3 }),
    inconvenientTimes: fc.array(
      fc.record({ days: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 }), from: clock, to: clock }).filter((s) => s.from !== s.to),
      { maxLength: 2 },
    ),
    history: fc.array(
      fc.record({ ago: fc.integer({ min: 1, max: 10 * DAY }), channel: fc.constantFrom('call', 'voicemail', 'sms', 'email'), outcome: fc.constantFrom(...outcomeSchema.options) }),
      { maxLength: 30 },
    ),
  })
  .map((r) => {
    const at = r.anchor + r.offset;
    const body: EvaluationRequestInput = {
      at: new Date(at).toISOString(),
      channel: r.channel,
      profile: r.profile,
      account: {
        timezones: r.timezones,
        phoneType: 'mobile',
        consents: { autodialedCalls: true, sms: true },
        optOuts: [],
        ceaseCommunication: false,
        dispute: { status: 'none' },
        inconvenientTimes: r.inconvenientTimes,
      },
      history: r.history.map((h) => ({ at: new Date(at - h.ago).toISOString(), channel: h.channel, outcome: h.outcome })),
    };
    return evaluationRequestSchema.parse(body);
  });

const at = (request: EvaluationRequest, instant: number): EvaluationRequest => ({ ...request, at: new Date(instant).toISOString() });
const describeDecision = (d: ComplianceDecision) => JSON.stringify(d, null, 1);

describe('deferrals', () => {
  it('point after `at` to the earliest instant every time rule allows, where asking again is allowed', () => {
    let defers = 0;
    fc.assert(
      fc.property(requests, (request) => {
        const first = decideContact(request);
        if (first.decision !== 'defer') return;
        defers++;
        const until = Date.parse(first.until);
        expect(until, describeDecision(first)).toBeGreaterThan(Date.parse(request.at));
        const again = decideContact(at(request, until));
        // Progress: no deferral to the same instant, and no time rule (nor the horizon) blocks.
        expect(again.decision, describeDecision(again)).toBe('allow');
        // Earliest: one millisecond before, some time rule still holds.
        expect(decideContact(at(request, until - 1)).decision).toBe('defer');
      }),
      { numRuns: 400 },
    );
    // The generator must exercise deferrals, or this property says nothing.
    expect(defers).toBeGreaterThan(50);
  });

  it('never allow an instant strictly between `at` and `until`', () => {
    fc.assert(
      fc.property(requests, fc.double({ min: 0, max: 1, noNaN: true }), (request, fraction) => {
        const first = decideContact(request);
        if (first.decision !== 'defer') return;
        const start = Date.parse(request.at);
        const probe = Math.floor(start + (Date.parse(first.until) - start) * fraction);
        if (probe >= Date.parse(first.until)) return;
        const middle = decideContact(at(request, probe));
        expect(middle.decision, describeDecision(middle)).not.toBe('allow');
        if (middle.decision === 'defer') expect(Date.parse(middle.until)).toBe(Date.parse(first.until));
      }),
      { numRuns: 300 },
    );
  });

  it('only block for the horizon when the search truly found nothing', () => {
    fc.assert(
      fc.property(requests, (request) => {
        const d = decideContact(request);
        if (d.decision === 'block') expect(d.rule).toBe(ENGINE_RULES.noOpeningWithinHorizon);
      }),
      { numRuns: 200 },
    );
  });
});
