// The review and audit answers the web app reads, derived from the API's OpenAPI document (see types.ts).
import { AUDIT_ACTIONS as SERVER_AUDIT_ACTIONS } from '@kairos/review';
import type { Answer, Schemas } from './types';

export type ReviewSummary = Schemas['Review'];
export type QueuedReview = Schemas['QueuedReview'];
export type ReviewComment = Schemas['ReviewComment'];
export type ReviewDetail = Schemas['ReviewDetail'];
export type AuditEntry = Schemas['AuditEntry'];
export type AuditAction = AuditEntry['action'];
export type AuditPage = Answer<'/api/v1/audit', 'get'>;

/** The audit actions the log can be filtered by: the server's own list (the type holds it to the API's). */
export const AUDIT_ACTIONS: readonly AuditAction[] = SERVER_AUDIT_ACTIONS satisfies readonly AuditAction[];

// What a review shows, in the API's words. Diffs and findings the browser computes itself (@kairos/review's
// diffGraphs, lintGraph) fit these too, so the same components show both.
export type GraphDiff = Schemas['GraphDiff'];
export type FieldChange = GraphDiff['nodes']['changed'][number]['changes'][number];
export type EdgeChange = GraphDiff['edges']['added'][number];
export type LintFinding = Schemas['LintFinding'];
