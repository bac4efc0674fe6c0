import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import type { ReviewSummary } from '../api/review-types';

/**
 * A review is bound to the hash it was submitted with. When the draft has changed since, deciding on
 * this review decides on content that is no longer the draft: say so, and what happens next.
 */
export function StaleDraftNotice({ review }: { review: Pick<ReviewSummary, 'id' | 'cadenceId' | 'hash' | 'status'> }) {
  const lifecycle = useQuery({ queryKey: queryKeys.lifecycle(review.cadenceId), queryFn: () => kairosApi.lifecycle(review.cadenceId), refetchInterval: 10_000 });
  const l = lifecycle.data;
  if (!l || review.status !== 'submitted') return null;
  if (l.reviewId && l.reviewId !== review.id) {
    return (
      <p className="notice" role="status">
        A newer submission of this cadence exists. <Link to={`/reviews/${l.reviewId}`}>Open the newest review</Link>.
      </p>
    );
  }
  if (l.draftHash === review.hash) return null;
  return (
    <p className="notice" role="status">
      The draft has changed since it was submitted. Approving this review approves the content submitted here, not the current draft; the changed draft
      needs a new review before it can be published — the strategist submits it again.
    </p>
  );
}
