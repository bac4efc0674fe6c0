// @kairos/review: design-time compliance of cadences, pure so that the editor and the API share it.
export { ROLES, roleSchema, ROLE_DESCRIPTIONS, type Role } from './roles';
export { lintCadence, lintGraph, lintUnderProfiles, type LintOptions, type GraphLint } from './lint/lint';
export { LINT_RULES, hasBlocking, type LintFinding, type LintSeverity, type LintRuleId } from './lint/findings';
export { hasInitialDisclosure, identifiesCollector } from './lint/collector-disclosure';
export type { OutboundLint } from './lint/outbound';
export { diffGraphs, type GraphDiff, type NodeChange, type FieldChange, type NodeSummary, type EdgeChange } from './graph-diff';
export {
  REVIEW_STATUSES,
  draftState,
  approvalRefusal,
  changesRequestRefusal,
  publishRefusal,
  originText,
  type AccountOrigin,
  type Decider,
  type ReviewStatus,
  type DraftState,
  type Refusal,
  type ReviewFacts,
} from './lifecycle';
export { AUDIT_ACTIONS, type AuditAction } from './audit-actions';
