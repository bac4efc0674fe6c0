/** A problem found in a graph, placed so the editor and the CLI can point at it. */
export interface CadenceIssue {
  severity: 'error' | 'warning';
  /** Stable machine-readable code, e.g. `unwired-outcome`. */
  code: string;
  message: string;
  nodeId?: string;
  edgeId?: string;
  /** Dotted path inside the node's config (or `type`, `outcomes.<id>`). */
  field?: string;
}

export const issue = (
  code: string,
  message: string,
  place: Pick<CadenceIssue, 'nodeId' | 'edgeId' | 'field'> = {},
  severity: CadenceIssue['severity'] = 'error',
): CadenceIssue => ({ severity, code, message, ...place });

export const hasErrors = (issues: readonly CadenceIssue[]): boolean => issues.some((i) => i.severity === 'error');

/** The CLI/API wire form of an issue: `{nodeId?, edgeId?, field?, message}` plus code and severity. */
export function issueToJson(i: CadenceIssue): Record<string, string> {
  const out: Record<string, string> = {};
  if (i.nodeId !== undefined) out.nodeId = i.nodeId;
  if (i.edgeId !== undefined) out.edgeId = i.edgeId;
  if (i.field !== undefined) out.field = i.field;
  out.message = i.message;
  out.code = i.code;
  out.severity = i.severity;
  return out;
}
