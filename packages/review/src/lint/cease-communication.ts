// After a written request to cease communication, nothing but the permitted notices (Reg F
// 1006.6(c)). A branch that recognises the request must not lead to any contact step.
import type { Condition } from '@kairos/cadence/interpreter';
import { REG_F_RULES } from '@kairos/compliance';
import { LINT_RULES, type LintFinding } from './findings';
import { named, reachable, type CadenceFlow } from './flow';

export const CEASE_FIELD = 'compliance.ceaseCommunication';

/** The conditions say the consumer asked us to cease communication. */
export const meansCease = (when: readonly Condition[]) =>
  when.some((c) => c.field === CEASE_FIELD && ((c.operator === 'eq' && c.value === true) || (c.operator === 'neq' && c.value === false)));

export function ceaseCommunicationFindings(flow: CadenceFlow): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const [id, step] of Object.entries(flow.ir.steps)) {
    if (step.run.op !== 'branch') continue;
    step.run.rules.forEach((rule, i) => {
      if (!meansCease(rule.when)) return;
      const target = step.next[rule.outcome];
      if (target === undefined) return;
      const contacts = [...reachable(flow, target)].filter((s) => flow.contacts.has(s));
      if (contacts.length === 0) return;
      findings.push({
        rule: LINT_RULES.ceaseCommunication,
        severity: 'blocking',
        nodeId: id,
        field: `rules.${i}`,
        message: `accounts that asked to cease communication are led to ${contacts.map((s) => named(flow, s)).join(', ')}: lead this rule to an Exit`,
        cites: REG_F_RULES.ceaseCommunication,
      });
    });
  }
  return findings;
}
