import { checkTemplate } from '@kairos/cadence/templates';
import type { CodeProblem } from './code-problem';

/** Each problem of a template at every place it stands (an unknown variable used twice is marked twice). */
export function templateProblems(source: string): CodeProblem[] {
  return checkTemplate(source).flatMap((p) => p.ranges.map((r) => ({ ...r, message: p.message, severity: 'error' as const })));
}
