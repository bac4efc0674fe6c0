// What the editor checks as you draw: the server's `validate`, then, once the graph compiles, the
// compliance lint the reviewers and the publish gate run (from @kairos/review), in one list of issues.
import { hasErrors, validate, type CadenceIssue, type NodeRegistry } from '@kairos/cadence';
import { portfolioPolicy } from '@kairos/outbound';
import { lintGraph, type LintFinding, type OutboundLint } from '@kairos/review';
import type { OutboundPolicies } from '../api/types';

export const isComplianceIssue = (i: Pick<CadenceIssue, 'code'>) => i.code.startsWith('lint.');

/** A lint finding as an editor issue: blocking findings are errors (they stop publishing), the rest warnings. */
export const findingToIssue = (f: Omit<LintFinding, 'rule'> & { rule: string }): CadenceIssue => ({
  severity: f.severity === 'blocking' ? 'error' : 'warning',
  code: f.rule,
  message: `${f.message} (${f.cites})`,
  nodeId: f.nodeId,
  field: f.field,
});

/** The portfolios' policies (GET /outbound-policy) as the lint takes them, built as the API builds them. */
export const outboundLintOf = (policies: OutboundPolicies, registry: NodeRegistry): OutboundLint => ({
  registry,
  portfolios: policies.portfolios.map((p) => ({ id: p.id, policy: portfolioPolicy(p, { allowLoopback: policies.allowLoopback, providerHosts: policies.defaults }) })),
});

/** Issues of a graph; with the portfolios' outbound policies (once loaded) the URLs steps call are checked too. */
export function checkGraph(graph: unknown, registry: NodeRegistry, outbound?: OutboundPolicies | null): CadenceIssue[] {
  const issues = validate(graph, registry);
  if (hasErrors(issues)) return issues;
  const lint = lintGraph(graph, registry, outbound ? { outbound: outboundLintOf(outbound, registry) } : {});
  return [...issues, ...lint.findings.map(findingToIssue)];
}
