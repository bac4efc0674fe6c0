import { z } from 'zod';
import { defineNode, type NodeIssue } from '../../define-node';
import { compileExpression } from '../../expressions/index';
import { compileConditions, conditionIssues, conditionSchema } from '../shared/conditions-schema';
import { plural } from '../shared/summary-text';

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
      .array(
        z.object({
          outcome: outcomeIdSchema,
          label: z.string().max(80).optional(),
          /** Conditions that must all hold; or, instead, `expression` in the condition language. */
          when: z.array(conditionSchema).default([]),
          expression: z.string().max(2000).optional(),
        }),
      )
      .min(1, 'add at least one rule'),
  }),
  defaults: { rules: [{ outcome: 'high', label: 'High balance', when: [{ field: 'balanceCents', operator: 'gte', value: 100000 }] }] },
  ui: {
    rules: { label: 'Rules, checked in order', help: 'Each rule: conditions, or an expression like dpd > 30 and not consents.voice' },
    'rules.outcome': { label: 'Outcome name', help: 'Lowercase, e.g. high-balance; edges attach to it.' },
    'rules.label': { label: 'Outcome label' },
    'rules.when': { label: 'Conditions' },
    'rules.when.field': { label: 'Account field', help: 'e.g. balanceCents, dpd, language, consents.sms or attributes.tier' },
    'rules.expression': { widget: 'expression', label: 'Or an expression', help: 'Instead of conditions, e.g. dpd > 30 and consents.sms = true' },
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
      if (r.expression !== undefined) {
        if (r.when.length) issues.push({ code: 'two-conditions', field: `rules.${i}.when`, message: 'a rule has either conditions or an expression, not both' });
        const compiled = compileExpression(r.expression);
        if (!compiled.ok) {
          for (const p of compiled.problems) issues.push({ code: 'expression', field: `rules.${i}.expression`, message: `${p.message} (at column ${p.start + 1})` });
        }
      } else if (r.when.length === 0) {
        issues.push({ code: 'no-conditions', field: `rules.${i}.when`, message: 'add a condition or an expression such as balanceCents >= 100000' });
      } else {
        issues.push(...conditionIssues(r.when, `rules.${i}.when`));
      }
    });
    return issues;
  },
  summary: (c) => (Array.isArray(c.rules) ? `${plural(c.rules.length, 'rule')}, else otherwise` : 'No rules'),
  compile: (c) => ({
    op: 'branch',
    // An expression with "or" becomes several IR rules leading to the same outcome (first match wins).
    rules: c.rules.flatMap((r) => {
      if (r.expression === undefined) return [{ outcome: r.outcome, when: compileConditions(r.when) }];
      const compiled = compileExpression(r.expression);
      if (!compiled.ok) throw new Error(compiled.problems[0]!.message);
      return compiled.anyOf.map((when) => ({ outcome: r.outcome, when }));
    }),
    otherwise: 'otherwise',
  }),
});
