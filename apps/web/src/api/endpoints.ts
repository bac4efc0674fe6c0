// The API operations the web app uses, typed. Paths are relative to /api/v1.
import type { CadenceGraph, CollectorIdentityInput } from '@kairos/cadence';
import type { ReviewStatus, Role } from '@kairos/review';
import { apiDownload, apiRequest } from './client';
import type { AnalyticsFreshness, AnalyticsSettings, DashboardFilter, Dashboard, ExperimentReport, ExperimentSummary, ParkedFacts, PrimaryMetric, PromoteResult, VersionAnalytics } from './analytics-types';
import type { AuditPage, QueuedReview, ReviewComment, ReviewDetail } from './review-types';
import type {
  AccessChange, Account, Cadence, CadenceLifecycle, ContactAttempt, Invitation, OutboundPolicies, PasswordLink, Person, PortfolioCollector, Review, SessionUser, CadenceVersion, CadenceWithIssues, Enrollment, EnrollmentDetail, OutboxMessage, VersionLive,
} from './types';

/** What the audit log can be filtered by (all optional; `from`/`to` are ISO instants). */
export interface AuditFilter {
  action?: string;
  actor?: string;
  cadenceId?: string;
  hash?: string;
  from?: string;
  to?: string;
}

const q = (params: Record<string, string | number | boolean | undefined>) => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') s.set(k, String(v));
  const text = s.toString();
  return text ? `?${text}` : '';
};
const id = encodeURIComponent;

