import type { ReviewComment } from '../api/review-types';
import { formatWhen } from '../shell/format';

const KIND_TEXT: Record<ReviewComment['kind'], string | null> = { comment: null, changes_requested: 'Requested changes', approval: 'Approved' };

/** Comments, oldest first, each with who wrote it, when, and the step and field it points at. */
export function CommentThread({
  comments,
  label,
  empty,
  onShowStep,
}: {
  comments: readonly ReviewComment[];
  label: string;
  empty: string;
  onShowStep?: (nodeId: string) => void;
}) {
  if (comments.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ol className="comment-thread" aria-label={label}>
      {comments.map((c) => (
        <li key={c.id} className={`comment kind-${c.kind}`}>
          <div className="comment-head">
            <strong>{c.authorName ?? c.authorId}</strong>
            {KIND_TEXT[c.kind] && <span className={`badge decision-${c.kind}`}>{KIND_TEXT[c.kind]}</span>}
            <time dateTime={c.createdAt} className="muted">
              {formatWhen(c.createdAt)}
            </time>
          </div>
          {c.nodeId && (
            <div className="comment-place muted">
              At{' '}
              {onShowStep ? (
                <button type="button" className="link-button" onClick={() => onShowStep(c.nodeId!)} aria-label={`Show step ${c.nodeId}`}>
                  {c.nodeId}
                </button>
              ) : (
                c.nodeId
              )}
              {c.field && <> · {c.field}</>}
            </div>
          )}
          <p className="comment-body">{c.body}</p>
        </li>
      ))}
    </ol>
  );
}
