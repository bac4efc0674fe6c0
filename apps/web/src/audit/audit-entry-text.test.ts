import { describe, expect, it } from 'vitest';
import { auditDetailText } from './audit-entry-text';

describe('audit entry details', () => {
  it('read as a line per kind of entry', () => {
    expect(auditDetailText({ action: 'publish', detail: { version: 2, approvedBy: 'u1' } })).toBe('Version 2');
    expect(auditDetailText({ action: 'request_changes', detail: { comment: 'Start calls at 08:00' } })).toBe('Start calls at 08:00');
    expect(auditDetailText({ action: 'comment', detail: { commentId: 'c', nodeId: 'sms-1', field: 'body' } })).toBe('At sms-1 · body');
    expect(auditDetailText({ action: 'role_change', detail: { email: 'sam@x.test', from: 'strategist', to: 'compliance_officer' } })).toBe('sam@x.test: Strategist → Compliance officer');
    expect(auditDetailText({ action: 'user_created', detail: { email: 'sam@x.test', role: 'strategist' } })).toBe('sam@x.test as Strategist');
    expect(auditDetailText({ action: 'user_invited', detail: { email: 'nia@x.test', role: 'compliance_officer', expiresAt: '2026-11-03T09:00:00Z' } })).toBe('nia@x.test as Compliance officer');
    expect(auditDetailText({ action: 'user_deactivated', detail: { email: 'rosa@x.test', sessionsRevoked: 2 } })).toBe('rosa@x.test: 2 sessions ended');
    expect(auditDetailText({ action: 'password_changed', detail: { sessionsRevoked: 1 } })).toBe('1 session ended');
    expect(auditDetailText({ action: 'invitation_expired', detail: { email: 'late@x.test' } })).toBe('late@x.test: not used in time');
    expect(auditDetailText({ action: 'compliance_change', detail: { accountId: 'A-1', changes: { optOuts: { from: [], to: ['sms'] }, ceaseCommunication: { from: false, to: true } } } })).toBe(
      'account A-1: optOuts → ["sms"]; ceaseCommunication → true',
    );
    expect(auditDetailText({ action: 'migration', detail: { moved: 3 } })).toBe('{"moved":3}');
    expect(auditDetailText({ action: 'approve', detail: {} })).toBe('');
  });
});
