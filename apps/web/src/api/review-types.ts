// Shapes of the review and audit answers the web app reads (see Review, ReviewDetail, AuditEntry in /openapi.json).
import type { CadenceGraph } from '@kairos/cadence';
import type { AccountOrigin, GraphDiff, LintFinding, ReviewStatus } from '@kairos/review';

export interface ReviewSummary {
  id: string;
  cadenceId: string;
  hash: string;
  status: ReviewStatus;
  /** The submitter and everyone who edited the draft since the last publish: none of them may approve. */
  authorIds: string[];
  authors: Array<{ id: string; name: string | null }>;
  submittedBy: string;
  submittedByName: string | null;
  submittedAt: string;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  publishedVersionId: string | null;
}

export type QueuedReview = ReviewSummary & { cadenceName: string };

export interface ReviewComment {
  id: string;
  authorId: string;
  authorName: string | null;
  body: string;
  nodeId: string | null;
  field: string | null;
  kind: 'comment' | 'changes_requested' | 'approval';
  createdAt: string;
}

export interface ReviewDetail extends ReviewSummary {
  cadenceName: string;
  graph: CadenceGraph;
  comments: ReviewComment[];
  findings: LintFinding[];
  liveVersion: { id: string; version: number; hash: string; graph: CadenceGraph } | null;
  diff: GraphDiff;
  canApprove: boolean;
  /** Why the signed-in person may not decide (an author, not independent of the authors, not an officer), or null. */
  decisionRefusal: { code: string; message: string } | null;
  /** Who created, invited or reset the account of the officer who decided. */
  decidedByOrigins: AccountOrigin[];
  /** The active compliance officers, who handed each their account, and whether each may decide on this version. */
  officers: Array<{ id: string; name: string; origins: AccountOrigin[]; mayDecide: boolean; reason: string | null }>;
}

/** The same list as @kairos/db's AUDIT_ACTIONS (the browser cannot import the server package; audit-filters.test.ts holds them equal). */
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
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  id: number;
  at: string;
  actorId: string;
  actorEmail: string | null;
  actorRole: string | null;
  action: AuditAction;
  cadenceId: string | null;
  reviewId: string | null;
  versionId: string | null;
  enrollmentId: string | null;
  hash: string | null;
  subjectUserId: string | null;
  detail: Record<string, unknown>;
}

export interface AuditPage {
  entries: AuditEntry[];
  nextCursor: number | null;
}
