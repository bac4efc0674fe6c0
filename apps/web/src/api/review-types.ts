// Shapes of the review and audit answers the web app reads (see Review, ReviewDetail, AuditEntry in /openapi.json).
import type { CadenceGraph } from '@kairos/cadence';
import type { GraphDiff, LintFinding, ReviewStatus } from '@kairos/review';

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
}

/** The same list as @kairos/db's AUDIT_ACTIONS (the browser cannot import the server package; audit-filters.test.ts holds them equal). */
export const AUDIT_ACTIONS = ['submit', 'comment', 'approve', 'request_changes', 'publish', 'migration', 'role_change', 'user_created', 'opt_out', 'opt_in', 'portfolio_change', 'compliance_profile_change'] as const;
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
