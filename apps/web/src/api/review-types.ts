// The review and audit answers the web app reads, derived from the API's OpenAPI document (see types.ts).
import type { Answer, Schemas } from './types';

export type ReviewSummary = Schemas['Review'];
export type QueuedReview = Schemas['QueuedReview'];
export type ReviewComment = Schemas['ReviewComment'];
export type ReviewDetail = Schemas['ReviewDetail'];
export type AuditEntry = Schemas['AuditEntry'];
export type AuditAction = AuditEntry['action'];
export type AuditPage = Answer<'/api/v1/audit', 'get'>;

/** The audit actions the log can be filtered by, in the server's order (audit-filters.test.ts holds them equal; the type holds each to the API's). */
export const AUDIT_ACTIONS = [
  'submit',
  'comment',
  'approve',
  'request_changes',
  'publish',
  'migration',
  'role_change',
  'user_created',
  'opt_out',
  'opt_in',
  'portfolio_change',
  'compliance_profile_change',
  'user_invited',
  'invitation_accepted',
  'invitation_revoked',
  'invitation_expired',
  'user_deactivated',
  'user_reactivated',
  'sessions_revoked',
  'password_changed',
  'password_reset_issued',
  'password_reset',
] as const satisfies readonly AuditAction[];

// What a review shows, in the API's words. Diffs and findings the browser computes itself (@kairos/review's
// diffGraphs, lintGraph) fit these too, so the same components show both.
export type GraphDiff = Schemas['GraphDiff'];
export type FieldChange = GraphDiff['nodes']['changed'][number]['changes'][number];
export type EdgeChange = GraphDiff['edges']['added'][number];
export type LintFinding = Schemas['LintFinding'];
