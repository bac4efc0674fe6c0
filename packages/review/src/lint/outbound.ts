// The URLs a cadence's steps call (a webhook's URL, a custom node's endpoint), held at design time to
// the outbound policy the worker applies when sending: https only, a host the portfolio allows,
// never a private, loopback, link-local or metadata address. Any account may be enrolled in any
// cadence, so each URL is checked under every portfolio's policy: refused by all, it blocks
// publishing; refused by some, it warns which portfolios' accounts would fail the step.
import type { ConfigObject, NodeRegistry, OutboundUrl } from '@kairos/cadence';
import { checkUrl, describeUrl, type OutboundPolicy, type OutboundRefusal } from '@kairos/outbound';
import { LINT_RULES, type LintFinding } from './findings';
import { named, type CadenceFlow } from './flow';

/** What the outbound rule needs: where each kind's URLs are, and every portfolio's policy. */
export interface OutboundLint {
  registry: NodeRegistry;
  /** Every portfolio an account may belong to (the default one included), with its policy. */
  portfolios: ReadonlyArray<{ id: string; policy: OutboundPolicy }>;
}

/** Where the policy is described for users. */
const CITE = 'Kairos outbound policy (docs/security.md)';

function urlsOf(registry: NodeRegistry, kind: string, config: unknown): OutboundUrl[] {
  const k = registry.get(kind);
  if (!k) return [];
  try {
    return k.outboundUrls(config as ConfigObject);
  } catch {
    // A custom kind's declaration that throws on a stored config: the run-time check still applies.
    return [];
  }
}

export function outboundFindings(flow: CadenceFlow, lint: OutboundLint): LintFinding[] {
  if (lint.portfolios.length === 0) return [];
  const findings: LintFinding[] = [];
  for (const [stepId, step] of Object.entries(flow.ir.steps)) {
    for (const { field, url } of urlsOf(lint.registry, step.kind, step.config)) {
      const refused: Array<{ id: string; refusal: OutboundRefusal }> = [];
      for (const p of lint.portfolios) {
        const check = checkUrl(url, p.policy);
        if (!check.ok) refused.push({ id: p.id, refusal: check.refusal });
      }
      if (refused.length === 0) continue;
      const first = refused[0]!.refusal;
      if (refused.length === lint.portfolios.length) {
        const sameForAll = refused.every((r) => r.refusal.message === first.message);
        const message = sameForAll ? first.message : `${first.message} (and likewise for the other portfolios)`;
        findings.push({
          rule: LINT_RULES.outbound,
          severity: 'blocking',
          nodeId: stepId,
          field,
          message: `${named(flow, stepId)} would call ${describeUrl(url)}, which Kairos refuses: ${message}`,
          cites: CITE,
        });
      } else {
        const allowed = lint.portfolios.filter((p) => !refused.some((r) => r.id === p.id)).map((p) => p.id);
        findings.push({
          rule: LINT_RULES.outbound,
          severity: 'warning',
          nodeId: stepId,
          field,
          message:
            `${named(flow, stepId)} calls ${describeUrl(url)}, which only ${allowed.length === 1 ? 'portfolio' : 'portfolios'} ${allowed.join(', ')} ${allowed.length === 1 ? 'allows' : 'allow'}: accounts of ` +
            `${refused.map((r) => r.id).join(', ')} would leave this step by its failure outcome (${first.message})`,
          cites: CITE,
        });
      }
    }
  }
  return findings;
}
