import { builtInRegistry, compile, type CadenceGraph } from '@kairos/cadence';
import { complianceProfiles } from '@kairos/compliance';
import { portfolioPolicy } from '@kairos/outbound';
import { describe, expect, it } from 'vitest';
import { edge, entry, exit, node } from '../testing/graphs';
import { LINT_RULES } from './findings';
import { lintGraph, lintUnderProfiles } from './lint';
import type { OutboundLint } from './outbound';

/** Entry → a webhook step → exits by ok and failed. */
const webhookTo = (url: string): CadenceGraph => ({
  nodes: [entry(), node('notify', 'webhook', { url }, 'Notify CRM'), exit('done', 'completed'), exit('hook-failed', 'completed')],
  edges: [edge('start', 'notify'), edge('notify', 'done', 'ok'), edge('notify', 'hook-failed', 'failed')],
});

const portfolios = (...books: Array<[string, string[]]>): OutboundLint => ({
  registry: builtInRegistry,
  portfolios: books.map(([id, allowedHosts]) => ({ id, policy: portfolioPolicy({ allowedHosts }) })),
});
const outboundOf = (graph: CadenceGraph, outbound: OutboundLint) => {
  const r = lintGraph(graph, builtInRegistry, { outbound });
  if (!r.compiled) throw new Error(JSON.stringify(r.issues));
  return r.findings.filter((f) => f.rule === LINT_RULES.outbound).map((f) => ({ at: `${f.nodeId}:${f.field}`, severity: f.severity, message: f.message }));
};

describe('the outbound lint on steps that call other systems', () => {
  const books = portfolios(['default', ['crm.example.com']], ['cards', ['crm.example.com', 'hooks.cards.example']]);

  it('blocks a webhook to the cloud metadata address, at its URL field', () => {
    expect(outboundOf(webhookTo('http://169.254.169.254/latest/meta-data/'), books)).toEqual([
      { at: 'notify:url', severity: 'blocking', message: '"Notify CRM" (notify) would call http://169.254.169.254/latest/meta-data/, which Kairos refuses: Kairos sends requests over https only, not http: use an https:// URL' },
    ]);
    expect(outboundOf(webhookTo('https://169.254.169.254/latest/meta-data/'), books)).toEqual([
      expect.objectContaining({ severity: 'blocking', message: expect.stringContaining('169.254.169.254 is a cloud metadata address') }),
    ]);
  });

  it('blocks a host no portfolio allows, saying how to allow it', () => {
    expect(outboundOf(webhookTo('https://evil.example.net/x?token=s3cret'), books)).toEqual([
      {
        at: 'notify:url',
        severity: 'blocking',
        message: expect.stringMatching(/^"Notify CRM" \(notify\) would call https:\/\/evil\.example\.net\/x, which Kairos refuses: evil\.example\.net is not among the hosts this portfolio may call: an admin adds it/),
      },
    ]);
    expect(outboundOf(webhookTo('https://evil.example.net/x?token=s3cret'), books)[0]!.message).not.toContain('s3cret');
  });

  it('warns when only some portfolios allow the host, naming those whose accounts would fail', () => {
    expect(outboundOf(webhookTo('https://hooks.cards.example/in'), books)).toEqual([
      { at: 'notify:url', severity: 'warning', message: expect.stringContaining('which only portfolio cards allows: accounts of default would leave this step by its failure outcome') },
    ]);
  });

  it('finds nothing for an https URL every portfolio allows', () => {
    expect(outboundOf(webhookTo('https://crm.example.com/kairos'), books)).toEqual([]);
  });

  it('lets loopback through only under the test allowance', () => {
    const tests: OutboundLint = { registry: builtInRegistry, portfolios: [{ id: 'default', policy: portfolioPolicy(undefined, { allowLoopback: true }) }] };
    expect(outboundOf(webhookTo('http://127.0.0.1:4100/hook'), tests)).toEqual([]);
    expect(outboundOf(webhookTo('http://127.0.0.1:4100/hook'), books)).toEqual([expect.objectContaining({ severity: 'blocking' })]);
  });

  it('is listed once under several compliance profiles, naming none of them', () => {
    const compiled = compile(webhookTo('http://169.254.169.254/'), builtInRegistry);
    if (!compiled.ok) throw new Error('does not compile');
    const findings = lintUnderProfiles(compiled.ir, [complianceProfiles.get('us-reg-f')!, complianceProfiles.get('uk-fca-example')!], { outbound: books }).filter((f) => f.rule === LINT_RULES.outbound);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.profiles).toBeUndefined();
  });

  it('is not run without the portfolios\' policies', () => {
    const r = lintGraph(webhookTo('http://169.254.169.254/'), builtInRegistry);
    expect(r.compiled && r.findings.filter((f) => f.rule === LINT_RULES.outbound)).toEqual([]);
  });
});
