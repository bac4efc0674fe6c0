// A dispute stops collection until verification is sent (Reg F 1006.38(d)(2)): the cadence must end
// on a dispute wherever it is (Entry's "End the cadence when"), and a step that waits for a dispute
// must not lead from it to any contact.
import { REG_F_RULES } from '@kairos/compliance';
import { LINT_RULES, type LintFinding } from './findings';
import { named, reachable, type CadenceFlow } from './flow';

export function disputeHoldFindings(flow: CadenceFlow): LintFinding[] {
  const findings: LintFinding[] = [];
  if (!flow.ir.interrupts.dispute) {
    findings.push({
      rule: LINT_RULES.disputeHold,
      severity: 'blocking',
      nodeId: flow.ir.entry,
      field: 'exitOn',
      message: 'a dispute reported while the cadence waits would not stop it: add "dispute" to "End the cadence when"',
      cites: REG_F_RULES.openDispute,
    });
  }
  for (const [id, step] of Object.entries(flow.ir.steps)) {
    if (step.run.op !== 'waitForEvent' || !step.run.on.dispute) continue;
    const outcome = step.run.on.dispute;
    const target = step.next[outcome];
    if (target === undefined) continue;
    const contacts = [...reachable(flow, target)].filter((s) => flow.contacts.has(s));
    if (contacts.length === 0) continue;
    findings.push({
      rule: LINT_RULES.disputeHold,
      severity: 'blocking',
      nodeId: id,
      field: `outcomes.${outcome}`,
      message: `after a dispute the cadence still contacts the account (${contacts.map((s) => named(flow, s)).join(', ')}): lead the dispute outcome to an Exit (reason dispute)`,
      cites: REG_F_RULES.openDispute,
    });
  }
  return findings;
}
