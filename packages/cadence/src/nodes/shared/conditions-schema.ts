import { z } from 'zod';
import { findAccountField } from '../../account-fields';
import type { NodeIssue } from '../../define-node';

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** One test on an account field, as branch rules, tier rules and segment entries write it. */
export const conditionSchema = z.object({
  field: z.string().min(1),
  operator: z.enum(['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'notIn', 'exists', 'notExists']),
  value: z.union([scalar, z.array(z.union([z.string(), z.number()]))]).optional(),
});
export type ConditionConfig = z.output<typeof conditionSchema>;

/** Field, operator and value checks of a list of conditions, with issues placed at `${place}.${j}`. */
export function conditionIssues(conditions: readonly ConditionConfig[], place: string): NodeIssue[] {
  const issues: NodeIssue[] = [];
  conditions.forEach((cond, j) => {
    const at = `${place}.${j}`;
    const field = findAccountField(cond.field);
    if (!field) {
      issues.push({ code: 'unknown-field', field: `${at}.field`, message: `"${cond.field}" is not an account field` });
      return;
    }
    const numeric = ['gt', 'gte', 'lt', 'lte'].includes(cond.operator);
    const list = cond.operator === 'in' || cond.operator === 'notIn';
    if (numeric && typeof cond.value !== 'number') {
      issues.push({ code: 'bad-value', field: `${at}.value`, message: `${cond.operator} needs a number` });
    } else if (numeric && field.type !== 'number' && field.type !== 'any') {
      issues.push({ code: 'bad-operator', field: `${at}.operator`, message: `${cond.field} is not a number` });
    } else if (list && !Array.isArray(cond.value)) {
      issues.push({ code: 'bad-value', field: `${at}.value`, message: `${cond.operator} needs a list of values` });
    } else if (!list && cond.operator !== 'exists' && cond.operator !== 'notExists' && Array.isArray(cond.value)) {
      issues.push({ code: 'bad-value', field: `${at}.value`, message: `${cond.operator} compares with one value, not a list` });
    } else if (!list && cond.operator !== 'exists' && cond.operator !== 'notExists' && cond.value === undefined) {
      issues.push({ code: 'bad-value', field: `${at}.value`, message: `${cond.operator} needs a value to compare with` });
    }
  });
  return issues;
}

/** Conditions as the IR carries them (no undefined values, so hashes are stable). */
export const compileConditions = (conditions: readonly ConditionConfig[]) =>
  conditions.map((w) => ({ field: w.field, operator: w.operator, ...(w.value !== undefined ? { value: w.value } : {}) }));
