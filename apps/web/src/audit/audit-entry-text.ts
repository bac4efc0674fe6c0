// What an audit entry's details say, in a line (the CSV export keeps the raw JSON).
import type { AuditEntry } from '../api/review-types';
import { ROLE_NAMES } from '../shell/session-menu';

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
const role = (v: unknown) => (typeof v === 'string' ? (ROLE_NAMES[v] ?? v) : '?');
const sessions = (v: unknown) => (typeof v === 'number' ? `${v} session${v === 1 ? '' : 's'}` : 'sessions');

export function auditDetailText(e: Pick<AuditEntry, 'action' | 'detail'>): string {
  const d = e.detail;
  switch (e.action) {
    case 'publish':
      return d.version !== undefined ? `Version ${str(d.version)}` : '';
    case 'submit':
      return d.draftRevision !== undefined ? `Draft revision ${str(d.draftRevision)}` : '';
    case 'approve':
    case 'request_changes':
      return str(d.comment) ?? '';
    case 'comment':
      return [str(d.nodeId) && `At ${str(d.nodeId)}${str(d.field) ? ` · ${str(d.field)}` : ''}`].filter(Boolean).join('');
    case 'role_change':
      return `${str(d.email) ?? 'a user'}: ${role(d.from)} → ${role(d.to)}`;
    case 'user_created':
    case 'user_invited':
    case 'invitation_accepted':
    case 'invitation_revoked':
      return `${str(d.email) ?? 'a user'} as ${role(d.role)}`;
    case 'invitation_expired':
      return `${str(d.email) ?? 'an invitation'}: not used in time`;
    case 'user_deactivated':
    case 'sessions_revoked':
      return `${str(d.email) ?? 'a user'}: ${sessions(d.sessionsRevoked)} ended`;
    case 'password_changed':
    case 'password_reset':
      return `${sessions(d.sessionsRevoked)} ended`;
    case 'user_reactivated':
    case 'password_reset_issued':
      return str(d.email) ?? '';
    case 'compliance_change': {
      const changes = Object.entries((d.changes ?? {}) as Record<string, { to?: unknown }>).map(([field, c]) => `${field} → ${JSON.stringify(c.to ?? null)}`);
      return `account ${str(d.accountId) ?? '?'}: ${changes.join('; ')}`;
    }
    default:
      return Object.keys(d).length ? JSON.stringify(d) : '';
  }
}
