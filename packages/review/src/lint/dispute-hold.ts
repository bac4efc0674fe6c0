// A dispute stops collection until verification is sent (Reg F 1006.38(d)(2)): the cadence must end
// on a dispute wherever it is (Entry's "End the cadence when"), and a step that waits for a dispute
// must not lead from it to any contact while the dispute is open (a hold resumes only once resolved).
import { REG_F_RULES } from '@kairos/compliance';
import { LINT_RULES, type LintFinding } from './findings';
import { named, type CadenceFlow } from './flow';

/** A step that holds the account until the dispute is resolved (a wait for `dispute_resolved`, e.g. the Hold on dispute node). */
const holdsOnDispute = (flow: CadenceFlow, id: string) => {
  const run = flow.ir.steps[id]?.run;
  return run?.op === 'waitForEvent' && run.on.dispute_resolved !== undefined;
};

/** Contact steps reachable from `start` while the dispute is open: a hold is passed only by its timeout (still open). */
function contactsWhileDisputed(flow: CadenceFlow, start: string): string[] {
  const seen = new Set([start]);
  const queue = [start];
  const contacts: string[] = [];
  while (queue.length) {
    const id = queue.shift()!;
    if (flow.contacts.has(id)) contacts.push(id);
    const run = flow.ir.steps[id]?.run;
    for (const e of flow.out.get(id) ?? []) {
      if (holdsOnDispute(flow, id) && run?.op === 'waitForEvent' && e.outcome === run.on.dispute_resolved) continue; // resolved: collection may resume
      if (!seen.has(e.to)) {
        seen.add(e.to);
        queue.push(e.to);
      }
    }
  }
  return contacts;
}

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
    const contacts = contactsWhileDisputed(flow, target);
    if (contacts.length === 0) continue;
    findings.push({
      rule: LINT_RULES.disputeHold,
      severity: 'blocking',
      nodeId: id,
      field: `outcomes.${outcome}`,
      message: `after a dispute the cadence still contacts the account (${contacts.map((s) => named(flow, s)).join(', ')}): lead the dispute outcome to a Hold on dispute or an Exit (reason dispute)`,
      cites: REG_F_RULES.openDispute,
    });
  }
  return findings;
}
