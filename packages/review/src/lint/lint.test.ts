import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInRegistry, compile, defineNode, type CadenceGraph } from '@kairos/cadence';
import { starterCadences } from '@kairos/cadence/starter-cadences';
import { complianceProfiles, defineComplianceProfile } from '@kairos/compliance';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { consentedChain, DISCLOSED_SMS, edge, email, entry, exit, LATER_SMS, node, sms, smsConsent, waitDays, waitDue } from '../testing/graphs';
import { lintCadence, lintGraph, lintUnderProfiles, type LintOptions } from './lint';
import { LINT_RULES } from './findings';

const example = (name: string): CadenceGraph =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../cadence/examples', `${name}.json`), 'utf8')) as CadenceGraph;

function lint(graph: CadenceGraph, options: LintOptions = {}, registry = builtInRegistry) {
  const result = lintGraph(graph, registry, options);
  if (!result.compiled) throw new Error(`graph does not compile: ${JSON.stringify(result.issues)}`);
  return result.findings;
}
const rulesOf = (findings: ReturnType<typeof lint>) => findings.map((f) => `${f.rule}@${f.nodeId}:${f.field}:${f.severity}`);

describe('the example cadences', () => {
  it.each(['three-reminders', 'promise-follow-up'])('%s has no finding under us-reg-f', (name) => {
    expect(lint(example(name))).toEqual([]);
  });

  it('a graph that does not compile yet is not linted, and says why', () => {
    const broken = example('three-reminders');
    broken.edges.pop();
    const result = lintGraph(broken, builtInRegistry);
    expect(result.compiled).toBe(false);
    expect(result.findings).toEqual([]);
  });
});

describe('quiet hours', () => {
  it('blocks a text fixed at 22:00 local time, placed at the wait that fixes it', () => {
    const findings = lint(consentedChain([waitDue('at-night', -1, '22:00'), sms('first', DISCLOSED_SMS)]));
    expect(rulesOf(findings)).toEqual([`${LINT_RULES.quietHours}@at-night:localTime:blocking`]);
    expect(findings[0]!.message).toMatch(/22:00.*08:00-21:00/);
    expect(findings[0]!.cites).toBe('reg-f.1006.6(b)(1)(i)');
  });

  it('follows the clock through hour waits: 20:00 plus 2 hours is 22:00', () => {
    const graph = consentedChain([waitDue('evening', -1, '20:00'), waitDays('later', 0, 2), sms('first', DISCLOSED_SMS)]);
    expect(rulesOf(lint(graph))).toEqual([`${LINT_RULES.quietHours}@later:duration:blocking`]);
  });

  it('keeps the hour across day waits: 10:00 plus 3 days is allowed', () => {
    expect(lint(consentedChain([waitDue('morning', -1, '10:00'), waitDays('three', 3), sms('first', DISCLOSED_SMS)]))).toEqual([]);
  });

  it('leaves times that depend on enrollment or events to the run-time gate', () => {
    expect(lint(consentedChain([waitDays('some', 0, 5), sms('first', DISCLOSED_SMS)]))).toEqual([]);
  });

  it('warns when a time is closed only on some weekdays of a custom profile', () => {
    const profile = complianceProfiles.get('uk-fca-example')!;
    const findings = lint(consentedChain([waitDue('early', -1, '08:30'), sms('first', DISCLOSED_SMS)]), { profile });
    expect(rulesOf(findings)).toEqual([`${LINT_RULES.quietHours}@early:localTime:warning`]);
    expect(findings[0]!.message).toMatch(/Saturday, Sunday|Sunday, Saturday/);
  });

  it('exempts letters, which are mailed rather than received at a chosen moment', () => {
    const letterNode = defineNode({
      kind: 'test/letter',
      title: 'Letter',
      category: 'message',
      description: 'a letter',
      config: z.object({ body: z.string() }),
      defaults: { body: '' },
      outcomes: [{ id: 'next', label: 'Mailed' }],
      activity: 'sendLetter',
      summary: () => 'A test kind',
      compile: (c) => ({ op: 'activity', activity: 'sendLetter', input: { channel: 'letter', body: c.body }, outcomes: ['next'] }),
    });
    const graph: CadenceGraph = {
      nodes: [entry(), waitDue('night', -1, '23:00'), node('letter', 'test/letter', { body: 'From a debt collector: an attempt to collect a debt; any information obtained will be used for that purpose.' }), exit('done')],
      edges: [edge('start', 'night'), edge('night', 'letter'), edge('letter', 'done')],
    };
    expect(lint(graph, {}, builtInRegistry.with(letterNode))).toEqual([]);
  });
});

