// The cadence lint: compliance rules run on a compiled design, each finding at its node and field.
import { compile, type CadenceIssue, type NodeRegistry } from '@kairos/cadence';
import type { CadenceIR } from '@kairos/cadence/interpreter';
import { complianceProfiles, type ComplianceProfile } from '@kairos/compliance';
import { ceaseCommunicationFindings } from './cease-communication';
import { collectorDisclosureFindings } from './collector-disclosure';
import { collectorIdentityFindings } from './collector-identity';
import { consentCheckFindings } from './consent-check';
import { disputeHoldFindings } from './dispute-hold';
import type { LintFinding } from './findings';
import { flowOf } from './flow';
import { frequencyCapFindings } from './frequency-caps';
import { optOutFindings, requiredDisclosureFindings } from './opt-out-text';
import { outboundFindings, type OutboundLint } from './outbound';
import { quietHoursFindings } from './quiet-hours';

export interface LintOptions {
  /** The profile whose hours and caps the design is held to; `us-reg-f` by default. */
  profile?: ComplianceProfile;
  /** Portfolios with accounts but no complete collector identity: their sends are refused (a warning). */
  portfoliosWithoutCollector?: readonly string[];
  /** Hold the URLs steps call to the portfolios' outbound policies; not checked when absent. */
  outbound?: OutboundLint;
}

const order = (a: LintFinding, b: LintFinding) =>
  (a.severity === b.severity ? 0 : a.severity === 'blocking' ? -1 : 1) || a.nodeId.localeCompare(b.nodeId) || a.rule.localeCompare(b.rule);

/** Lint a compiled cadence. Blocking findings first. */
export function lintCadence(ir: CadenceIR, options: LintOptions = {}): LintFinding[] {
  const profile = options.profile ?? complianceProfiles.get('us-reg-f')!;
  const flow = flowOf(ir);
  return [
    ...quietHoursFindings(flow, profile),
    ...frequencyCapFindings(flow, profile),
    ...optOutFindings(flow, profile),
    ...requiredDisclosureFindings(flow, profile),
    ...collectorDisclosureFindings(flow),
    ...disputeHoldFindings(flow),
    ...ceaseCommunicationFindings(flow),
    ...consentCheckFindings(flow),
    ...collectorIdentityFindings(flow, options.portfoliosWithoutCollector ?? []),
    ...(options.outbound ? outboundFindings(flow, options.outbound) : []),
  ].sort(order);
}

/**
 * Lint a cadence under every profile its accounts may be decided under. Each finding names the
 * profiles that raise it: a finding the profiles share (an opt-out text) is listed once.
 */
export function lintUnderProfiles(ir: CadenceIR, profiles: readonly ComplianceProfile[], options: Omit<LintOptions, 'profile'> = {}): LintFinding[] {
  const byKey = new Map<string, LintFinding & { profiles?: string[] }>();
  for (const profile of profiles) {
    for (const f of lintCadence(ir, { profile })) {
      const key = JSON.stringify([f.rule, f.severity, f.nodeId, f.field, f.message, f.cites]);
      const seen = byKey.get(key);
      if (seen) seen.profiles?.push(profile.id);
      else byKey.set(key, { ...f, profiles: [profile.id] });
    }
  }
  // Findings about the portfolios (their identities, their outbound policies), not a profile: listed once, naming no profile.
  const flow = flowOf(ir);
  const portfolios = [...collectorIdentityFindings(flow, options.portfoliosWithoutCollector ?? []), ...(options.outbound ? outboundFindings(flow, options.outbound) : [])];
  return [...byKey.values(), ...portfolios].sort(order);
}

export type GraphLint =
  | { compiled: true; ir: CadenceIR; findings: LintFinding[] }
  /** The graph does not compile yet: fix `issues` first; the lint needs a whole design. */
  | { compiled: false; issues: CadenceIssue[]; findings: [] };

/** Compile a (draft) graph and lint it: what the editor runs as the strategist draws. */
export function lintGraph(graph: unknown, registry: NodeRegistry, options: LintOptions = {}): GraphLint {
  const compiled = compile(graph, registry);
  if (!compiled.ok) return { compiled: false, issues: compiled.issues, findings: [] };
  return { compiled: true, ir: compiled.ir, findings: lintCadence(compiled.ir, options) };
}
