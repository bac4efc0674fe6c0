// Every electronic message tells the consumer how to opt out (Reg F 1006.6(e)): each channel of a
// step (fallbacks too) and each language variant.
import { REG_F_RULES } from '@kairos/compliance';
import { LINT_RULES, type LintFinding } from './findings';
import { at, named, type CadenceFlow } from './flow';

const ELECTRONIC = new Set(['sms', 'email', 'whatsapp', 'push']);
/**
 * Words or the link that tell how to opt out: "Reply STOP", "unsubscribe", "opt out" (and the Spanish
 * "no recibir más"), or email's one-click `{{ unsubscribeLink }}`, which the API honours at once.
 */
const OPT_OUT = /\b(?:STOP|UNSUBSCRIBE|opt[\s-]?out|BAJA)\b|no recibir m[aá]s|\{\{-?\s*unsubscribeLink\b/i;

export function optOutFindings(flow: CadenceFlow): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const c of flow.contacts.values()) {
    for (const m of c.messages) {
      if (!ELECTRONIC.has(m.channel)) continue;
      const texts = m.texts.length ? m.texts : [{ field: at(m.place, 'body'), body: '' }];
      for (const t of texts) {
        if (OPT_OUT.test(t.body)) continue;
        findings.push({
          rule: LINT_RULES.optOutText,
          severity: 'blocking',
          nodeId: c.stepId,
          field: t.field,
          message: `the ${m.channel} message of ${named(flow, c.stepId)} (${t.field}) does not say how to opt out: add e.g. "Reply STOP to opt out" (SMS) or "To unsubscribe: {{ unsubscribeLink }}" (email; the link opts out in one click)`,
          cites: REG_F_RULES.electronicOptOut,
        });
      }
    }
  }
  return findings;
}
