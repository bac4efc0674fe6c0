// No path through the design may place more contacts of a capped channel within the cap's window
// than the profile allows (e.g. Reg F's seven calls in seven days). Time along a path is the least
// the waits guarantee: a due-date wait or an event may pass at once.
import type { ComplianceProfile, DesignCap } from '@kairos/compliance';
import { LINT_RULES, type LintFinding } from './findings';
import { channelsOf, MINUTES_PER_DAY, named, type CadenceFlow } from './flow';

/** States explored per cap before giving up (the answer is then a warning, never a silent pass). */
const STATE_BUDGET = 50_000;

interface State {
  stepId: string;
  /** Minutes since each counted contact that may still fall in the window, newest last. */
  ages: number[];
}

function capFindings(flow: CadenceFlow, cap: DesignCap): LintFinding[] | 'too-complex' {
  const channels = new Set(cap.channels);
  const windowMinutes = cap.windowDays * MINUTES_PER_DAY;
  const over = new Map<string, LintFinding>();
  const seen = new Set<string>();
  const stack: State[] = [{ stepId: flow.ir.entry, ages: [] }];
  while (stack.length) {
    const { stepId, ages: before } = stack.pop()!;
    const key = `${stepId}|${before.join(',')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (seen.size > STATE_BUDGET) return 'too-complex';

    let ages = before;
    const contact = flow.contacts.get(stepId);
    // A step contacts once, by its channel or a fallback: it counts if any of them is capped.
    if (contact && channelsOf(contact).some((ch) => channels.has(ch))) {
      if (before.length + 1 > cap.max) {
        over.set(stepId, {
          rule: LINT_RULES.frequencyCaps,
          severity: 'blocking',
          nodeId: stepId,
          field: 'channel',
          message:
            `a path reaches ${named(flow, stepId)} as contact ${before.length + 1} by ${cap.channels.join('/')} within ${cap.windowDays} days; ` +
            `the cap is ${cap.max}: wait longer between these steps or remove one`,
          cites: cap.rule,
        });
        continue; // the run-time gate would hold it: do not count it further
      }
      ages = [...before, 0];
    }
    for (const edge of flow.out.get(stepId) ?? []) {
      const aged = ages.map((a) => a + edge.minMinutes).filter((a) => a < windowMinutes);
      stack.push({ stepId: edge.to, ages: aged });
    }
  }
  return [...over.values()];
}

export function frequencyCapFindings(flow: CadenceFlow, profile: ComplianceProfile): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const cap of profile.caps) {
    if (![...flow.contacts.values()].some((c) => channelsOf(c).some((ch) => cap.channels.includes(ch)))) continue;
    const found = capFindings(flow, cap);
    if (found === 'too-complex') {
      findings.push({
        rule: LINT_RULES.analysisBudget,
        severity: 'warning',
        nodeId: flow.ir.entry,
        field: 'config',
        message: `the cadence has too many paths to prove the ${cap.channels.join('/')} cap of ${cap.max} in ${cap.windowDays} days; the run-time gate still enforces it`,
        cites: cap.rule,
      });
    } else findings.push(...found);
  }
  return findings;
}
