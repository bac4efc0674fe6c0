import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ReviewStatus } from '@kairos/review';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import { formatWhen } from '../shell/format';
import { useRole } from '../shell/session-menu';
import { EmptyState, ErrorMessage, Loading } from '../shell/status';
import { STATUS_TEXT } from './review-model';

const SHOWN: ReviewStatus[] = ['submitted', 'changes_requested', 'approved', 'published', 'superseded'];
const EMPTY: Record<ReviewStatus, { title: string; text: string }> = {
  submitted: { title: 'No reviews waiting', text: 'When a strategist submits a cadence for review, it appears here, oldest first.' },
  changes_requested: { title: 'No changes requested', text: 'Reviews sent back to their authors appear here until they submit again.' },
  approved: { title: 'Nothing approved and waiting to be published', text: 'Approved versions appear here until a strategist publishes them.' },
  published: { title: 'Nothing published through review yet', text: 'Published reviews appear here, newest first.' },
  superseded: { title: 'No superseded reviews', text: 'A review is superseded when its draft changed and was submitted again.' },
};

/** `/reviews`: the queue of reviews waiting for a decision (and, by status, the decided ones). */
export function ReviewQueuePage() {
  const [params, setParams] = useSearchParams();
  const status = (SHOWN as string[]).includes(params.get('status') ?? '') ? (params.get('status') as ReviewStatus) : 'submitted';
  const selectId = useId();
  const me = useQuery({ queryKey: queryKeys.me, queryFn: kairosApi.me, staleTime: 60_000 });
  const role = useRole();
  const reviews = useQuery({ queryKey: queryKeys.reviewQueue(status), queryFn: () => kairosApi.reviewQueue(status), refetchInterval: status === 'submitted' ? 10_000 : false });
  const myId = me.data?.user?.id;

  return (
    <div className="page">
      <div className="page-head">
        <h1>Reviews</h1>
        <label htmlFor={selectId}>Show</label>
        <select id={selectId} value={status} onChange={(e) => setParams(e.target.value === 'submitted' ? {} : { status: e.target.value })}>
          {SHOWN.map((s) => (
            <option key={s} value={s}>
              {STATUS_TEXT[s]}
            </option>
          ))}
        </select>
      </div>
      {role && role !== 'compliance_officer' && status === 'submitted' && (
        <p className="muted">Compliance officers who are not authors decide on these; everyone who designs or reads cadences can follow them here.</p>
      )}
      {reviews.isPending && <Loading what="reviews" />}
      {reviews.isError && <ErrorMessage error={reviews.error} retry={() => void reviews.refetch()} />}
      {reviews.data?.length === 0 && (
        <EmptyState title={EMPTY[status].title}>
          <p>{EMPTY[status].text}</p>
        </EmptyState>
      )}
      {reviews.data && reviews.data.length > 0 && (
        <table className="list-table">
          <caption className="visually-hidden">{STATUS_TEXT[status]}</caption>
          <thead>
            <tr>
              <th scope="col">Cadence</th>
              <th scope="col">Submitted</th>
              <th scope="col">By</th>
              <th scope="col">Content</th>
              <th scope="col">{status === 'submitted' ? 'Note' : 'Decided'}</th>
            </tr>
          </thead>
          <tbody>
            {reviews.data.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <Link to={`/reviews/${r.id}`} aria-label={`Open the review of ${r.cadenceName}`}>
                    {r.cadenceName}
                  </Link>
                </th>
                <td>{formatWhen(r.submittedAt)}</td>
                <td>{r.submittedByName ?? r.submittedBy}</td>
                <td>
                  <code title={r.hash}>{r.hash.slice(0, 12)}</code>
                </td>
                <td>
                  {status === 'submitted'
                    ? myId && r.authorIds.includes(myId)
                      ? 'You are an author: another officer decides'
                      : ''
                    : `${r.decidedByName ?? r.decidedBy ?? '—'}, ${formatWhen(r.decidedAt)}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
