import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../compile';
import { accountView, conditionsHold } from '../interpreter/conditions';
import { startEnrollment } from '../interpreter/interpreter';
import { builtInRegistry } from '../nodes/index';
import { graph, testAccount } from '../testing/graph-builder';
import { validate } from '../validate';
import { compileExpression } from './index';

const alternatives = (source: string) => {
  const r = compileExpression(source);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.anyOf;
};
const problems = (source: string) => {
  const r = compileExpression(source);
  return r.ok ? [] : r.problems;
};

describe('the condition language', () => {
  it('lowers comparisons, lists, presence and bare booleans to IR conditions', () => {
    expect(alternatives("balanceCents >= 100_000 and language = 'es'")).toEqual([
      [
        { field: 'balanceCents', operator: 'gte', value: 100000 },
        { field: 'language', operator: 'eq', value: 'es' },
      ],
    ]);
    expect(alternatives('attributes.tier in [1, 2] and consents.sms and attributes.riskScore exists')).toEqual([
      [
        { field: 'attributes.tier', operator: 'in', value: [1, 2] },
        { field: 'consents.sms', operator: 'eq', value: true },
        { field: 'attributes.riskScore', operator: 'exists' },
      ],
    ]);
  });

  it('turns "or" into alternatives and pushes "not" down (De Morgan)', () => {
    expect(alternatives('dpd > 30 or (balanceCents < 5000 and not consents.voice)')).toEqual([
      [{ field: 'dpd', operator: 'gt', value: 30 }],
      [
        { field: 'balanceCents', operator: 'lt', value: 5000 },
        { field: 'consents.voice', operator: 'neq', value: true },
      ],
    ]);
    expect(alternatives("not (dpd >= 16 and language not in ['es', 'fr'])")).toEqual([
      [{ field: 'dpd', operator: 'lt', value: 16 }],
      [{ field: 'language', operator: 'in', value: ['es', 'fr'] }],
    ]);
  });

  it('places syntax errors at the character, with what to do', () => {
    expect(problems('dpd > ')).toEqual([{ message: "a value is missing here (a number, 'text', true, false or null)", start: 6, end: 7 }]);
    expect(problems('dpd > 3 balanceCents < 4')[0]).toMatchObject({ start: 8, message: expect.stringMatching(/join conditions with "and" or "or"/) });
    expect(problems("language = 'es")[0]).toMatchObject({ start: 11, message: expect.stringMatching(/closing quote/) });
    expect(problems('(dpd > 3')[0]!.message).toBe('a ")" is missing here');
    expect(problems('dpd ~ 3')[0]).toMatchObject({ start: 4, end: 5 });
    expect(problems('')[0]!.message).toBe('the condition is empty');
  });

  it('catches unknown fields and type errors at the field or value', () => {
    expect(problems('shoeSize > 9')).toEqual([expect.objectContaining({ start: 0, end: 8, message: expect.stringMatching(/not an account field/) })]);
    expect(problems("dpd = 'late'")).toEqual([expect.objectContaining({ start: 6, end: 12, message: 'dpd is a number, so compare it with a number' })]);
    expect(problems('language > 2')[0]!.message).toMatch(/only numbers compare/);
    expect(problems('dpd')[0]!.message).toMatch(/not true\/false: compare it, e.g. dpd > 0/);
    expect(problems('consents.sms in [1]')[0]!.message).toMatch(/use = true or = false/);
    expect(problems("attributes.segment = 'gold' and attributes.score > 3")).toEqual([]);
  });

  it('holds exactly when its alternatives say so (checked against a direct evaluation)', () => {
    const account = fc.record({ dpd: fc.integer({ min: -10, max: 100 }), balance: fc.integer({ min: 0, max: 200_000 }), sms: fc.boolean(), es: fc.boolean() });
    fc.assert(
      fc.property(account, ({ dpd, balance, sms, es }) => {
        const a = testAccount({ balanceCents: balance, consents: { sms }, language: es ? 'es' : 'en', dueDate: '2026-01-01' });
        const at = new Date(Date.parse('2026-01-01T12:00:00Z') + dpd * 86_400_000).toISOString();
        const view = accountView(a, at);
        const anyOf = alternatives("not (dpd > 30 or balanceCents < 5000) and (consents.sms or language = 'es')");
        const expected = !(dpd > 30 || balance < 5000) && (sms || es);
        expect(anyOf.some((when) => conditionsHold(when, view))).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('branch rules written as expressions', () => {
  const branchGraph = (expression: string) =>
    graph()
      .node('start', 'entry')
      .node('split', 'branch', { rules: [{ outcome: 'late', label: 'Late or big', expression }] })
      .node('late', 'exit', { reason: 'escalated' })
      .node('other', 'exit', { reason: 'exhausted' })
      .edge('start', 'next', 'split')
      .edge('split', 'late', 'late')
      .edge('split', 'otherwise', 'other')
      .build();

  it('compile to one IR rule per alternative, all leading to the rule\'s outcome', () => {
    const r = compile(branchGraph('dpd > 30 or balanceCents >= 100000'), builtInRegistry);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.ir.steps.split!.run).toEqual({
      op: 'branch',
      rules: [
        { outcome: 'late', when: [{ field: 'dpd', operator: 'gt', value: 30 }] },
        { outcome: 'late', when: [{ field: 'balanceCents', operator: 'gte', value: 100000 }] },
      ],
      otherwise: 'otherwise',
    });
    const big = startEnrollment(r.ir, { enrollmentId: 'e', account: testAccount({ balanceCents: 150_000, dueDate: '2026-11-20' }), at: '2026-11-24T12:00:00Z' });
    expect(big.state.exit!.stepId).toBe('late');
  });

  it('report expression problems on the rule\'s expression field, with the column', () => {
    expect(validate(branchGraph('dpd >> 3'), builtInRegistry)).toContainEqual(
      expect.objectContaining({ nodeId: 'split', field: 'rules.0.expression', code: 'expression', message: expect.stringMatching(/at column 6\)$/) }),
    );
  });

  it('need conditions or an expression, not neither and not both', () => {
    const g = branchGraph('dpd > 3');
    (g.nodes[1]!.data!.config as { rules: Array<Record<string, unknown>> }).rules[0] = { outcome: 'late' };
    expect(validate(g, builtInRegistry)).toContainEqual(expect.objectContaining({ code: 'no-conditions', field: 'rules.0.when' }));
    (g.nodes[1]!.data!.config as { rules: Array<Record<string, unknown>> }).rules[0] = { outcome: 'late', expression: 'dpd > 3', when: [{ field: 'dpd', operator: 'gt', value: 1 }] };
    expect(validate(g, builtInRegistry)).toContainEqual(expect.objectContaining({ code: 'two-conditions', field: 'rules.0.when' }));
  });
});
