// Problems of a node's settings written as JSON, checked by the kind's own schema and `validate` (what the
// server runs), each named by its field and placed on that field's value in the text.
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { NodeKind } from '@kairos/cadence';
import type { CodeProblem } from './code-problem';

export interface ConfigJsonProblem extends CodeProblem {
  /** Dotted path of the field, '' for the settings as a whole. */
  field: string;
}

/** The value at `path`, or the closest enclosing thing that exists (a missing field is marked on its object). */
function locate(root: Node, path: ReadonlyArray<string | number>): { start: number; end: number } {
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n) as Array<string | number>);
    if (!node) continue;
    // A missing field: mark the key of its object's property, or the opening brace of the settings.
    if (n < path.length) {
      const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
      return key ? { start: key.offset, end: key.offset + key.length } : { start: node.offset, end: node.offset + 1 };
    }
    return { start: node.offset, end: node.offset + node.length };
  }
  return { start: 0, end: 1 };
}

export function configJsonProblems(text: string, kind: NodeKind, nodeId = 'node'): ConfigJsonProblem[] {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length || !root) {
    return errors.slice(0, 1).map((e) => ({ field: '', start: e.offset, end: e.offset + Math.max(e.length, 1), message: `not JSON yet: ${printParseErrorCode(e.error)}`, severity: 'error' }));
  }
  if (root.type !== 'object') return [{ field: '', start: root.offset, end: root.offset + root.length, message: 'the settings must be a JSON object { … }', severity: 'error' }];
  const value: unknown = JSON.parse(text);
  const parsed = kind.config.safeParse(value);
  const found: Array<{ path: Array<string | number>; message: string; severity: 'error' | 'warning' }> = parsed.success
    ? kind.validate(parsed.data, { nodeId }).map((i) => ({ path: i.field ? i.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) : [], message: i.message, severity: i.severity ?? 'error' }))
    : parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'number' ? p : String(p))), message: i.message, severity: 'error' }));
  return found.map((f) => ({ field: f.path.join('.'), ...locate(root, f.path), message: f.path.length ? `${f.path.join('.')}: ${f.message}` : f.message, severity: f.severity }));
}
