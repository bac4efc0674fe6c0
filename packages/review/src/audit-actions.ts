// What the audit log records, one word per kind of change. Here rather than in the database package so the
// web app's filters offer exactly the actions the server writes (it imports this; it cannot import @kairos/db).
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
  'membership_change',
  'account_read',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
