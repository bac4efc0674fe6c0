import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { formatWhen } from '../shell/format';
import { ErrorMessage } from '../shell/status';
import { CommentThread } from './comment-thread';
import { STATUS_TEXT } from './review-model';

/**
 * In the editor: where the cadence's newest review stands and what the reviewers said, each comment
 * leading to its step, so the strategist can fix it and submit again.
 */
export function ReviewStatusPanel({ cadenceId, onShowStep }: { cadenceId: string; onShowStep(nodeId: string): void }) {
  const lifecycle = useQuery({ queryKey: queryKeys.lifecycle(cadenceId), queryFn: () => kairosApi.lifecycle(cadenceId) });
  const reviewId = lifecycle.data?.reviewId ?? null;
  const review = useQuery({ queryKey: queryKeys.review(reviewId ?? ''), queryFn: () => kairosApi.getReview(reviewId!), enabled: reviewId !== null });
  const state = lifecycle.data?.state;
  const { refetch } = review;
  // The state moves when an officer decides (the release controls poll it): read the comments again then.
  useEffect(() => {
    if (reviewId && state) void refetch();
  }, [state, reviewId, refetch]);

  if (!reviewId) return null;
  const r = review.data;
  return (
    <section className="review-status" aria-labelledby="review-status-heading">
      <h2 id="review-status-heading">Review</h2>
      {review.isError && <ErrorMessage error={review.error} retry={() => void refetch()} />}
      {r && (
        <>
          <p>
            <span className={`badge review-status-${r.status}`}>{STATUS_TEXT[r.status]}</span>{' '}
            <span className="muted">
              submitted by {r.submittedByName ?? r.submittedBy}, {formatWhen(r.submittedAt)}
              {r.decidedAt && ` · decided by ${r.decidedByName ?? r.decidedBy}, ${formatWhen(r.decidedAt)}`}
            </span>
          </p>
          {state === 'changes_requested' && <p>Change what the comments ask, then press Submit for review again.</p>}
          {state === 'draft' && r.status !== 'superseded' && <p className="muted">The draft changed since this review: submit it again for a new review.</p>}
          <CommentThread comments={r.comments} label="Review comments" empty="No comments yet." onShowStep={onShowStep} />
          <Link to={`/reviews/${r.id}`}>Open the review</Link>
        </>
      )}
    </section>
  );
}
