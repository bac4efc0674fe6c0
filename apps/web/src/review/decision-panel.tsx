import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { ApiError, errorMessage } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import type { ReviewDetail } from '../api/review-types';
import type { SessionUser } from '../api/types';
import { formatWhen, sentence } from '../shell/format';
import { originsText } from '../users/account-origins';
import { OfficerList } from './officer-list';
import { decisionBlock } from './review-model';

type Decision = 'approve' | 'request_changes';

/** What a server refusal means for the next step (the message itself is the server's). */
const NEXT_STEP: Record<string, string> = {
  review_not_open: 'Reload to see where the cadence stands now; a changed draft needs a new submission before anyone decides.',
  hash_mismatch: 'The submitted content changed while you looked: reload and review it again.',
  author_cannot_approve: 'Ask another compliance officer to decide.',
  approver_not_independent: 'Ask a compliance officer whose account none of the authors created, invited or reset.',
};

/** Who handed the deciding officer their account, as a clause after their name. */
const deciderAccount = (review: ReviewDetail) => (review.decidedByOrigins.length ? ` (account: ${originsText(review.decidedByOrigins)})` : '');

function Decided({ review }: { review: ReviewDetail }) {
  const who = `${review.decidedByName ?? review.decidedBy ?? 'someone'}${deciderAccount(review)}`;
  const when = formatWhen(review.decidedAt);
  switch (review.status) {
    case 'approved':
      return <p>Approved by {who}, {when}. The strategist can publish this content now.</p>;
    case 'changes_requested':
      return <p>{who} requested changes, {when}. The strategist changes the draft and submits it again.</p>;
    case 'published':
      return (
        <p>
          Approved by {who}, {when}, and published.{' '}
          {review.publishedVersionId && <Link to={`/cadences/${review.cadenceId}/versions/${review.publishedVersionId}`}>Open the published version</Link>}
        </p>
      );
    case 'superseded':
      return (
        <p>
          Superseded: the draft changed and was submitted again, so this version waits for no decision.{' '}
          <Link to={`/cadences/${review.cadenceId}`}>Open the cadence</Link> to find its newest review.
        </p>
      );
    default:
      return null;
  }
}

/**
 * Approve or request changes, bound to the content hash on screen. Who may not decide is told why,
 * in the API's words, before pressing anything; what the server still refuses is shown with what to do.
 */
export function DecisionPanel({ review, me }: { review: ReviewDetail; me: SessionUser }) {
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const commentId = useId();
  const whyId = useId();
  const client = useQueryClient();
  const decide = useMutation({
    mutationFn: (d: Decision) =>
      d === 'approve'
        ? kairosApi.approve(review.id, { hash: review.hash, ...(comment.trim() ? { comment: comment.trim() } : {}) })
        : kairosApi.requestChanges(review.id, { hash: review.hash, comment: comment.trim() }),
    onSuccess: async () => {
      setComment('');
      await Promise.all([client.invalidateQueries({ queryKey: queryKeys.allReviews }), client.invalidateQueries({ queryKey: queryKeys.lifecycle(review.cadenceId) })]);
    },
  });
  const press = (d: Decision) => {
    if (d === 'request_changes' && !comment.trim()) return setMissing(true);
    setMissing(false);
    decide.mutate(d);
  };

  if (review.status !== 'submitted') {
    return (
      <section className="decision" aria-labelledby={`${whyId}-h`}>
        <h2 id={`${whyId}-h`}>Decision</h2>
        <Decided review={review} />
      </section>
    );
  }
  const isAuthor = review.authorIds.includes(me.id);
  if (me.role !== 'compliance_officer') {
    return (
      <section className="decision" aria-labelledby={`${whyId}-h`}>
        <h2 id={`${whyId}-h`}>Decision</h2>
        <p role="note">
          Waiting for a compliance officer who is not an author to approve it or request changes.
          {isAuthor && ' You are an author of this version, so you cannot decide on it.'}
        </p>
        <OfficerList review={review} />
      </section>
    );
  }
  const blocked = decisionBlock(review, me);
  const refusal = decide.error instanceof ApiError ? decide.error : null;
  return (
    <section className="decision" aria-labelledby={`${whyId}-h`}>
      <h2 id={`${whyId}-h`}>Decision</h2>
      <p className="muted">
        You decide on content <code title={review.hash}>{review.hash.slice(0, 12)}…</code>; any later edit needs a new review.
      </p>
      {blocked ? (
        <p id={whyId} role="note" className="field-error">
          {blocked}
        </p>
      ) : (
        <>
          <label htmlFor={commentId}>Comment (required to request changes)</label>
          <textarea
            id={commentId}
            rows={3}
            maxLength={5000}
            value={comment}
            aria-invalid={missing || undefined}
            aria-describedby={missing ? whyId : undefined}
            onChange={(e) => (setComment(e.target.value), setMissing(false))}
          />
          {missing && (
            <p id={whyId} role="alert" className="field-error">
              Say what must change before requesting changes.
            </p>
          )}
        </>
      )}
      <div className="decision-buttons">
        <button type="button" className="primary" disabled={Boolean(blocked) || decide.isPending} aria-describedby={blocked ? whyId : undefined} onClick={() => press('approve')}>
          {decide.isPending && decide.variables === 'approve' ? 'Approving…' : 'Approve'}
        </button>
        <button type="button" disabled={Boolean(blocked) || decide.isPending} aria-describedby={blocked ? whyId : undefined} onClick={() => press('request_changes')}>
          {decide.isPending && decide.variables === 'request_changes' ? 'Sending…' : 'Request changes'}
        </button>
      </div>
      {decide.isError && (
        <div role="alert" className="error-box">
          <strong>{decide.variables === 'approve' ? 'Not approved' : 'Changes not requested'}</strong>
          <p>{sentence(errorMessage(decide.error))}</p>
          {refusal?.reason && NEXT_STEP[refusal.reason] && <p>{NEXT_STEP[refusal.reason]}</p>}
          <button type="button" onClick={() => void client.invalidateQueries({ queryKey: queryKeys.allReviews })}>
            Reload the review
          </button>
        </div>
      )}
      <OfficerList review={review} />
    </section>
  );
}
