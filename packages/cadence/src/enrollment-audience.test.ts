import { describe, expect, it } from 'vitest';
import { compile } from './compile';
import { validate } from './validate';
import { audienceExclusion, audiencePreview, audienceRulesOf, cadenceContactChannels, type AudienceAccountFacts, type AudienceRules } from './enrollment-audience';
import { builtInRegistry } from './nodes/index';
import { graph, smsWaitEmail } from './testing/graph-builder';

const irOf = (g: ReturnType<ReturnType<typeof graph>['build']>) => {
  const r = compile(g, builtInRegistry);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.ir;
};

const owing: AudienceAccountFacts = { portfolioId: 'cards', balanceCents: 5_000, disputeOpen: false, optOuts: [], ceaseCommunication: false, enrolledInCadence: false };
const rules: AudienceRules = { portfolios: ['cards'], channels: ['email', 'sms'] };

describe('who of an audience enters a cadence', () => {
  it('reads the channels a cadence sends on, fallbacks included, as compliance names them', () => {
    expect(cadenceContactChannels(irOf(smsWaitEmail().build()))).toEqual(['email', 'sms']);
    const voiceThenSms = graph()
      .node('start', 'entry')
      .node('call', 'send-message', { channel: 'voice', body: 'Hello {{ account.firstName }}', fallback: [{ channel: 'sms', body: 'Hi. Reply STOP to opt out.' }] })
      .node('done', 'exit', { reason: 'exhausted' })
      .edge('start', 'next', 'call')
      .edge('call', 'next', 'done');
    expect(cadenceContactChannels(irOf(voiceThenSms.build()))).toEqual(['call', 'sms']);
  });

  it('enrolls an account that owes, is not enrolled, not in dispute and reachable on some channel', () => {
    expect(audienceExclusion(owing, rules)).toBeNull();
    expect(audienceExclusion({ ...owing, optOuts: ['sms'] }, rules)).toBeNull();
  });

  it('refuses an account opted out of every channel the cadence uses, or under a cease request', () => {
    expect(audienceExclusion({ ...owing, optOuts: ['sms', 'email'] }, rules)).toBe('opted_out');
    expect(audienceExclusion({ ...owing, ceaseCommunication: true }, rules)).toBe('opted_out');
    // A cadence that sends nothing (agent calls only) has no channel to be opted out of.
    expect(audienceExclusion({ ...owing, optOuts: ['sms', 'email'] }, { ...rules, channels: [] })).toBeNull();
  });

  it('gives the first reason that applies: portfolio, then enrolled, paid, dispute, opted out', () => {
    const everything = { portfolioId: 'loans', balanceCents: 0, disputeOpen: true, optOuts: ['sms', 'email'], ceaseCommunication: true, enrolledInCadence: true };
    expect(audienceExclusion(everything, rules)).toBe('other_portfolio');
    expect(audienceExclusion(everything, { ...rules, portfolios: 'all' })).toBe('already_enrolled');
    expect(audienceExclusion({ ...everything, enrolledInCadence: false }, { ...rules, portfolios: 'all' })).toBe('paid');
    expect(audienceExclusion({ ...everything, enrolledInCadence: false, balanceCents: 1 }, { ...rules, portfolios: 'all' })).toBe('dispute');
  });

  it('previews counts per reason with every reason listed, unknown pasted ids included', () => {
    const preview = audiencePreview(
      [
        { reason: null, count: 7, examples: ['A-1', 'A-2', 'A-3', 'A-4'] },
        { reason: 'paid', count: 2, examples: ['P-1', 'P-2'] },
      ],
      ['X-1', 'X-2'],
      3,
    );
    expect(preview).toMatchObject({ total: 11, entering: 7, enteringExamples: ['A-1', 'A-2', 'A-3'], excluded: 4 });
    expect(preview.excludedBy.map((r) => [r.reason, r.count])).toEqual([
      ['not_found', 2],
      ['other_portfolio', 0],
      ['already_enrolled', 0],
      ['in_another_cadence', 0],
      ['paid', 2],
      ['dispute', 0],
      ['opted_out', 0],
    ]);
    expect(preview.excludedBy[0]!.examples).toEqual(['X-1', 'X-2']);
  });
});

describe('one active cadence per account', () => {
  const entryWith = (config: Record<string, unknown>) =>
    irOf(
      graph()
        .node('start', 'entry', config)
        .node('sms', 'send-message', { channel: 'sms', body: 'Hi. Reply STOP to opt out.' })
        .node('done', 'exit', { reason: 'exhausted' })
        .edge('start', 'next', 'sms')
        .edge('sms', 'next', 'done')
        .build(),
    );

  it('keeps out an account active in another cadence only when the cadence asks for it, after "already enrolled"', () => {
    const elsewhere = { ...owing, enrolledElsewhere: true };
    expect(audienceExclusion(elsewhere, rules)).toBeNull();
    expect(audienceExclusion(elsewhere, { ...rules, oneActiveCadence: true })).toBe('in_another_cadence');
    expect(audienceExclusion({ ...elsewhere, enrolledInCadence: true }, { ...rules, oneActiveCadence: true })).toBe('already_enrolled');
    expect(audienceExclusion({ ...elsewhere, balanceCents: 0 }, { ...rules, oneActiveCadence: true })).toBe('in_another_cadence');
  });

  it("reads the setting from the version's Entry, and a graph that does not set it keeps its hash", () => {
    expect(audienceRulesOf(entryWith({ oneActiveCadence: true })).oneActiveCadence).toBe(true);
    expect(audienceRulesOf(entryWith({ oneActiveCadence: false })).oneActiveCadence).toBe(false);
    expect(audienceRulesOf(entryWith({})).oneActiveCadence).toBe(false);
    expect(entryWith({}).hash).toBe(entryWith({ exitOn: ['paid'] }).hash);
    expect(entryWith({ oneActiveCadence: true }).hash).not.toBe(entryWith({}).hash);
  });
});

describe('the portfolios a cadence enrolls from', () => {
  const dpdEntry = (trigger: Record<string, unknown>) =>
    irOf(
      graph()
        .node('start', 'entry', { trigger })
        .node('sms', 'send-message', { channel: 'sms', body: 'Hi. Reply STOP to opt out.' })
        .node('done', 'exit', { reason: 'exhausted' })
        .edge('start', 'next', 'sms')
        .edge('sms', 'next', 'done')
        .build(),
    );

  it('is every portfolio the caller reads for an API-only cadence, and the rule\'s portfolios for a rule', () => {
    expect(audienceRulesOf(irOf(smsWaitEmail().build())).portfolios).toBe('all');
    expect(audienceRulesOf(dpdEntry({ type: 'dpd', days: 10, portfolios: ['loans', 'cards', 'loans'] })).portfolios).toEqual(['cards', 'loans']);
    // Drawn before rules were scoped: the default portfolio only, and the IR (so its hash) is unchanged by the new field.
    const unscoped = dpdEntry({ type: 'dpd', days: 10 });
    expect(audienceRulesOf(unscoped).portfolios).toEqual(['default']);
    expect(unscoped.trigger).toEqual({ type: 'dpd', days: 10 });
  });

  it('asks for the portfolios of a rule that names none', () => {
    const issues = validate(
      graph().node('start', 'entry', { trigger: { type: 'dpd', days: 10 } }).node('done', 'exit', { reason: 'exhausted' }).edge('start', 'next', 'done').build(),
      builtInRegistry,
    );
    expect(issues).toContainEqual(expect.objectContaining({ nodeId: 'start', field: 'trigger.portfolios', code: 'rule-without-portfolios' }));
  });
});
