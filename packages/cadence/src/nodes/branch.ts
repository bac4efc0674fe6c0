import { z } from 'zod';
import { findAccountField } from '../account-fields';
import { defineNode, type NodeIssue } from '../define-node';

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const conditionSchema = z.object({
  field: z.string().min(1),
  operator: z.enum(['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'notIn', 'exists']),
  value: z.union([scalar, z.array(z.union([z.string(), z.number()]))]).optional(),
});
const outcomeId = z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/, 'outcome names are lowercase letters, digits, - or _');

/** Route on account attributes: the first rule whose conditions all hold wins, else "otherwise". */
export const branchNode = defineNode({
  kind: 'branch',
  title: 'Branch',
  category: 'logic',
  icon: 'split',
  description: 'Route accounts by balance, DPD, tier, language, consent or any attribute.',
  config: z.object({
    rules: z
      .array(z.object({ outcome: outcomeId, label: z.string().max(80).optional(), when: z.array(conditionSchema).min(1) }))
      .min(1, 'add at least one rule'),
  }),
  defaults: { rules: [{ outcome: 'high', label: 'High balance', when: [{ field: 'balanceCents', operator: 'gte', value: 100000 }] }] },
  ui: {
    rules: { label: 'Rules', help: 'Checked in order: the first rule whose conditions all hold decides.' },
    'rules.outcome': { label: 'Outcome name', help: 'Lowercase, e.g. high-balance; edges attach to it.' },
    'rules.label': { label: 'Outcome label' },
    'rules.when': { label: 'Conditions' },
    'rules.when.field': { label: 'Account field', help: 'e.g. balanceCents, dpd, language, consents.sms or attributes.tier' },
  },
  outcomes: (c) => [...c.rules.map((r) => ({ id: r.outcome, label: r.label ?? r.outcome })), { id: 'otherwise', label: 'Otherwise' }],
  validate: (c) => {
    const issues: NodeIssue[] = [];
    const seen = new Set<string>(['otherwise']);
    c.rules.forEach((r, i) => {
      if (seen.has(r.outcome)) {
        issues.push({ code: 'duplicate-outcome', field: `rules.${i}.outcome`, message: `outcome "${r.outcome}" is used twice` });
      }
      seen.add(r.outcome);
      r.when.forEach((cond, j) => {
        const place = `rules.${i}.when.${j}`;
        const field = findAccountField(cond.field);
        if (!field) {
          issues.push({ code: 'unknown-field', field: `${place}.field`, message: `"${cond.field}" is not an account field` });
          return;
        }
        const numeric = ['gt', 'gte', 'lt', 'lte'].includes(cond.operator);
        const list = cond.operator === 'in' || cond.operator === 'notIn';
        if (numeric && typeof cond.value !== 'number') {
          issues.push({ code: 'bad-value', field: `${place}.value`, message: `${cond.operator} needs a number` });
        } else if (numeric && field.type !== 'number' && field.type !== 'any') {
          issues.push({ code: 'bad-operator', field: `${place}.operator`, message: `${cond.field} is not a number` });
        } else if (list && !Array.isArray(cond.value)) {
          issues.push({ code: 'bad-value', field: `${place}.value`, message: `${cond.operator} needs a list of values` });
        } else if (!list && cond.operator !== 'exists' && Array.isArray(cond.value)) {
          issues.push({ code: 'bad-value', field: `${place}.value`, message: `${cond.operator} compares with one value, not a list` });
        }
      });
    });
    return issues;
  },
  compile: (c) => ({
    op: 'branch',
    rules: c.rules.map((r) => ({
      outcome: r.outcome,
      when: r.when.map((w) => ({ field: w.field, operator: w.operator, ...(w.value !== undefined ? { value: w.value } : {}) })),
    })),
    otherwise: 'otherwise',
  }),
});