describe('frequency caps by design', () => {
  const profile = defineComplianceProfile({ id: 'two-texts', title: 'two texts a week', hours: { 'sun-sat': '08:00-21:00' }, caps: [{ channel: 'sms', max: 2, windowDays: 7 }] });
  const texts = (gapDays: number) =>
    consentedChain([sms('t1', DISCLOSED_SMS), waitDays('w1', gapDays), sms('t2'), waitDays('w2', gapDays), sms('t3')]);

  it('blocks a third text within seven days, at the step that exceeds the cap', () => {
    const findings = lint(texts(3), { profile });
    expect(rulesOf(findings)).toEqual([`${LINT_RULES.frequencyCaps}@t3:channel:blocking`]);
    expect(findings[0]!.cites).toBe('two-texts.cap.sms');
  });

  it('holds a design to every profile in use, each finding naming the profiles that raise it', () => {
    const graph = consentedChain([sms('t1', DISCLOSED_SMS), waitDays('w1', 3), sms('t2', 'ACME Collections: pay today.'), waitDays('w2', 3), sms('t3')]);
    const compiled = compile(graph, builtInRegistry);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.issues));
    const findings = lintUnderProfiles(compiled.ir, [complianceProfiles.get('us-reg-f')!, profile]);
    // The cap exists only in two-texts; the missing opt-out text is a problem under both, listed once.
    expect(findings.find((f) => f.rule === LINT_RULES.frequencyCaps)).toMatchObject({ nodeId: 't3', profiles: ['two-texts'] });
    const optOut = findings.filter((f) => f.rule === LINT_RULES.optOutText);
    expect(optOut).toEqual([expect.objectContaining({ nodeId: 't2', profiles: ['us-reg-f', 'two-texts'] })]);
  });

  it('allows the same texts spread over more than seven days', () => {
    expect(lint(texts(4), { profile })).toEqual([]);
  });

  it('counts a loop that can come round at once (an event) as unbounded contact', () => {
    const graph: CadenceGraph = {
      nodes: [entry(), smsConsent('consent'), sms('ask', DISCLOSED_SMS), node('listen', 'wait-for-event', { events: ['promise'], timeout: { days: 30 } }), exit('done'), exit('no')],
      edges: [edge('start', 'consent'), edge('consent', 'ask', 'consented'), edge('consent', 'no', 'otherwise'), edge('ask', 'listen'), edge('listen', 'ask', 'promise'), edge('listen', 'done', 'timeout')],
    };
    expect(rulesOf(lint(graph, { profile }))).toContain(`${LINT_RULES.frequencyCaps}@ask:channel:blocking`);
  });

  it('holds custom voice nodes to Reg F seven calls in seven days', () => {
    const call = defineNode({
      kind: 'test/call',
      title: 'Call',
      category: 'message',
      description: 'a dialer call',
      config: z.object({ script: z.string() }),
      defaults: { script: '' },
      outcomes: [{ id: 'next', label: 'Called' }],
      activity: 'placeCall',
      summary: () => 'A test kind',
      compile: (c) => ({ op: 'activity', activity: 'placeCall', input: { channel: 'voice', script: c.script }, outcomes: ['next'] }),
    });
    const script = '{{ collector.disclosure }}';
    const steps = Array.from({ length: 8 }, (_, i) => [node(`call-${i}`, 'test/call', { script }), waitDays(`gap-${i}`, 0, 12)]).flat();
    const graph: CadenceGraph = {
      nodes: [entry(), node('consent', 'branch', { rules: [{ outcome: 'ok', when: [{ field: 'consents.voice', operator: 'eq', value: true }] }] }), ...steps, exit('done'), exit('no')],
      edges: [edge('start', 'consent'), edge('consent', 'call-0', 'ok'), edge('consent', 'no', 'otherwise'), ...steps.map((s, i) => edge(s.id, steps[i + 1]?.id ?? 'done'))],
    };
    const findings = lint(graph, {}, builtInRegistry.with(call));
    expect(rulesOf(findings).filter((r) => r.startsWith(LINT_RULES.frequencyCaps))).toEqual([`${LINT_RULES.frequencyCaps}@call-7:channel:blocking`]);
    expect(findings.find((f) => f.rule === LINT_RULES.frequencyCaps)!.cites).toBe('reg-f.1006.14(b)(2)(i)(A)');
  });
});

