// Shapes of the API's answers that the web app reads (the API's OpenAPI document at /openapi.json is the full contract).
import type { CadenceGraph, CadenceIssue, CollectorIdentity } from '@kairos/cadence';
import type { AccountOrigin } from '@kairos/review';

export interface Cadence {
  id: string;
  name: string;
  description: string;
  draftGraph: CadenceGraph;
  draftRevision: number;
  archivedAt: string | null;
  createdBy: string;
  /** In lists: the name of who created it (null when no person did, e.g. the demo seed). */
  createdByName?: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Where a draft stands on its way to publishing (an edit after approval makes it a draft again). */
export interface CadenceLifecycle {
  state: 'draft' | 'submitted' | 'approved' | 'changes_requested' | 'published';
  draftHash: string | null;
  liveVersionId: string | null;
  reviewId: string | null;
}

export type CadenceWithIssues = Cadence & { issues: CadenceIssue[]; lifecycle?: CadenceLifecycle };

export type Role = 'strategist' | 'compliance_officer' | 'engineer' | 'agent' | 'admin';

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** A person as an admin sees them (GET /users). */
export interface Person extends SessionUser {
  active: boolean;
  deactivatedAt: string | null;
  createdAt: string;
  /** Who created the account, invited the person, or sent the reset link they last used. */
  origins: AccountOrigin[];
  /** The portfolios whose accounts they read (GET /users): `all`, or these ids. */
  portfolios?: 'all' | string[];
}

/** An invitation waiting to be used. */
export interface Invitation {
  id: string;
  email: string;
  name: string;
  role: Role;
  invitedBy: string;
  invitedByName: string | null;
  createdAt: string;
  expiresAt: string;
}

/** What a one-time link (`/invite/<token>`, `/reset-password/<token>`) is for. */
export interface PasswordLink {
  kind: 'invitation' | 'password_reset';
  name: string;
  email: string;
  role: Role | null;
  expiresAt: string;
}

/** An answer that changed whether someone may sign in, with how many sessions it ended. */
export interface AccessChange {
  user: Person;
  sessionsRevoked: number;
}

export type { ReviewSummary as Review } from './review-types';

export interface CadenceVersion {
  id: string;
  cadenceId: string;
  version: number;
  hash: string;
  publishedBy: string;
  publishedByName: string | null;
  publishedAt: string;
  reviewId: string | null;
  approvedBy: string | null;
  approvedByName: string | null;
  graph?: CadenceGraph;
}

export interface VersionLive {
  versionId: string;
  steps: Record<string, { now: number; passed: number; ended: number }>;
  enrollments: { active: number; finished: number; failed: number };
  exitReasons: Record<string, number>;
}

export interface Enrollment {
  id: string;
  accountId: string;
  cadenceId: string;
  cadenceVersionId: string;
  status: 'active' | 'finished' | 'failed';
  currentStepId: string | null;
  exitReason: string | null;
  startedAt: string;
  finishedAt: string | null;
  updatedAt: string;
}

export interface TimelineEntry {
  seq: number;
  at: string;
  type: 'entered' | 'left' | 'waiting' | 'event' | 'activity' | 'finished' | 'error';
  stepId: string | null;
  outcome?: string;
  detail?: Record<string, unknown>;
}

export interface ContactAttempt {
  id: string;
  accountId: string;
  stepId: string | null;
  channel: string;
  recipient: string;
  subject: string | null;
  body: string;
  status: string;
  error: string | null;
  createdAt: string;
  sentAt: string | null;
}

export type EnrollmentDetail = Enrollment & { timeline: TimelineEntry[]; contacts: ContactAttempt[] };

export interface OutboxMessage {
  id: string;
  accountId: string;
  channel: string;
  recipient: string;
  subject: string | null;
  body: string;
  createdAt: string;
}

export interface Account {
  id: string;
  name: string;
  email?: string;
  phone?: string;
  balanceCents: number;
  currency: string;
  dueDate: string;
  timezone: string;
  language: string;
  consents: Record<string, boolean>;
  attributes: Record<string, string | number | boolean | null>;
}

/** Who collects a portfolio (GET /portfolios/{id}/collector); `sendsAllowed` false: its sends are refused, `problem` says why. */
export interface PortfolioCollector {
  portfolioId: string;
  collector: CollectorIdentity | null;
  sendsAllowed: boolean;
  problem: string | null;
}

/** GET /outbound-policy: the hosts each portfolio may call (besides `defaults`); the editor's lint holds steps' URLs to them. */
export interface OutboundPolicies {
  defaults: string[];
  portfolios: Array<{ id: string; allowedHosts: string[] }>;
  /** Test deployments only: loopback addresses may be called. */
  allowLoopback: boolean;
}
