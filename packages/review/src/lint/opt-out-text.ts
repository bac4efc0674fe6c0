// Every electronic message tells the consumer how to opt out (Reg F 1006.6(e)): each channel of a
// step (fallbacks too) and each language variant.
import { complianceChannel, CONTACT_CHANNEL_PROPERTIES, REG_F_RULES, type ComplianceProfile } from '@kairos/compliance';
import { LINT_RULES, type LintFinding } from './findings';
import { at, named, type CadenceFlow } from './flow';

/** Whether a step's channel is an electronic communication, as the channel itself declares. */
const isElectronic = (channel: string) => {
  const c = complianceChannel(channel);
  return c !== undefined && CONTACT_CHANNEL_PROPERTIES[c].electronic;
};
/**
 * Words or the link that tell how to opt out: "Reply STOP", "unsubscribe", "opt out" (and the Spanish
 * "no recibir más"), or email's one-click `{{ unsubscribeLink }}`, which the API honours at once.
 */
const OPT_OUT = /\b(?:STOP|UNSUBSCRIBE|opt[\s-]?out|BAJA)\b|no recibir m[aá]s|\{\{-?\s*unsubscribeLink\b/i;

const saysAny = (phrases: readonly string[]) => {
  const lower = phrases.map((p) => p.toLowerCase());
  return (text: string) => lower.some((p) => text.toLowerCase().includes(p));
};

/** A profile's `disclosures.optOutPhrases` replace the default words; required texts are checked by `requiredDisclosureFindings`. */
export function optOutFindings(flow: CadenceFlow, profile?: ComplianceProfile): LintFinding[] {
  const phrases = profile?.disclosures.optOutPhrases;
  const tells = phrases ? saysAny(phrases) : (text: string) => OPT_OUT.test(text);
  const example = phrases ? `"${phrases[0]}"` : '"Reply STOP to opt out" (SMS) or "To unsubscribe: {{ unsubscribeLink }}" (email; the link opts out in one click)';
  const findings: LintFinding[] = [];
  for (const c of flow.contacts.values()) {
    for (const m of c.messages) {
      if (!isElectronic(m.channel)) continue;
      const texts = m.texts.length ? m.texts : [{ field: at(m.place, 'body'), body: '' }];
      for (const t of texts) {
        if (tells(t.body)) continue;
        findings.push({
          rule: LINT_RULES.optOutText,
          severity: 'blocking',
          nodeId: c.stepId,
          field: t.field,
          message: `the ${m.channel} message of ${named(flow, c.stepId)} (${t.field}) does not say how to opt out: add e.g. ${example}`,
          cites: REG_F_RULES.electronicOptOut,
        });
      }
    }
  }
  return findings;
}

/** Every message on the channels a required disclosure names carries its text (e.g. a licence number). */
export function requiredDisclosureFindings(flow: CadenceFlow, profile: ComplianceProfile): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const d of profile.disclosures.required) {
    const needle = d.text.toLowerCase();
    for (const c of flow.contacts.values()) {
      for (const m of c.messages) {
        if (d.channels && !(d.channels as readonly string[]).includes(m.channel)) continue;
        const texts = m.texts.length ? m.texts : [{ field: at(m.place, 'body'), body: '' }];
        for (const t of texts) {
          if (t.body.toLowerCase().includes(needle)) continue;
          findings.push({
            rule: LINT_RULES.requiredDisclosure,
            severity: 'blocking',
            nodeId: c.stepId,
            field: t.field,
            message: `the ${m.channel} message of ${named(flow, c.stepId)} (${t.field}) must carry "${d.text}", which profile ${profile.id} requires`,
            cites: `${profile.id}.disclosure`,
          });
        }
      }
    }
  }
  return findings;
}
