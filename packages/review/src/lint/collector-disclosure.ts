// Reg F 1006.18(e): the first communication discloses that the debt collector is attempting to
// collect a debt and that any information obtained will be used for that purpose; every later one
// discloses that it is from a debt collector. "First" is per path: a step that can be the first
// contact on any path from Entry needs the full disclosure.
import { LINT_RULES, type LintFinding } from './findings';
import { at, named, reachable, type CadenceFlow } from './flow';

const INITIAL_CITE = 'reg-f.1006.18(e)(1)';
const LATER_CITE = 'reg-f.1006.18(e)(2)';

/** The template variable that renders the whole initial disclosure. */
const DISCLOSURE_VARIABLE = /\{\{-?\s*collector\.disclosure\b/;
/** The variable that renders "This is a communication from a debt collector". */
const IDENTIFICATION_VARIABLE = /\{\{-?\s*collector\.identification\b/;

const says = (text: string, ...patterns: RegExp[]) => patterns.every((p) => p.test(text));

export function hasInitialDisclosure(text: string): boolean {
  return DISCLOSURE_VARIABLE.test(text) || says(text, /debt collector/i, /collect a debt/i, /information obtained will be used for that purpose/i);
}

export function identifiesCollector(text: string): boolean {
  return hasInitialDisclosure(text) || IDENTIFICATION_VARIABLE.test(text) || /debt collector/i.test(text);
}

export function collectorDisclosureFindings(flow: CadenceFlow): LintFinding[] {
  // Contacts reachable from Entry with no contact before them can be the first one.
  const first = reachable(flow, flow.ir.entry, (id) => flow.contacts.has(id));
  const findings: LintFinding[] = [];
  for (const c of flow.contacts.values()) {
    const isFirst = first.has(c.stepId);
    for (const m of c.messages) {
      const texts = m.texts.length ? m.texts : [{ field: at(m.place, 'body'), body: '' }];
      for (const t of texts) {
        if (isFirst ? hasInitialDisclosure(t.body) : identifiesCollector(t.body)) continue;
        findings.push(
          isFirst
            ? {
                rule: LINT_RULES.collectorDisclosure,
                severity: 'blocking',
                nodeId: c.stepId,
                field: t.field,
                message:
                  `${named(flow, c.stepId)} can be the first contact, so its ${m.channel} text (${t.field}) must say that this is a debt collector ` +
                  'attempting to collect a debt and that any information obtained will be used for that purpose: add {{ collector.disclosure }}',
                cites: INITIAL_CITE,
              }
            : {
                rule: LINT_RULES.collectorDisclosure,
                severity: 'blocking',
                nodeId: c.stepId,
                field: t.field,
                message: `the ${m.channel} text of ${named(flow, c.stepId)} (${t.field}) must say that it is from a debt collector: add {{ collector.identification }}`,
                cites: LATER_CITE,
              },
        );
      }
    }
  }
  return findings;
}