describe('opt-out instructions', () => {
  it('blocks an SMS and an email that do not say how to opt out', () => {
    const graph = consentedChain([sms('t1', 'Hi {{ account.firstName }}. {{ collector.disclosure }}'), email('e1', '{{ collector.identification }} Pay {{ paymentLink }}.')]);
    expect(rulesOf(lint(graph)).filter((r) => r.startsWith(LINT_RULES.optOutText))).toEqual([
      `${LINT_RULES.optOutText}@e1:body:blocking`,
      `${LINT_RULES.optOutText}@t1:body:blocking`,
    ]);
  });

  it('accepts the one-click unsubscribe link as an email\'s way to opt out', () => {
    const graph = consentedChain([email('e1', '{{ collector.identification }} Pay {{ paymentLink }}. Manage emails: {{ unsubscribeLink }}')]);
    expect(rulesOf(lint(graph)).filter((r) => r.startsWith(LINT_RULES.optOutText))).toEqual([]);
  });

  it('tells the author to add the unsubscribe link when an email lacks one', () => {
    const graph = consentedChain([email('e1', '{{ collector.identification }} Pay {{ paymentLink }}.')]);
    expect(lint(graph).find((f) => f.rule === LINT_RULES.optOutText)?.message).toContain('{{ unsubscribeLink }}');
  });
});

describe('disclosures a custom profile requires', () => {
  const profile = defineComplianceProfile({
    id: 'licensed',
    title: 'licensed',
    hours: { 'sun-sat': '08:00-21:00' },
    disclosures: { optOutPhrases: ['Text END'], required: [{ text: 'Licence 42', channels: ['email'] }] },
  });

  it('blocks a message on a named channel that lacks the required text, citing the profile', () => {
    const findings = lint(consentedChain([sms('s1', `${DISCLOSED_SMS} Text END`), waitDays('w', 8), email('e1')]), { profile });
    expect(rulesOf(findings.filter((f) => f.rule === LINT_RULES.requiredDisclosure))).toEqual([`${LINT_RULES.requiredDisclosure}@e1:body:blocking`]);
    expect(findings.find((f) => f.rule === LINT_RULES.requiredDisclosure)!.cites).toBe('licensed.disclosure');
  });

  it("reads opt-out instructions in the profile's own words", () => {
    const stopOnly = lint(consentedChain([sms('s1', DISCLOSED_SMS)]), { profile });
    expect(rulesOf(stopOnly)).toContain(`${LINT_RULES.optOutText}@s1:body:blocking`);
    expect(stopOnly.find((f) => f.rule === LINT_RULES.optOutText)!.message).toContain('"Text END"');
    expect(rulesOf(lint(consentedChain([sms('s1', DISCLOSED_SMS)])))).not.toContain(`${LINT_RULES.optOutText}@s1:body:blocking`);
  });
});

describe('debt-collector disclosure', () => {
  it('needs the full disclosure on the first contact and identification on later ones', () => {
    const graph = consentedChain([sms('first', LATER_SMS), waitDays('w', 3), sms('later', 'Pay {{ paymentLink }} Reply STOP to opt out.')]);
    const findings = lint(graph).filter((f) => f.rule === LINT_RULES.collectorDisclosure);
    expect(findings.map((f) => [f.nodeId, f.cites])).toEqual([
      ['first', 'reg-f.1006.18(e)(1)'],
      ['later', 'reg-f.1006.18(e)(2)'],
    ]);
  });

  it('accepts the disclosure written out in words', () => {
    const words = 'This is a debt collector. This is an attempt to collect a debt and any information obtained will be used for that purpose. Reply STOP to opt out.';
    expect(lint(consentedChain([sms('first', words)]))).toEqual([]);
  });

  it('treats a step that is first on any path as a first contact', () => {
    const graph: CadenceGraph = {
      nodes: [entry(), smsConsent('consent'), node('tier', 'branch', { rules: [{ outcome: 'vip', when: [{ field: 'balanceCents', operator: 'gte', value: 100 }] }] }), sms('intro', DISCLOSED_SMS), sms('shared'), exit('done'), exit('no')],
      edges: [edge('start', 'consent'), edge('consent', 'tier', 'consented'), edge('consent', 'no', 'otherwise'), edge('tier', 'intro', 'vip'), edge('tier', 'shared', 'otherwise'), edge('intro', 'shared'), edge('shared', 'done')],
    };
    expect(rulesOf(lint(graph))).toEqual([`${LINT_RULES.collectorDisclosure}@shared:body:blocking`]);
  });
});

