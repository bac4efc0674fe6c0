import { describe, expect, it } from 'vitest';
import { decideContact } from './decide';
import { complianceProfiles } from './profiles/index';
import { parseEvaluationRequest } from './request';
import { complianceScenarios, malformedScenarios } from './scenarios';

describe('the scenario table from the regulation text', () => {
  it('holds at least forty decision rows with distinct names', () => {
    expect(complianceScenarios.length).toBeGreaterThanOrEqual(40);
    expect(new Set(complianceScenarios.map((s) => s.name)).size).toBe(complianceScenarios.length);
  });

  it.each(complianceScenarios.map((s) => [s.name, s] as const))('%s', (_name, scenario) => {
    const parsed = parseEvaluationRequest(scenario.request, complianceProfiles);
    if (!parsed.ok) throw new Error(`scenario body does not parse: ${JSON.stringify(parsed.issues)}`);
    const decision = decideContact(parsed.value);
    const summary = { decision: decision.decision, rule: decision.rule, until: 'until' in decision ? Date.parse(decision.until) : undefined };
    expect(summary, decision.reasons.join('\n')).toEqual({
      decision: scenario.expect.decision,
      rule: scenario.expect.rule,
      until: scenario.expect.until === undefined ? undefined : Date.parse(scenario.expect.until),
    });
    if (decision.decision === 'defer') expect(Date.parse(decision.until)).toBeGreaterThan(Date.parse(parsed.value.at));
    if (scenario.expect.reason) expect(decision.reasons.join('\n')).toContain(scenario.expect.reason);
    expect(decision.reasons.length).toBeGreaterThan(0);
  });
});

describe('malformed requests name the field', () => {
  it.each(malformedScenarios.map((s) => [s.name, s] as const))('%s', (_name, scenario) => {
    const parsed = parseEvaluationRequest(scenario.body, complianceProfiles);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const fields = parsed.issues.map((i) => i.field);
    for (const field of scenario.fields) expect(fields, JSON.stringify(parsed.issues)).toContain(field);
    for (const issue of parsed.issues) expect(issue.message.length).toBeGreaterThan(0);
  });
});
