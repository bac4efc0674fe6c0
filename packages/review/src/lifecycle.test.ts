import { describe, expect, it } from 'vitest';
import { approvalRefusal, changesRequestRefusal, draftState, publishRefusal, type ReviewFacts } from './lifecycle';

const H1 = 'a'.repeat(64);
const H2 = 'b'.repeat(64);
const review = (over: Partial<ReviewFacts> = {}): ReviewFacts => ({ hash: H1, status: 'submitted', authorIds: ['sam'], ...over });
const officer = { id: 'olga', role: 'compliance_officer' as const };

describe('where a draft stands', () => {
  it('is a draft until submitted, then follows its review', () => {
    expect(draftState(H1, null, null)).toBe('draft');
    expect(draftState(H1, null, review())).toBe('submitted');
    expect(draftState(H1, null, review({ status: 'approved' }))).toBe('approved');
    expect(draftState(H1, null, review({ status: 'changes_requested' }))).toBe('changes_requested');
  });

  it('falls back to draft when edited after approval: the approval is bound to the old hash', () => {
    expect(draftState(H2, null, review({ status: 'approved' }))).toBe('draft');
  });

  it('is published when the draft is the live version, and a draft when it does not compile', () => {
    expect(draftState(H1, H1, review({ status: 'published' }))).toBe('published');
    expect(draftState(null, H1, review())).toBe('draft');
  });
});

describe('who may approve', () => {
  it('lets a compliance officer who is not an author approve the submitted hash', () => {
    expect(approvalRefusal(review(), officer, H1)).toBeNull();
  });

  it('refuses the author, even when the author is a compliance officer', () => {
    expect(approvalRefusal(review({ authorIds: ['sam', 'olga'] }), officer, H1)?.code).toBe('author_cannot_approve');
    expect(changesRequestRefusal(review({ authorIds: ['olga'] }), officer, H1)?.code).toBe('author_cannot_approve');
  });

  it('refuses an officer whose account an author created, invited or reset: that author could decide through it', () => {
    const created = { ...officer, origins: [{ how: 'created' as const, byId: 'sam', byName: 'Sam Strategist' }] };
    const refusal = approvalRefusal(review(), created, H1);
    expect(refusal?.code).toBe('approver_not_independent');
    expect(refusal?.message).toMatch(/^your account was created by Sam Strategist, an author of this version/);
    const invited = { ...officer, origins: [{ how: 'invited' as const, byId: 'ada' }] };
    expect(approvalRefusal(review({ authorIds: ['sam', 'ada'] }), invited, H1)?.message).toMatch(/^your account was invited by ada, an author/);
    const reset = { ...officer, origins: [{ how: 'invited' as const, byId: 'root' }, { how: 'password_reset' as const, byId: 'sam', byName: 'Sam' }] };
    expect(changesRequestRefusal(review(), reset, H1)?.message).toMatch(/^your account got its password-reset link from Sam, an author/);
  });

  it('lets an officer decide whose account came from someone who did not author the version', () => {
    expect(approvalRefusal(review(), { ...officer, origins: [{ how: 'invited', byId: 'ada' }] }, H1)).toBeNull();
  });

  it('refuses anyone who is not a compliance officer, admins included', () => {
    expect(approvalRefusal(review(), { id: 'ada', role: 'admin' }, H1)?.code).toBe('not_compliance_officer');
    expect(approvalRefusal(review(), { id: 'sam', role: 'strategist' }, H1)?.code).toBe('not_compliance_officer');
  });

  it('refuses an approval given for other content than was submitted, or for a closed review', () => {
    expect(approvalRefusal(review(), officer, H2)?.code).toBe('hash_mismatch');
    expect(approvalRefusal(review({ status: 'approved' }), officer, H1)?.code).toBe('review_not_open');
    expect(approvalRefusal(review({ status: 'superseded' }), officer, H1)?.code).toBe('review_not_open');
  });
});

describe('what may be published', () => {
  it('refuses a hash without approval, or with a different approved hash', () => {
    expect(publishRefusal(H1, null, 0)?.code).toBe('not_approved');
    expect(publishRefusal(H2, { hash: H1 }, 0)?.code).toBe('not_approved');
  });

  it('refuses an approved hash while a blocking lint finding stands', () => {
    expect(publishRefusal(H1, { hash: H1 }, 2)?.code).toBe('blocking_findings');
  });

  it('allows the approved hash with no blocking finding', () => {
    expect(publishRefusal(H1, { hash: H1 }, 0)).toBeNull();
  });
});
