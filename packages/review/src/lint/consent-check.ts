// TCPA: autodialed or prerecorded calls and texts to a mobile need prior express consent. The
// design must check it: every path to such a step passes a branch rule that requires the consent
// (or a landline). The run-time gate checks it again at each attempt.
import type { Condition } from '@kairos/cadence/interpreter';
import { REG_F_RULES, type Channel } from '@kairos/compliance';
import { LINT_RULES, type LintFinding } from './findings';
import { at, named, type CadenceFlow } from './flow';

type Fact = 'sms-consent' | 'call-consent' | 'landline';
const ALL_FACTS: readonly Fact[] = ['sms-consent', 'call-consent', 'landline'];

/** The consent field a channel's check reads (account consents: sms, voice). */
export const CONSENT_FIELD: Partial<Record<Channel, string>> = {
  sms: 'consents.sms',
  whatsapp: 'consents.sms',
  call: 'consents.voice',
  voicemail: 'consents.voice',
};
const NEEDS: Partial<Record<Channel, Fact>> = { sms: 'sms-consent', whatsapp: 'sms-consent', call: 'call-consent', voicemail: 'call-consent' };

function factsOf(when: readonly Condition[]): Fact[] {
  const facts: Fact[] = [];
  for (const c of when) {
    const isTrue = (c.operator === 'eq' && c.value === true) || (c.operator === 'neq' && c.value === false);
    if (c.field === 'consents.sms' && isTrue) facts.push('sms-consent');
    if (c.field === 'consents.voice' && isTrue) facts.push('call-consent');
    if (c.field === 'compliance.phoneType' && c.operator === 'eq' && c.value === 'landline') facts.push('landline');
  }
  return facts;
}

/** Facts that hold on every path into each step (a must-analysis: intersect over incoming paths). */
function factsOnEveryPath(flow: CadenceFlow): Map<string, Set<Fact>> {
  const facts = new Map<string, Set<Fact>>([[flow.ir.entry, new Set()]]);
  const queue = [flow.ir.entry];
  while (queue.length) {
    const id = queue.shift()!;
    const here = facts.get(id)!;
    for (const edge of flow.out.get(id) ?? []) {
      const carried = new Set([...here, ...factsOf(edge.holds)]);
      const before = facts.get(edge.to);
      const next = before ? new Set([...before].filter((f) => carried.has(f))) : carried;
      if (!before || next.size !== before.size) {
        facts.set(edge.to, next);
        queue.push(edge.to);
      }
    }
  }
  return facts;
}

export function consentCheckFindings(flow: CadenceFlow): LintFinding[] {
  const facts = factsOnEveryPath(flow);
  const findings: LintFinding[] = [];
  for (const c of flow.contacts.values()) {
    const known = facts.get(c.stepId) ?? new Set(ALL_FACTS);
    for (const m of c.messages) {
      const needed = NEEDS[m.channel];
      if (!m.autodialed || !needed) continue;
      if (known.has(needed) || known.has('landline')) continue;
      findings.push({
        rule: LINT_RULES.consentCheck,
        severity: 'blocking',
        nodeId: c.stepId,
        field: at(m.place, 'channel'),
        message:
          `${named(flow, c.stepId)} ${m.place ? `falls back to an autodialed ${m.channel}` : `is an autodialed ${m.channel === 'sms' || m.channel === 'whatsapp' ? 'text' : 'call'}`} reachable without a consent check: ` +
          `put it behind a Branch rule "${CONSENT_FIELD[m.channel]} eq true"`,
        cites: REG_F_RULES.tcpaConsent,
      });
    }
  }
  return findings;
}