describe('disputes', () => {
  it('blocks a cadence that a dispute does not end', () => {
    expect(rulesOf(lint(consentedChain([sms('first', DISCLOSED_SMS)], { exitOn: ['paid'] })))).toEqual([`${LINT_RULES.disputeHold}@start:exitOn:blocking`]);
  });

  it('blocks a dispute outcome that leads to a contact, and accepts one that leads to an exit', () => {
    const build = (afterDispute: string) => ({
      nodes: [entry(), smsConsent('consent'), sms('first', DISCLOSED_SMS), node('listen', 'wait-for-event', { events: ['dispute'], timeout: { days: 3 } }), sms('after'), exit('done'), exit('held', 'dispute'), exit('no')],
      edges: [edge('start', 'consent'), edge('consent', 'first', 'consented'), edge('consent', 'no', 'otherwise'), edge('first', 'listen'), edge('listen', afterDispute, 'dispute'), edge('listen', 'done', 'timeout'), edge('after', 'done')],
    });
    const leaking = build('after');
    leaking.nodes = leaking.nodes.filter((n) => n.id !== 'held');
    expect(rulesOf(lint(leaking))).toEqual([`${LINT_RULES.disputeHold}@listen:outcomes.dispute:blocking`]);
    const held = build('held');
    held.nodes = held.nodes.filter((n) => n.id !== 'after');
    held.edges = held.edges.filter((e) => e.source !== 'after');
    expect(lint(held)).toEqual([]);
  });
});

describe('cease communication', () => {
  const build = (ceased: string) => ({
    nodes: [
      entry(),
      node('ceased?', 'branch', { rules: [{ outcome: 'ceased', when: [{ field: 'compliance.ceaseCommunication', operator: 'eq', value: true }] }] }),
      smsConsent('consent'),
      sms('first', DISCLOSED_SMS),
      exit('done'),
      ...(ceased === 'stop' ? [exit('stop', 'completed')] : []),
      exit('no'),
    ],
    edges: [edge('start', 'ceased?'), edge('ceased?', ceased, 'ceased'), edge('ceased?', 'consent', 'otherwise'), edge('consent', 'first', 'consented'), edge('consent', 'no', 'otherwise'), edge('first', 'done')],
  });

  it('blocks a path from a cease-communication request to any contact', () => {
    expect(rulesOf(lint(build('consent')))).toEqual([`${LINT_RULES.ceaseCommunication}@ceased?:rules.0:blocking`]);
  });

  it('accepts a cease-communication rule that ends the cadence', () => {
    expect(lint(build('stop'))).toEqual([]);
  });
});

describe('consent for autodialed texts', () => {
  it('blocks a text that some path reaches without a consent check', () => {
    const graph: CadenceGraph = {
      nodes: [entry(), email('hello', '{{ collector.disclosure }} Unsubscribe: reply UNSUBSCRIBE.'), sms('text'), exit('done')],
      edges: [edge('start', 'hello'), edge('hello', 'text'), edge('text', 'done')],
    };
    expect(rulesOf(lint(graph))).toEqual([`${LINT_RULES.consentCheck}@text:channel:blocking`]);
  });

  it('blocks a text that one path reaches past the check and another around it', () => {
    const graph: CadenceGraph = {
      nodes: [entry(), smsConsent('consent'), email('intro', '{{ collector.disclosure }} Reply UNSUBSCRIBE to opt out.'), sms('text'), exit('done')],
      edges: [edge('start', 'consent'), edge('consent', 'text', 'consented'), edge('consent', 'intro', 'otherwise'), edge('intro', 'text'), edge('text', 'done')],
    };
    expect(rulesOf(lint(graph))).toContain(`${LINT_RULES.consentCheck}@text:channel:blocking`);
  });

  it('accepts a landline check instead of consent', () => {
    const graph: CadenceGraph = {
      nodes: [entry(), node('line', 'branch', { rules: [{ outcome: 'landline', when: [{ field: 'compliance.phoneType', operator: 'eq', value: 'landline' }] }] }), sms('text', DISCLOSED_SMS), exit('done'), exit('no')],
      edges: [edge('start', 'line'), edge('line', 'text', 'landline'), edge('line', 'no', 'otherwise'), edge('text', 'done')],
    };
    expect(lint(graph)).toEqual([]);
  });
});

it('lints a compiled IR the same way as its graph', () => {
  const graph = consentedChain([sms('first', LATER_SMS)], { exitOn: ['paid'] });
  const compiled = compile(graph, builtInRegistry);
  if (!compiled.ok) throw new Error('does not compile');
  expect(lintCadence(compiled.ir)).toEqual(lint(graph));
  expect(lintCadence(compiled.ir).length).toBeGreaterThan(0);
});

describe('the starter cadences', () => {
  it.each(starterCadences().map((s) => [s.id, s] as const))('%s has no blocking finding under us-reg-f', (_id, starter) => {
    const findings = lint(starter.graph);
    expect(findings.filter((f) => f.severity === 'blocking'), JSON.stringify(findings, null, 1)).toEqual([]);
  });
});

