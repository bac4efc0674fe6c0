// What the editor checks as you draw: the server's `validate`, then, once the graph compiles, the
// compliance lint the reviewers and the publish gate run (from @kairos/review), in one list of issues.
import { hasErrors, validate, type CadenceIssue, type NodeRegistry } from '@kairos/cadence';
import { lintGraph, type LintFinding } from '@kairos/review';

export const isComplianceIssue = (i: Pick<CadenceIssue, 'code'>) => i.code.startsWith('lint.');

/** A lint finding as an editor issue: blocking findings are errors (they stop publishing), the rest warnings. */
export const findingToIssue = (f: LintFinding): CadenceIssue => ({
  severity: f.severity === 'blocking' ? 'error' : 'warning',
  code: f.rule,
  message: `${f.message} (${f.cites})`,
  nodeId: f.nodeId,
  field: f.field,
});

export function checkGraph(graph: unknown, registry: NodeRegistry): CadenceIssue[] {
  const issues = validate(graph, registry);
  if (hasErrors(issues)) return issues;
  const lint = lintGraph(graph, registry);
  return [...issues, ...lint.findings.map(findingToIssue)];
}
