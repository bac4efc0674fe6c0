// What an audit entry's details say, in a line (the CSV export keeps the raw JSON).
import type { AuditEntry } from '../api/review-types';
import { ROLE_NAMES } from '../shell/session-menu';

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
const role = (v: unknown) => (typeof v === 'string' ? (ROLE_NAMES[v] ?? v) : '?');

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
      return `${str(d.email) ?? 'a user'} as ${role(d.role)}`;
    default:
      return Object.keys(d).length ? JSON.stringify(d) : '';
  }
}
