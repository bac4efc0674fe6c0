import { z } from 'zod';
import { defineNode, type NodeIssue } from '../define-node';
import { compileConditions, conditionIssues, conditionSchema } from './conditions-schema';

export const outcomeIdSchema = z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/, 'outcome names are lowercase letters, digits, - or _');

/** Route on account attributes: the first rule whose conditions all hold wins, else "otherwise". */
export const branchNode = defineNode({
  kind: 'branch',
  title: 'Branch',
  category: 'logic',
  icon: 'split',
  description: 'Route accounts by balance, DPD, tier, risk score, language, preferred channel, consent or any attribute.',
  config: z.object({
    rules: z
      .array(z.object({ outcome: outcomeIdSchema, label: z.string().max(80).optional(), when: z.array(conditionSchema).min(1) }))
      .min(1, 'add at least one rule'),
  }),
  defaults: { rules: [{ outcome: 'high', label: 'High balance', when: [{ field: 'balanceCents', operator: 'gte', value: 100000 }] }] },
  outcomes: (c) => [...c.rules.map((r) => ({ id: r.outcome, label: r.label ?? r.outcome })), { id: 'otherwise', label: 'Otherwise' }],
  validate: (c) => {
    const issues: NodeIssue[] = [];
    const seen = new Set<string>(['otherwise']);
    c.rules.forEach((r, i) => {
      if (seen.has(r.outcome)) {
        issues.push({ code: 'duplicate-outcome', field: `rules.${i}.outcome`, message: `outcome "${r.outcome}" is used twice` });
      }
      seen.add(r.outcome);
      issues.push(...conditionIssues(r.when, `rules.${i}.when`));
    });
    return issues;
  },
  compile: (c) => ({
    op: 'branch',
    rules: c.rules.map((r) => ({ outcome: r.outcome, when: compileConditions(r.when) })),
    otherwise: 'otherwise',
  }),
});
