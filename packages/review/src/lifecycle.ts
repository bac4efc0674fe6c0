// The approval rules of a cadence version, as pure functions: the API applies them inside the
// transaction that records the decision, and the review screen uses them to enable its buttons.
// A version moves draft -> submitted -> approved | changes_requested -> published; an approval is
// bound to the content hash it was given for, so any edit needs a new one.
import type { Role } from './roles';

export const REVIEW_STATUSES = ['submitted', 'approved', 'changes_requested', 'superseded', 'published'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export type DraftState = 'draft' | 'submitted' | 'approved' | 'changes_requested' | 'published';

/** What the rules read of a review (a submitted snapshot of a draft). */
export interface ReviewFacts {
  hash: string;
  status: ReviewStatus;
  /** The submitter and everyone who edited the draft since the last publish. */
  authorIds: readonly string[];
}

export interface Refusal {
  /** Stable code for clients: `author_cannot_approve`, `not_compliance_officer`, `hash_mismatch`, ... */
  code: string;
  message: string;
}

/**
 * Where the draft stands. `review` is the newest review of the cadence, `liveHash` the hash of the
 * latest published version, `draftHash` the hash of the draft as it compiles now (null: it does not).
 */
export function draftState(draftHash: string | null, liveHash: string | null, review: ReviewFacts | null): DraftState {
  if (draftHash !== null && draftHash === liveHash) return 'published';
  if (!review || draftHash === null || review.hash !== draftHash) return 'draft';
  if (review.status === 'superseded') return 'draft';
  return review.status;
}

/**
 * Who handed a person their sign-in: the admin who created the account with a password they chose
 * (`created`), sent the invitation the person set their password with (`invited`), or sent the
 * password-reset link they last used (`password_reset`). Whoever did could have signed in as them.
 */
export interface AccountOrigin {
  how: 'created' | 'invited' | 'password_reset';
  byId: string;
  /** The name of that person, when the id names one (not `seed`, say). */
  byName?: string | null;
}

/** Someone deciding on a review: their role, and who handed them their account (read from the database, never from the request). */
export interface Decider {
  id: string;
  role: Role;
  origins?: readonly AccountOrigin[];
}

const HANDED_OVER: Record<AccountOrigin['how'], string> = {
  created: 'was created by',
  invited: 'was invited by',
  password_reset: 'got its password-reset link from',
};

/** How an account came to someone, in words: "was invited by Ada Admin". */
export const originText = (o: AccountOrigin): string => `${HANDED_OVER[o.how]} ${o.byName ?? o.byId}`;

function decisionRefusal(review: ReviewFacts, actor: Decider, hash: string, verb: string): Refusal | null {
  if (actor.role !== 'compliance_officer') {
    return { code: 'not_compliance_officer', message: `only a compliance officer may ${verb} a version` };
  }
  if (review.authorIds.includes(actor.id)) {
    return { code: 'author_cannot_approve', message: `you are an author of this version: another compliance officer must ${verb} it` };
  }
  // An author who made (or can reach) the officer's account could decide through it: the officer is not independent.
  const handedOver = actor.origins?.find((o) => review.authorIds.includes(o.byId));
  if (handedOver) {
    return {
      code: 'approver_not_independent',
      message: `your account ${originText(handedOver)}, an author of this version: a compliance officer whose account no author created, invited or reset must ${verb} it`,
    };
  }
  if (review.status !== 'submitted') {
    return { code: 'review_not_open', message: `this review is ${review.status.replace('_', ' ')}, not waiting for a decision: submit the draft again` };
  }
  if (hash !== review.hash) {
    return { code: 'hash_mismatch', message: `you reviewed content ${hash.slice(0, 12)}…, but the submitted version is ${review.hash.slice(0, 12)}…: reload the review` };
  }
  return null;
}

/** Why `actor` may not approve `review` for `hash` (the content they saw), or null when they may. */
export function approvalRefusal(review: ReviewFacts, actor: Decider, hash: string): Refusal | null {
  return decisionRefusal(review, actor, hash, 'approve');
}

/** Why `actor` may not request changes on `review`, or null. */
export function changesRequestRefusal(review: ReviewFacts, actor: Decider, hash: string): Refusal | null {
  return decisionRefusal(review, actor, hash, 'request changes on');
}

/** Why a draft with `draftHash` may not be published, given the approved hashes of its cadence and the blocking lint findings. */
export function publishRefusal(draftHash: string, approved: { hash: string } | null, blockingFindings: number): Refusal | null {
  if (!approved || approved.hash !== draftHash) {
    return {
      code: 'not_approved',
      message: `content ${draftHash.slice(0, 12)}… has no approval: submit it for review and have a compliance officer who is not an author approve it`,
    };
  }
  if (blockingFindings > 0) {
    return { code: 'blocking_findings', message: `${blockingFindings} blocking lint finding(s) stand: fix them, then submit again` };
  }
  return null;
}