export const kairosApi = {
  listCadences: (includeArchived = false) => apiRequest<Cadence[]>('GET', `/cadences${q({ includeArchived: includeArchived || undefined })}`),
  getCadence: (cadenceId: string) => apiRequest<CadenceWithIssues>('GET', `/cadences/${id(cadenceId)}`),
  getOutboundPolicy: () => apiRequest<OutboundPolicies>('GET', '/outbound-policy'),
  createCadence: (body: { name: string; description?: string; graph?: CadenceGraph }) => apiRequest<CadenceWithIssues>('POST', '/cadences', body),
  saveDraft: (cadenceId: string, body: { graph: CadenceGraph; expectedRevision: number }) =>
    apiRequest<CadenceWithIssues>('PUT', `/cadences/${id(cadenceId)}/draft`, body),
  updateCadence: (cadenceId: string, patch: { name?: string; description?: string; archived?: boolean }) =>
    apiRequest<Cadence>('PATCH', `/cadences/${id(cadenceId)}`, patch),
  duplicateCadence: (cadenceId: string, name?: string) =>
    apiRequest<CadenceWithIssues>('POST', `/cadences/${id(cadenceId)}/duplicate`, name ? { name } : {}),
  publish: (cadenceId: string) => apiRequest<CadenceVersion>('POST', `/cadences/${id(cadenceId)}/versions`),
  listVersions: (cadenceId: string) => apiRequest<CadenceVersion[]>('GET', `/cadences/${id(cadenceId)}/versions`),
  getVersion: (versionId: string) => apiRequest<CadenceVersion>('GET', `/versions/${id(versionId)}`),
  versionLive: (versionId: string) => apiRequest<VersionLive>('GET', `/versions/${id(versionId)}/live`),
  listEnrollments: (f: { cadenceId?: string; accountId?: string; status?: string; limit?: number }) =>
    apiRequest<Enrollment[]>('GET', `/enrollments${q(f)}`),
  getEnrollment: (enrollmentId: string) => apiRequest<EnrollmentDetail>('GET', `/enrollments/${id(enrollmentId)}`),
  listOutbox: (f: { accountId?: string; search?: string; limit?: number }) => apiRequest<OutboxMessage[]>('GET', `/outbox${q(f)}`),
  listContacts: (f: { accountId?: string; status?: string; limit?: number }) => apiRequest<ContactAttempt[]>('GET', `/contacts${q(f)}`),
  /** Who is signed in; `{ user: null }` when nobody is (the probe never answers 401, so a first visit logs no error). */
  me: () => apiRequest<{ user: SessionUser | null }>('GET', '/auth/session'),
  signIn: (email: string, password: string) => apiRequest<{ user: SessionUser }>('POST', '/auth/sign-in', { email, password }),
  signOut: () => apiRequest<{ signedOut: true }>('POST', '/auth/sign-out'),
  submitForReview: (cadenceId: string) => apiRequest<Review>('POST', `/cadences/${id(cadenceId)}/reviews`),
  lifecycle: async (cadenceId: string) => (await apiRequest<{ lifecycle: CadenceLifecycle }>('GET', `/cadences/${id(cadenceId)}`)).lifecycle,
  listAccounts: (limit = 20) => apiRequest<Account[]>('GET', `/accounts${q({ limit })}`),

  reviewQueue: (status: ReviewStatus = 'submitted') => apiRequest<QueuedReview[]>('GET', `/reviews${q({ status })}`),
  cadenceReviews: (cadenceId: string) => apiRequest<Review[]>('GET', `/cadences/${id(cadenceId)}/reviews`),
  getReview: (reviewId: string) => apiRequest<ReviewDetail>('GET', `/reviews/${id(reviewId)}`),
  comment: (reviewId: string, body: { body: string; nodeId?: string; field?: string }) =>
    apiRequest<ReviewComment>('POST', `/reviews/${id(reviewId)}/comments`, body),
  approve: (reviewId: string, body: { hash: string; comment?: string }) => apiRequest<Review>('POST', `/reviews/${id(reviewId)}/approve`, body),
  requestChanges: (reviewId: string, body: { hash: string; comment: string }) => apiRequest<Review>('POST', `/reviews/${id(reviewId)}/request-changes`, body),

  listAudit: (f: AuditFilter & { cursor?: number; limit?: number }) => apiRequest<AuditPage>('GET', `/audit${q({ ...f })}`),
  exportAudit: (f: AuditFilter) => apiDownload(`/audit/export${q({ ...f })}`, 'kairos-audit.csv'),

  listUsers: () => apiRequest<Person[]>('GET', '/users'),
  changeRole: (userId: string, role: Role) => apiRequest<SessionUser>('PATCH', `/users/${id(userId)}`, { role }),
  setPortfolios: (userId: string, portfolios: 'all' | string[]) => apiRequest<Person>('PUT', `/users/${id(userId)}/portfolios`, { portfolios }),
  deactivate: (userId: string) => apiRequest<AccessChange>('POST', `/users/${id(userId)}/deactivate`),
  reactivate: (userId: string) => apiRequest<AccessChange>('POST', `/users/${id(userId)}/reactivate`),
  signOutEverywhere: (userId: string) => apiRequest<AccessChange>('POST', `/users/${id(userId)}/sign-out`),
  passwordResetLink: (userId: string) => apiRequest<{ link: string; expiresAt: string; user: Person }>('POST', `/users/${id(userId)}/password-reset`),
  invite: (body: { name: string; email: string; role: Role }) => apiRequest<{ invitation: Invitation; link: string }>('POST', '/invitations', body),
  listInvitations: () => apiRequest<Invitation[]>('GET', '/invitations'),
  revokeInvitation: (invitationId: string) => apiRequest<Invitation>('POST', `/invitations/${id(invitationId)}/revoke`),
  changePassword: (body: { currentPassword: string; newPassword: string }) => apiRequest<{ changed: true; sessionsRevoked: number }>('POST', '/auth/password', body),
  passwordLink: (token: string) => apiRequest<PasswordLink>('GET', `/auth/password-links/${id(token)}`),
  usePasswordLink: (token: string, password: string) =>
    apiRequest<{ kind: PasswordLink['kind']; user: SessionUser; signedIn: boolean }>('POST', `/auth/password-links/${id(token)}`, { password }),
  getAccount: (accountId: string) => apiRequest<Account>('GET', `/accounts/${id(accountId)}`),

  listExperiments: (cadenceId?: string) => apiRequest<ExperimentSummary[]>('GET', `/experiments${q({ cadenceId })}`),
  experimentReport: (experimentId: string, f: ExperimentQuery) => apiRequest<ExperimentReport>('GET', `/experiments/${id(experimentId)}${q({ ...f })}`),
  promoteArm: (experimentId: string, body: { cadenceId: string; arm: string }) => apiRequest<PromoteResult>('POST', `/experiments/${id(experimentId)}/promote`, body),
  dashboard: (f: DashboardFilter) => apiRequest<Dashboard>('GET', `/dashboard${q({ ...f })}`),
  exportDashboard: (f: DashboardFilter) => apiDownload(`/dashboard/export${q({ ...f })}`, `kairos-dashboard-${f.from ?? 'all'}-${f.to ?? 'all'}.csv`),
  versionAnalytics: (versionId: string, f: { from?: string; to?: string; paidWithinDays?: number }) =>
    apiRequest<VersionAnalytics>('GET', `/versions/${id(versionId)}/analytics${q({ ...f })}`),
  analyticsSettings: () => apiRequest<AnalyticsSettings>('GET', '/analytics/settings'),
  collector: (portfolioId: string) => apiRequest<PortfolioCollector>('GET', `/portfolios/${id(portfolioId)}/collector`),
  putCollector: (portfolioId: string, body: CollectorIdentityInput) => apiRequest<PortfolioCollector>('PUT', `/portfolios/${id(portfolioId)}/collector`, body),
  putAnalyticsSettings: (body: AnalyticsSettings) => apiRequest<AnalyticsSettings>('PUT', '/analytics/settings', body),
  analyticsFreshness: () => apiRequest<AnalyticsFreshness>('GET', '/analytics/freshness'),
  parkedFacts: (limit = 20) => apiRequest<ParkedFacts>('GET', `/analytics/parked${q({ limit })}`),
  retryParkedFacts: () => apiRequest<{ retried: number; projected: number; stillParked: number }>('POST', '/analytics/parked/retry'),
};

/** What an experiment report is asked for: which cadence's experiment (ids are per cadence), days, the metric compared. */
export interface ExperimentQuery {
  cadenceId?: string;
  from?: string;
  to?: string;
  primaryMetric?: PrimaryMetric;
}
