import { compileExpression } from '@kairos/cadence';
import type { CodeProblem } from './code-problem';

/** Syntax and type errors of a condition, where `compileExpression` places them. An empty condition is said under the field, not marked. */
export function conditionProblems(source: string): CodeProblem[] {
  if (!source.trim()) return [];
  const compiled = compileExpression(source);
  return compiled.ok ? [] : compiled.problems.map((p) => ({ start: p.start, end: p.end, message: p.message, severity: 'error' }));
}
