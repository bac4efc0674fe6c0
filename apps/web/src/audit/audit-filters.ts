// The audit page's filters live in the address (so a filtered log can be linked and reloaded):
// reading them, checking them, and turning the days people pick into the instants the API takes.
import type { AuditFilter } from '../api/endpoints';
import { AUDIT_ACTIONS, type AuditAction } from '../api/review-types';

export interface AuditFilterForm {
  action: string;
  actor: string;
  cadenceId: string;
  hash: string;
  /** Calendar days (YYYY-MM-DD) in the viewer's time zone, inclusive. */
  fromDay: string;
  toDay: string;
}

const isAuditAction = (action: string): action is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(action);
const KEYS = ['action', 'actor', 'cadenceId', 'hash', 'fromDay', 'toDay'] as const;
export const EMPTY_FILTERS: AuditFilterForm = { action: '', actor: '', cadenceId: '', hash: '', fromDay: '', toDay: '' };

export function filtersFromParams(params: URLSearchParams): AuditFilterForm {
  const f = { ...EMPTY_FILTERS };
  for (const k of KEYS) f[k] = params.get(k) ?? '';
  return f;
}

export function filtersToParams(f: AuditFilterForm): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of KEYS) if (f[k].trim()) out[k] = f[k].trim();
  return out;
}

export const hasFilters = (f: AuditFilterForm) => KEYS.some((k) => f[k].trim() !== '');

export const ACTION_TEXT: Record<AuditAction, string> = {
  submit: 'Submitted for review',
  comment: 'Commented',
  approve: 'Approved',
  request_changes: 'Requested changes',
  publish: 'Published',
  migration: 'Migrated enrollments',
  role_change: 'Changed a role',
  user_created: 'Created a user',
  opt_out: 'Opted out',
  opt_in: 'Opted back in',
  portfolio_change: 'Changed a portfolio',
  compliance_profile_change: 'Changed a compliance profile',
  user_invited: 'Invited someone',
  invitation_accepted: 'Joined through an invitation',
  invitation_revoked: 'Revoked an invitation',
  invitation_expired: 'An invitation expired',
  user_deactivated: 'Deactivated a user',
  user_reactivated: 'Reactivated a user',
  sessions_revoked: 'Signed a user out everywhere',
  password_changed: 'Changed their password',
  password_reset_issued: 'Sent a password-reset link',
  password_reset: 'Reset their password with a link',
  membership_change: 'Changed whose accounts someone reads',
  account_read: 'Opened an account outside their queue',
  account_write_refused: "Wrote to another portfolio's account id (refused)",
  compliance_change: "Changed an account's compliance facts",
  audience_enrollment: 'Enrolled an audience in a cadence',
  enrollment_paused: 'Paused an enrollment',
  enrollment_resumed: 'Resumed an enrollment',
  enrollment_stopped: 'Stopped an enrollment',
  version_paused: 'Paused every enrollment of a version',
  version_resumed: 'Resumed every enrollment of a version',
  account_import: 'Imported accounts from a file',
};

/** What is wrong with the filters, by field, each saying how to fix it (empty: nothing). */
export function filterProblems(f: AuditFilterForm): Partial<Record<keyof AuditFilterForm, string>> {
  const problems: Partial<Record<keyof AuditFilterForm, string>> = {};
  if (f.action && !isAuditAction(f.action)) problems.action = 'Choose an action from the list.';
  const hash = f.hash.trim();
  if (hash && !/^[0-9a-fA-F]{4,64}$/.test(hash)) problems.hash = 'A content hash is hexadecimal (0-9, a-f): paste it, or at least its first 4 characters.';
  for (const k of ['fromDay', 'toDay'] as const) {
    if (f[k] && !/^\d{4}-\d{2}-\d{2}$/.test(f[k])) problems[k] = 'Pick a day in the date field.';
  }
  if (!problems.fromDay && !problems.toDay && f.fromDay && f.toDay && f.fromDay > f.toDay) problems.toDay = 'The last day is before the first: swap them.';
  return problems;
}

/** A local calendar day's first or last instant, as ISO UTC. */
const dayEdge = (day: string, edge: 'start' | 'end') => new Date(`${day}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}`).toISOString();

/** The API's filter for valid form values (days become the instants that bound them in the viewer's zone). */
export function toApiFilter(f: AuditFilterForm): AuditFilter {
  return {
    ...(isAuditAction(f.action) ? { action: f.action } : {}),
    ...(f.actor.trim() ? { actor: f.actor.trim() } : {}),
    ...(f.cadenceId ? { cadenceId: f.cadenceId } : {}),
    ...(f.hash.trim() ? { hash: f.hash.trim().toLowerCase() } : {}),
    ...(f.fromDay ? { from: dayEdge(f.fromDay, 'start') } : {}),
    ...(f.toDay ? { to: dayEdge(f.toDay, 'end') } : {}),
  };
}
