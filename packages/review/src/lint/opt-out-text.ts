// Every electronic message tells the consumer how to opt out (Reg F 1006.6(e)).
import { REG_F_RULES } from '@kairos/compliance';
import { LINT_RULES, type LintFinding } from './findings';
import { named, type CadenceFlow } from './flow';

const ELECTRONIC = new Set(['sms', 'email', 'whatsapp', 'push']);
/** Words that tell how to opt out: "Reply STOP", "unsubscribe", "opt out". */
const OPT_OUT = /\b(?:STOP|UNSUBSCRIBE|opt[\s-]?out)\b/i;

export function optOutFindings(flow: CadenceFlow): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const c of flow.contacts.values()) {
    if (!ELECTRONIC.has(c.channel)) continue;
    if (c.body !== undefined && OPT_OUT.test(c.body)) continue;
    findings.push({
      rule: LINT_RULES.optOutText,
      severity: 'blocking',
      nodeId: c.stepId,
      field: 'body',
      message: `the ${c.channel} message of ${named(flow, c.stepId)} does not say how to opt out: add e.g. "Reply STOP to opt out" (SMS) or an unsubscribe line (email)`,
      cites: REG_F_RULES.electronicOptOut,
    });
  }
  return findings;
}
