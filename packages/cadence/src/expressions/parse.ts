// The condition language of branch rules: `balanceCents >= 100000 and not consents.voice`,
// `attributes.tier in [1, 2] or dpd > 30`. A tiny grammar with precise positions, so the editor can
// underline the exact place; it compiles to the IR's declarative conditions, never to code.
import { ExpressionError, tokenize, type Token } from './tokens';

export type Literal = string | number | boolean | null;

export type ExpressionNode =
  | { type: 'and' | 'or'; left: ExpressionNode; right: ExpressionNode; start: number; end: number }
  | { type: 'not'; operand: ExpressionNode; start: number; end: number }
  | { type: 'compare'; field: string; fieldStart: number; fieldEnd: number; operator: 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte'; value: Literal; valueStart: number; valueEnd: number; start: number; end: number }
  | { type: 'in'; field: string; fieldStart: number; fieldEnd: number; negated: boolean; values: Array<string | number>; start: number; end: number }
  | { type: 'exists'; field: string; fieldStart: number; fieldEnd: number; start: number; end: number }
  /** A bare field: true when the field is true. */
  | { type: 'truthy'; field: string; fieldStart: number; fieldEnd: number; start: number; end: number };

const OPERATORS: Record<string, 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte'> = { '=': 'eq', '==': 'eq', '!=': 'neq', '>': 'gt', '>=': 'gte', '<': 'lt', '<=': 'lte' };
const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'exists', 'true', 'false', 'null']);

export function parseExpression(source: string): ExpressionNode {
  const tokens = tokenize(source);
  let at = 0;
  const peek = () => tokens[at]!;
  const word = (w: string) => peek().kind === 'ident' && peek().text.toLowerCase() === w;
  const take = () => tokens[at++]!;
  const fail = (t: Token, message: string): never => {
    throw new ExpressionError(message, t.start, Math.max(t.end, t.start + 1));
  };

  const literal = (): { value: Literal; token: Token } => {
    const t = take();
    if (t.kind === 'number' || t.kind === 'string') return { value: t.value!, token: t };
    if (t.kind === 'ident' && ['true', 'false', 'null'].includes(t.text.toLowerCase())) {
      const w = t.text.toLowerCase();
      return { value: w === 'true' ? true : w === 'false' ? false : null, token: t };
    }
    return fail(t, t.kind === 'end' ? 'a value is missing here (a number, \'text\', true, false or null)' : `"${t.text}" is not a value: compare a field with a number, 'text', true, false or null`);
  };

  const comparison = (): ExpressionNode => {
    const t = peek();
    if (t.kind === 'punct' && t.text === '(') {
      take();
      const inner = or();
      const close = take();
      if (close.kind !== 'punct' || close.text !== ')') fail(close, 'a ")" is missing here');
      return { ...inner, start: t.start, end: close.end };
    }
    if (t.kind !== 'ident' || KEYWORDS.has(t.text.toLowerCase())) {
      return fail(t, t.kind === 'end' ? 'the condition ends too early: a field is missing' : `expected a field such as balanceCents or attributes.tier, found "${t.text}"`);
    }
    take();
    const field = { field: t.text, fieldStart: t.start, fieldEnd: t.end };
    const next = peek();
    if (next.kind === 'op') {
      take();
      const { value, token } = literal();
      return { type: 'compare', ...field, operator: OPERATORS[next.text]!, value, valueStart: token.start, valueEnd: token.end, start: t.start, end: token.end };
    }
    if (word('exists')) {
      const e = take();
      return { type: 'exists', ...field, start: t.start, end: e.end };
    }
    let negated = false;
    if (word('not') && tokens[at + 1]?.kind === 'ident' && tokens[at + 1]!.text.toLowerCase() === 'in') {
      take();
      negated = true;
    }
    if (word('in')) {
      take();
      const open = take();
      if (open.kind !== 'punct' || open.text !== '[') fail(open, 'a list is expected after "in", such as [1, 2] or [\'es\', \'fr\']');
      const values: Array<string | number> = [];
      for (;;) {
        const { value, token } = literal();
        if (typeof value !== 'string' && typeof value !== 'number') fail(token, 'lists hold numbers or \'text\'');
        values.push(value as string | number);
        const sep = take();
        if (sep.kind === 'punct' && sep.text === ']') return { type: 'in', ...field, negated, values, start: t.start, end: sep.end };
        if (sep.kind !== 'punct' || sep.text !== ',') fail(sep, 'a "," or "]" is expected here');
      }
    }
    if (negated) fail(peek(), '"not" here must be followed by "in"');
    return { type: 'truthy', ...field, start: t.start, end: t.end };
  };

  const not = (): ExpressionNode => {
    if (word('not')) {
      const t = take();
      const operand = not();
      return { type: 'not', operand, start: t.start, end: operand.end };
    }
    return comparison();
  };
  const binary = (kind: 'and' | 'or', operand: () => ExpressionNode) => (): ExpressionNode => {
    let left = operand();
    while (word(kind)) {
      take();
      const right = operand();
      left = { type: kind, left, right, start: left.start, end: right.end };
    }
    return left;
  };
  const and = binary('and', not);
  const or = binary('or', and);

  const tree = or();
  const rest = peek();
  if (rest.kind !== 'end') fail(rest, `unexpected "${rest.text}": join conditions with "and" or "or"`);
  return tree;
}
