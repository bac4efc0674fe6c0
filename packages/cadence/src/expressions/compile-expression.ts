import { findAccountField } from '../account-fields';
import type { Condition } from '../interpreter/ir';
import { parseExpression, type ExpressionNode } from './parse';
import { ExpressionError } from './tokens';

/** A problem in a condition, placed by character offsets so the editor can underline it. */
export interface ExpressionProblem {
  message: string;
  start: number;
  end: number;
}

export type CompiledExpression = { ok: true; anyOf: Condition[][] } | { ok: false; problems: ExpressionProblem[] };

/** More alternatives than this after expanding the ors is a sign of a condition nobody can review. */
export const MAX_ALTERNATIVES = 32;

const NEGATED: Record<Condition['operator'], Condition['operator']> = {
  eq: 'neq', neq: 'eq', gt: 'lte', gte: 'lt', lt: 'gte', lte: 'gt', in: 'notIn', notIn: 'in', exists: 'notExists', notExists: 'exists',
};

function typeProblems(node: ExpressionNode, out: ExpressionProblem[]): void {
  switch (node.type) {
    case 'and':
    case 'or':
      typeProblems(node.left, out);
      typeProblems(node.right, out);
      return;
    case 'not':
      typeProblems(node.operand, out);
      return;
  }
  const field = findAccountField(node.field);
  const at = { start: node.fieldStart, end: node.fieldEnd };
  if (!field) {
    out.push({ ...at, message: `"${node.field}" is not an account field (try balanceCents, dpd, language, consents.sms or attributes.<name>)` });
    return;
  }
  if (field.type === 'any') return;
  if (node.type === 'truthy' && field.type !== 'boolean') {
    out.push({ ...at, message: `${node.field} is a ${field.type}, not true/false: compare it, e.g. ${node.field} ${field.type === 'number' ? '> 0' : "= 'value'"}` });
  } else if (node.type === 'compare') {
    const v = node.value;
    const numeric = ['gt', 'gte', 'lt', 'lte'].includes(node.operator);
    if (numeric && field.type !== 'number') out.push({ ...at, message: `${node.field} is a ${field.type}: only numbers compare with <, <=, >, >=` });
    else if (v !== null && typeof v !== field.type) {
      out.push({ start: node.valueStart, end: node.valueEnd, message: `${node.field} is a ${field.type}, so compare it with a ${field.type}${field.type === 'string' ? " in quotes ('...')" : ''}` });
    }
  } else if (node.type === 'in') {
    if (field.type === 'boolean') out.push({ ...at, message: `${node.field} is true/false: use = true or = false instead of a list` });
    else if (node.values.some((v) => typeof v !== field.type)) out.push({ start: node.start, end: node.end, message: `every value in the list must be a ${field.type}` });
  }
}

/** Disjunctive normal form: a list of alternatives, each a list of conditions that must all hold. */
function dnf(node: ExpressionNode, negate: boolean): Condition[][] {
  switch (node.type) {
    case 'not':
      return dnf(node.operand, !negate);
    case 'and':
    case 'or': {
      const left = dnf(node.left, negate);
      const right = dnf(node.right, negate);
      // De Morgan: under negation, and becomes or and or becomes and.
      const isAnd = (node.type === 'and') !== negate;
      if (!isAnd) return [...left, ...right];
      return left.flatMap((l) => right.map((r) => [...l, ...r]));
    }
    case 'compare': {
      const op = negate ? NEGATED[node.operator] : node.operator;
      return [[{ field: node.field, operator: op, value: node.value }]];
    }
    case 'in':
      return [[{ field: node.field, operator: node.negated !== negate ? 'notIn' : 'in', value: node.values }]];
    case 'exists':
      return [[{ field: node.field, operator: negate ? 'notExists' : 'exists' }]];
    case 'truthy':
      return [[{ field: node.field, operator: negate ? 'neq' : 'eq', value: true }]];
  }
}

/** Parse, type-check and lower a condition to the IR: alternatives of conditions (the rule holds if any alternative does). */
export function compileExpression(source: string): CompiledExpression {
  if (!source.trim()) return { ok: false, problems: [{ message: 'the condition is empty', start: 0, end: 0 }] };
  let tree: ExpressionNode;
  try {
    tree = parseExpression(source);
  } catch (err) {
    if (err instanceof ExpressionError) return { ok: false, problems: [{ message: err.message, start: err.start, end: err.end }] };
    throw err;
  }
  const problems: ExpressionProblem[] = [];
  typeProblems(tree, problems);
  if (problems.length) return { ok: false, problems };
  const anyOf = dnf(tree, false);
  if (anyOf.length > MAX_ALTERNATIVES) {
    return { ok: false, problems: [{ message: `this condition expands to ${anyOf.length} alternatives (at most ${MAX_ALTERNATIVES}): split it into several rules`, start: 0, end: source.length }] };
  }
  return { ok: true, anyOf };
}

/** Words the condition language knows, for editor completion. */
export const EXPRESSION_KEYWORDS = ['and', 'or', 'not', 'in', 'exists', 'true', 'false', 'null'] as const;
