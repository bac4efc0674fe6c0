// The API operations the web app uses. Each is a typed call of the API's OpenAPI document (see client.ts), so a
// path, parameter, body or answer that no longer matches the server fails the web app's typecheck.
import type { ReviewStatus } from '@kairos/review';
import { apiDownload, call, queryString } from './client';
import type { DashboardFilter } from './analytics-types';
import type { Query, RequestBody, Role } from './types';

/** What the audit log can be filtered by (all optional; `from`/`to` are ISO instants). */
export type AuditFilter = Omit<Query<'/api/v1/audit'>, 'cursor' | 'limit'>;
/** What an experiment report is asked for: which cadence's experiment (ids are per cadence), days, the metric compared. */
export type ExperimentQuery = Query<'/api/v1/experiments/{experimentId}'>;

const q = (params: Record<string, unknown>) => {
  const text = queryString(params);
  return text ? `?${text}` : '';
};
const onCadence = (id: string) => ({ params: { path: { id } } });

export const kairosApi = {
  listCadences: (includeArchived = false) => call.get('/api/v1/cadences', { params: { query: { includeArchived: includeArchived ? 'true' : undefined } } }),
  getCadence: (cadenceId: string) => call.get('/api/v1/cadences/{id}', onCadence(cadenceId)),
  getOutboundPolicy: () => call.get('/api/v1/outbound-policy'),
  createCadence: (body: RequestBody<'/api/v1/cadences', 'post'>) => call.post('/api/v1/cadences', { body }),
  saveDraft: (cadenceId: string, body: RequestBody<'/api/v1/cadences/{id}/draft', 'put'>) =>
    call.put('/api/v1/cadences/{id}/draft', { ...onCadence(cadenceId), body }),
  updateCadence: (cadenceId: string, patch: RequestBody<'/api/v1/cadences/{id}', 'patch'>) =>
    call.patch('/api/v1/cadences/{id}', { ...onCadence(cadenceId), body: patch }),
  duplicateCadence: (cadenceId: string, name?: string) =>
    call.post('/api/v1/cadences/{id}/duplicate', { ...onCadence(cadenceId), body: name ? { name } : {} }),
  publish: (cadenceId: string) => call.post('/api/v1/cadences/{id}/versions', onCadence(cadenceId)),
  entryMatches: (cadenceId: string) => call.get('/api/v1/cadences/{id}/entry-matches', onCadence(cadenceId)),
  listVersions: (cadenceId: string) => call.get('/api/v1/cadences/{id}/versions', onCadence(cadenceId)),
  getVersion: (versionId: string) => call.get('/api/v1/versions/{versionId}', { params: { path: { versionId } } }),
  versionLive: (versionId: string) => call.get('/api/v1/versions/{versionId}/live', { params: { path: { versionId } } }),
  listEnrollments: (f: Query<'/api/v1/enrollments'>) => call.get('/api/v1/enrollments', { params: { query: f } }),
  getEnrollment: (enrollmentId: string) => call.get('/api/v1/enrollments/{id}', { params: { path: { id: enrollmentId } } }),
  pauseEnrollment: (id: string, reason: string) => call.post('/api/v1/enrollments/{id}/pause', { params: { path: { id } }, body: { reason } }),
  resumeEnrollment: (id: string, reason?: string) => call.post('/api/v1/enrollments/{id}/resume', { params: { path: { id } }, body: reason ? { reason } : {} }),
  stopEnrollment: (id: string, reason: string) => call.post('/api/v1/enrollments/{id}/stop', { params: { path: { id } }, body: { reason } }),
  pauseVersion: (versionId: string, reason: string) => call.post('/api/v1/versions/{versionId}/pause', { params: { path: { versionId } }, body: { reason } }),
  resumeVersion: (versionId: string, reason?: string) =>
    call.post('/api/v1/versions/{versionId}/resume', { params: { path: { versionId } }, body: reason ? { reason } : {} }),
  listOutbox: (f: Query<'/api/v1/outbox'>) => call.get('/api/v1/outbox', { params: { query: f } }),
  listContacts: (f: Query<'/api/v1/contacts'>) => call.get('/api/v1/contacts', { params: { query: f } }),
  /** Who is signed in; `{ user: null }` when nobody is (the probe never answers 401, so a first visit logs no error). */
  me: () => call.get('/api/v1/auth/session'),
  signIn: (email: string, password: string) => call.post('/api/v1/auth/sign-in', { body: { email, password } }),
  signOut: () => call.post('/api/v1/auth/sign-out'),
  submitForReview: (cadenceId: string) => call.post('/api/v1/cadences/{id}/reviews', onCadence(cadenceId)),
  lifecycle: async (cadenceId: string) => (await call.get('/api/v1/cadences/{id}', onCadence(cadenceId))).lifecycle,
  /** A page of the Accounts list and the totals of its filter. */
  listAccounts: (q: Query<'/api/v1/accounts'> = {}) => call.get('/api/v1/accounts', { params: { query: q } }),

  reviewQueue: (status: ReviewStatus = 'submitted') => call.get('/api/v1/reviews', { params: { query: { status } } }),
  cadenceReviews: (cadenceId: string) => call.get('/api/v1/cadences/{id}/reviews', onCadence(cadenceId)),
  getReview: (reviewId: string) => call.get('/api/v1/reviews/{reviewId}', { params: { path: { reviewId } } }),
  comment: (reviewId: string, body: RequestBody<'/api/v1/reviews/{reviewId}/comments', 'post'>) =>
    call.post('/api/v1/reviews/{reviewId}/comments', { params: { path: { reviewId } }, body }),
  approve: (reviewId: string, body: RequestBody<'/api/v1/reviews/{reviewId}/approve', 'post'>) =>
    call.post('/api/v1/reviews/{reviewId}/approve', { params: { path: { reviewId } }, body }),
  requestChanges: (reviewId: string, body: RequestBody<'/api/v1/reviews/{reviewId}/request-changes', 'post'>) =>
    call.post('/api/v1/reviews/{reviewId}/request-changes', { params: { path: { reviewId } }, body }),

  listAudit: (f: Query<'/api/v1/audit'>) => call.get('/api/v1/audit', { params: { query: f } }),
  exportAudit: (f: AuditFilter) => apiDownload(`/audit/export${q({ ...f })}`, 'kairos-audit.csv'),

  listUsers: () => call.get('/api/v1/users'),
  changeRole: (userId: string, role: Role) => call.patch('/api/v1/users/{id}', { params: { path: { id: userId } }, body: { role } }),
  setPortfolios: (userId: string, portfolios: 'all' | string[]) => call.put('/api/v1/users/{id}/portfolios', { params: { path: { id: userId } }, body: { portfolios } }),
  deactivate: (userId: string) => call.post('/api/v1/users/{id}/deactivate', { params: { path: { id: userId } } }),
  reactivate: (userId: string) => call.post('/api/v1/users/{id}/reactivate', { params: { path: { id: userId } } }),
  signOutEverywhere: (userId: string) => call.post('/api/v1/users/{id}/sign-out', { params: { path: { id: userId } } }),
  passwordResetLink: (userId: string) => call.post('/api/v1/users/{id}/password-reset', { params: { path: { id: userId } } }),
  invite: (body: RequestBody<'/api/v1/invitations', 'post'>) => call.post('/api/v1/invitations', { body }),
  listInvitations: () => call.get('/api/v1/invitations'),
  revokeInvitation: (invitationId: string) => call.post('/api/v1/invitations/{id}/revoke', { params: { path: { id: invitationId } } }),
  changePassword: (body: RequestBody<'/api/v1/auth/password', 'post'>) => call.post('/api/v1/auth/password', { body }),
  passwordLink: (token: string) => call.get('/api/v1/auth/password-links/{token}', { params: { path: { token } } }),
  usePasswordLink: (token: string, password: string) =>
    call.post('/api/v1/auth/password-links/{token}', { params: { path: { token } }, body: { password } }),
  getAccount: (accountId: string) => call.get('/api/v1/accounts/{id}', { params: { path: { id: accountId } } }),
  /** The account page's one read: every section, each the latest `limit` entries. */
  accountStory: (accountId: string, limit: number) => call.get('/api/v1/accounts/{id}/story', { params: { path: { id: accountId }, query: { limit } } }),
  recordCompliance: (accountId: string, patch: RequestBody<'/api/v1/accounts/{id}/compliance', 'patch'>) =>
    call.patch('/api/v1/accounts/{id}/compliance', { params: { path: { id: accountId } }, body: patch }),
  reportAccountEvent: (body: RequestBody<'/api/v1/account-events', 'post'>) => call.post('/api/v1/account-events', { body }),
  enroll: (body: RequestBody<'/api/v1/enrollments', 'post'>) => call.post('/api/v1/enrollments', { body }),
  /** How many of an audience would enter a published cadence, and why the others would not. */
  previewAudience: (body: RequestBody<'/api/v1/enrollments/preview', 'post'>) => call.post('/api/v1/enrollments/preview', { body }),
  enrollAudience: (body: RequestBody<'/api/v1/enrollments/audience', 'post'>) => call.post('/api/v1/enrollments/audience', { body }),
  audienceJob: (jobId: string) => call.get('/api/v1/enrollments/audience/{id}', { params: { path: { id: jobId } } }),

  listExperiments: (cadenceId?: string) => call.get('/api/v1/experiments', { params: { query: { cadenceId } } }),
  experimentReport: (experimentId: string, f: ExperimentQuery) =>
    call.get('/api/v1/experiments/{experimentId}', { params: { path: { experimentId }, query: f } }),
  promoteArm: (experimentId: string, body: RequestBody<'/api/v1/experiments/{experimentId}/promote', 'post'>) =>
    call.post('/api/v1/experiments/{experimentId}/promote', { params: { path: { experimentId } }, body }),
  dashboard: (f: DashboardFilter) => call.get('/api/v1/dashboard', { params: { query: f } }),
  exportDashboard: (f: DashboardFilter) => apiDownload(`/dashboard/export${q({ ...f })}`, `kairos-dashboard-${f.from ?? 'all'}-${f.to ?? 'all'}.csv`),
  versionAnalytics: (versionId: string, f: Query<'/api/v1/versions/{versionId}/analytics'>) =>
    call.get('/api/v1/versions/{versionId}/analytics', { params: { path: { versionId }, query: f } }),
  analyticsSettings: () => call.get('/api/v1/analytics/settings'),
  portfolioPolicies: () => call.get('/api/v1/portfolio-policies'),
  putAccount: (accountId: string, body: RequestBody<'/api/v1/accounts/{id}', 'put'>) => call.put('/api/v1/accounts/{id}', { params: { path: { id: accountId } }, body }),
  collector: (portfolioId: string) => call.get('/api/v1/portfolios/{id}/collector', { params: { path: { id: portfolioId } } }),
  putCollector: (portfolioId: string, body: RequestBody<'/api/v1/portfolios/{id}/collector', 'put'>) =>
    call.put('/api/v1/portfolios/{id}/collector', { params: { path: { id: portfolioId } }, body }),
  putAnalyticsSettings: (body: RequestBody<'/api/v1/analytics/settings', 'put'>) => call.put('/api/v1/analytics/settings', { body }),
  analyticsFreshness: () => call.get('/api/v1/analytics/freshness'),
  parkedFacts: (limit = 20) => call.get('/api/v1/analytics/parked', { params: { query: { limit } } }),
  retryParkedFacts: () => call.post('/api/v1/analytics/parked/retry'),

  /** Upload a CSV file as it is (text, not JSON): answers the suggested mapping, the preview and the problems. */
  uploadImport: (portfolioId: string, fileName: string, csv: string) =>
    call.post('/api/v1/imports', { params: { query: { portfolioId, fileName } }, body: csv, bodySerializer: (text: string) => text, headers: { 'content-type': 'text/csv' } }),
  setImportMapping: (importId: string, mapping: RequestBody<'/api/v1/imports/{id}/mapping', 'put'>) =>
    call.put('/api/v1/imports/{id}/mapping', { params: { path: { id: importId } }, body: mapping }),
  startImport: (importId: string) => call.post('/api/v1/imports/{id}/start', { params: { path: { id: importId } } }),
  cancelImport: (importId: string) => call.post('/api/v1/imports/{id}/cancel', { params: { path: { id: importId } } }),
  getImport: (importId: string) => call.get('/api/v1/imports/{id}', { params: { path: { id: importId } } }),
  listImports: (portfolioId?: string) => call.get('/api/v1/imports', { params: { query: { portfolioId } } }),
  importProblems: (importId: string) => apiDownload(`/imports/${encodeURIComponent(importId)}/problems.csv`, 'import-problems.csv'),
};
