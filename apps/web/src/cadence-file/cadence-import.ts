// Reading a cadence file someone picked to import: JSON, then the `kairos.cadence/1` format (or a bare
// graph), then the graph's shape. Only a file that passes all three becomes a draft; the graph's design
// problems (an unwired outcome, a bad setting) are listed by step and field, and a draft may have them.
import { parseTree, type ParseError } from 'jsonc-parser';
import { readCadenceFile, validate, type CadenceGraph, type CadenceIssue, type NodeRegistry } from '@kairos/cadence';

/** Problems that mean the graph cannot be opened at all, rather than a design to fix. */
const UNREADABLE = new Set(['invalid-graph', 'duplicate-node-id', 'duplicate-edge-id', 'dangling-edge']);

export interface ImportProblem {
  /** Where in the file: `step "sms-1", field body`, or empty for the file as a whole. */
  place: string;
  message: string;
  severity: 'error' | 'warning';
}

export type CadenceImport =
  | { ok: true; name: string; description: string; graph: CadenceGraph; problems: ImportProblem[] }
  | { ok: false; title: string; problems: ImportProblem[] };

/** Where an issue stands, in the words of the file: its step (with its kind), edge and field. */
export function placeOf(issue: Pick<CadenceIssue, 'nodeId' | 'edgeId' | 'field'>, graph?: { nodes?: Array<{ id?: unknown; type?: unknown }> }): string {
  const node = issue.nodeId !== undefined ? graph?.nodes?.find((n) => n.id === issue.nodeId) : undefined;
  return [
    issue.nodeId !== undefined && `step "${issue.nodeId}"${typeof node?.type === 'string' ? ` (${node.type})` : ''}`,
    issue.edgeId !== undefined && `arrow "${issue.edgeId}"`,
    issue.field !== undefined && `field ${issue.field}`,
  ]
    .filter(Boolean)
    .join(', ');
}

const toProblem = (graph: unknown) => (i: CadenceIssue): ImportProblem => ({ place: placeOf(i, graph as { nodes?: [] }), message: i.message, severity: i.severity });

/** Where the first JSON syntax error stands (browsers' own messages do not always say). */
function jsonErrorAt(text: string): string {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (!first) return '';
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
}

const baseName = (fileName: string) => fileName.replace(/\.cadence\.json$|\.json$/i, '').replace(/[-_]+/g, ' ').trim();

export function checkCadenceImport(text: string, fileName: string, registry: NodeRegistry): CadenceImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    return { ok: false, title: 'This file is not JSON', problems: [{ place: jsonErrorAt(text), message: `${message}. Export a cadence from the editor, or check the file in a JSON editor.`, severity: 'error' }] };
  }
  const file = readCadenceFile(json);
  if (!file.ok) return { ok: false, title: 'This is not a Kairos cadence file', problems: [{ place: '', message: file.message, severity: 'error' }] };
  const issues = validate(file.graph, registry);
  const unreadable = issues.filter((i) => UNREADABLE.has(i.code));
  if (unreadable.length) {
    return { ok: false, title: 'The cadence in this file cannot be opened', problems: unreadable.map(toProblem(file.graph)) };
  }
  return {
    ok: true,
    name: (file.name ?? baseName(fileName)) || 'Imported cadence',
    description: file.description ?? '',
    graph: file.graph as CadenceGraph,
    problems: issues.map(toProblem(file.graph)),
  };
}