describe('messages with language variants and fallback channels', () => {
  it('checks every variant and every fallback, each at its own field', () => {
    const step = node('multi', 'send-message', {
      channel: 'email',
      subject: 'Balance',
      body: `{{ collector.disclosure }} Unsubscribe: reply UNSUBSCRIBE.`,
      variants: [{ language: 'es', subject: 'Saldo', body: 'Hola, pague {{ paymentLink }}.' }],
      fallback: [{ channel: 'sms', body: 'Pay {{ paymentLink }}' }],
    });
    const graph: CadenceGraph = { nodes: [entry(), step, exit('done')], edges: [edge('start', 'multi'), edge('multi', 'done')] };
    expect(rulesOf(lint(graph)).sort()).toEqual([
      `${LINT_RULES.collectorDisclosure}@multi:fallback.0.body:blocking`,
      `${LINT_RULES.collectorDisclosure}@multi:variants.0.body:blocking`,
      `${LINT_RULES.consentCheck}@multi:fallback.0.channel:blocking`,
      `${LINT_RULES.optOutText}@multi:fallback.0.body:blocking`,
      `${LINT_RULES.optOutText}@multi:variants.0.body:blocking`,
    ]);
  });
});

describe('window waits and dispute holds', () => {
  it('blocks a text sent in a window wholly outside the hours, and warns for one partly outside', () => {
    const windowWait = (id: string, from: string, to: string) => node(id, 'wait', { mode: 'window', days: ['mon', 'tue', 'wed', 'thu', 'fri'], from, to });
    expect(rulesOf(lint(consentedChain([windowWait('late', '21:30', '23:00'), sms('first', DISCLOSED_SMS)])))).toEqual([`${LINT_RULES.quietHours}@late:window:blocking`]);
    expect(rulesOf(lint(consentedChain([windowWait('evening', '19:00', '22:00'), sms('first', DISCLOSED_SMS)])))).toEqual([`${LINT_RULES.quietHours}@evening:window:warning`]);
    expect(lint(consentedChain([windowWait('office', '10:00', '17:00'), sms('first', DISCLOSED_SMS)]))).toEqual([]);
  });

  it('accepts contact after a dispute once a hold says it is resolved, not while it is still open', () => {
    const build = (stillOpen: string) => ({
      nodes: [
        entry(),
        smsConsent('consent'),
        sms('first', DISCLOSED_SMS),
        node('listen', 'wait-for-event', { events: ['dispute'], timeout: { days: 3 } }),
        node('hold', 'dispute-hold', { maxDays: 30 }),
        sms('after'),
        exit('done'),
        ...(stillOpen === 'held' ? [exit('held', 'dispute')] : []),
        exit('no'),
      ],
      edges: [
        edge('start', 'consent'),
        edge('consent', 'first', 'consented'),
        edge('consent', 'no', 'otherwise'),
        edge('first', 'listen'),
        edge('listen', 'hold', 'dispute'),
        edge('listen', 'done', 'timeout'),
        edge('hold', 'after', 'resolved'),
        edge('hold', stillOpen, 'timeout'),
        edge('after', 'done'),
      ],
    });
    expect(lint(build('held'))).toEqual([]);
    expect(rulesOf(lint(build('after')))).toEqual([`${LINT_RULES.disputeHold}@listen:outcomes.dispute:blocking`]);
  });
});

describe('portfolios without a collector identity', () => {
  const graph = consentedChain([sms('t1', DISCLOSED_SMS)]);

  it('warns once, at the Entry, naming the portfolios whose messages would be refused, and does not block', () => {
    const findings = lint(graph, { portfoliosWithoutCollector: ['default', 'cards-2026'] });
    expect(rulesOf(findings)).toEqual([`${LINT_RULES.collectorIdentity}@start:config:warning`]);
    expect(findings[0]!.message).toBe(
      'portfolios "default", "cards-2026" have no complete collector identity, so this cadence\'s messages to their accounts are refused until an administrator ' +
        'sets one on the Collector page (the texts name the collector with {{ collector.* }})',
    );
  });

  it('says nothing when every portfolio in use has one, or when the cadence sends nothing', () => {
    expect(lint(graph, { portfoliosWithoutCollector: [] })).toEqual([]);
    const silent: CadenceGraph = { nodes: [entry(), exit('done')], edges: [edge('start', 'done')] };
    expect(lint(silent, { portfoliosWithoutCollector: ['default'] })).toEqual([]);
  });
});
