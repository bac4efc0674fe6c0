// The condition language of branch rules (safe: it compiles to declarative IR conditions, never to code).
export { compileExpression, EXPRESSION_KEYWORDS, MAX_ALTERNATIVES, type CompiledExpression, type ExpressionProblem } from './compile-expression';
export { parseExpression, type ExpressionNode } from './parse';
export { ExpressionError } from './tokens';
