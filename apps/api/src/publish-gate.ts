// Publishing is gated by compliance: the draft must compile, its content hash must carry an
// approval by a compliance officer who is not an author, and no blocking lint finding may stand.
// The approval is checked inside the transaction that stores the version (see @kairos/db reviews).
import { compile } from '@kairos/cadence';
import type { ComplianceProfile } from '@kairos/compliance';
import { complianceProfilesInUse, getCadence, portfoliosWithoutCollector, publishApprovedVersion, type ReviewActor, type VersionRow } from '@kairos/db';
import { hasBlocking, lintUnderProfiles, type LintFinding } from '@kairos/review';
import type { RouteDeps } from './deps';
import { outboundLint } from './outbound-policies';
import { toIssueJson, type CadenceIssueJson } from './schemas';

export type PublishOutcome =
  | { kind: 'published'; version: VersionRow; created: boolean }
  | { kind: 'not-found' }
  | { kind: 'invalid'; issues: CadenceIssueJson[] }
  | { kind: 'refused'; code: string; message: string; findings: LintFinding[] }
  | { kind: 'conflict' };

/**
 * The profiles a design is held to: the configured default and every profile a portfolio or an
 * account chose, since any account may be enrolled in any cadence. A profile id no longer known
 * (a custom profile removed from the configuration) is skipped here; the run-time gate blocks under it.
 */
export async function lintProfiles(deps: RouteDeps): Promise<ComplianceProfile[]> {
  const ids = new Set([deps.defaultComplianceProfile, ...(await complianceProfilesInUse(deps.db))]);
  return [...ids].flatMap((id) => deps.complianceProfiles.get(id) ?? []);
}

/**
 * What else a design is linted with: the portfolios whose sends are refused for want of a collector
 * identity (a warning) and every portfolio's outbound policy.
 */
export const lintOptions = async (deps: RouteDeps) => {
  const [withoutCollector, outbound] = await Promise.all([portfoliosWithoutCollector(deps.db), outboundLint(deps)]);
  return { portfoliosWithoutCollector: withoutCollector, outbound };
};

/** Lint findings of a design under every profile in use (each naming the profiles that raise it), its portfolios' identities and outbound policies. */
export const designFindings = async (deps: RouteDeps, ir: Parameters<typeof lintUnderProfiles>[0]): Promise<LintFinding[]> =>
  lintUnderProfiles(ir, await lintProfiles(deps), await lintOptions(deps));

export async function publishDraft(deps: RouteDeps, cadenceId: string, actor: ReviewActor): Promise<PublishOutcome> {
  const cadence = await getCadence(deps.db, cadenceId);
  if (!cadence) return { kind: 'not-found' };
  const compiled = compile(cadence.draftGraph, deps.registry);
  if (!compiled.ok) return { kind: 'invalid', issues: compiled.issues.map(toIssueJson) };
  const findings = await designFindings(deps, compiled.ir);
  const blocking = findings.filter((f) => f.severity === 'blocking');
  const result = await publishApprovedVersion(deps.db, {
    cadenceId,
    draftRevision: cadence.draftRevision,
    graph: cadence.draftGraph,
    ir: compiled.ir,
    actor,
    blockingFindings: hasBlocking(findings) ? blocking.length : 0,
  });
  if (result.ok) return { kind: 'published', version: result.version, created: result.created };
  if (result.reason === 'refused') return { kind: 'refused', code: result.refusal.code, message: result.refusal.message, findings: blocking };
  return result.reason === 'not-found' ? { kind: 'not-found' } : { kind: 'conflict' };
}
