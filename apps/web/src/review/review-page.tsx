import { useQuery } from '@tanstack/react-query';
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { kairosApi } from '../api/endpoints';
import { queryKeys } from '../api/query-keys';
import type { ReviewDetail } from '../api/review-types';
import type { SessionUser } from '../api/types';
import { Canvas } from '../canvas/canvas';
import { useCanvasCommands } from '../canvas/canvas-commands';
import { useEditorShortcuts } from '../canvas/use-editor-shortcuts';
import { ShortcutsDialog } from '../editor/shortcuts-dialog';
import { editorRegistry } from '../registry';
import { formatWhen } from '../shell/format';
import { EmptyState, ErrorMessage, Loading } from '../shell/status';
import { EditorStoreProvider } from '../store/editor-context';
import { ChangeList } from './change-list';
import { CommentForm } from './comment-form';
import { CommentThread } from './comment-thread';
import { DecisionPanel } from './decision-panel';
import { FindingsList } from './findings-list';
import { NodeReviewPanel } from './node-review-panel';
import { createReviewCanvasStore } from './review-canvas-store';
import { nodeIn, STATUS_TEXT, stepName } from './review-model';
import { StaleDraftNotice } from './stale-draft-notice';
import { PromiseHoldNotice } from './promise-hold-notice';

/** Roles that may comment on a review (the API's COMMENTERS). */
const COMMENTERS: readonly string[] = ['strategist', 'compliance_officer', 'admin'];

/** `/reviews/:reviewId`: a submitted version against the live one, its findings, comments and the decision. */
export default function ReviewPage() {
  const { reviewId = '' } = useParams();
  const me = useQuery({ queryKey: queryKeys.me, queryFn: kairosApi.me, staleTime: 60_000 });
  // Poll while it waits: another officer may decide, or the strategist resubmit.
  const review = useQuery({
    queryKey: queryKeys.review(reviewId),
    queryFn: () => kairosApi.getReview(reviewId),
    refetchInterval: (q) => (q.state.data?.status === 'submitted' ? 5_000 : false),
  });
  if (review.isPending || me.isPending) return <Loading what="the review" />;
  if (review.isError) {
    if (review.error instanceof ApiError && review.error.status === 404) {
      return (
        <EmptyState title="This review does not exist">
          <p>
            The link may be old. <Link to="/reviews">See the reviews waiting for a decision</Link>.
          </p>
        </EmptyState>
      );
    }
    return <ErrorMessage error={review.error} retry={() => void review.refetch()} />;
  }
  if (me.isError) return <ErrorMessage error={me.error} retry={() => void me.refetch()} />;
  // The layout sends the signed-out to sign-in; this only narrows the type.
  if (!me.data.user) return <Loading what="your session" />;
  // A new store only for other content: comments and decisions refresh around the same canvas.
  return <ReviewWorkspace key={`${review.data.id}:${review.data.hash}`} review={review.data} me={me.data.user} />;
}

function ReviewWorkspace({ review, me }: { review: ReviewDetail; me: SessionUser }) {
  const [store] = useState(() => createReviewCanvasStore(review));
  return (
    <EditorStoreProvider store={store}>
      <ReactFlowProvider>
        <ReviewLayout review={review} me={me} />
      </ReactFlowProvider>
    </EditorStoreProvider>
  );
}

function ReviewLayout({ review, me }: { review: ReviewDetail; me: SessionUser }) {
  const commands = useCanvasCommands();
  const [help, setHelp] = useState(false);
  const openHelp = useCallback(() => setHelp(true), []);
  useEditorShortcuts({ commands, save: () => undefined, openHelp });
  const nameOf = useCallback(
    (id: string) => {
      const n = nodeIn(review.graph, id) ?? nodeIn(review.liveVersion?.graph, id);
      return n ? stepName(editorRegistry, { id, type: n.type, label: n.data.label }) : id;
    },
    [review.graph, review.liveVersion],
  );
  const canComment = COMMENTERS.includes(me.role);
  const general = review.comments.filter((c) => !c.nodeId);
  const submitter = review.submittedByName ?? review.submittedBy;

  return (
    <div className="editor review-view">
      <header className="editor-header">
        <Link to="/reviews" className="back-link">
          Reviews
        </Link>
        <h1>Review of {review.cadenceName || 'a cadence'}</h1>
        <span className={`badge review-status-${review.status}`} role="status" aria-label={`Review status: ${STATUS_TEXT[review.status]}`}>
          {STATUS_TEXT[review.status]}
        </span>
        <span className="muted">
          Submitted by {submitter}, {formatWhen(review.submittedAt)} · <code title={review.hash}>{review.hash.slice(0, 12)}</code> ·{' '}
          {review.liveVersion ? `compared with version ${review.liveVersion.version}, live now` : 'nothing published yet'}
        </span>
        <Link to={`/cadences/${review.cadenceId}`}>Open the cadence</Link>
        <button type="button" onClick={commands.fitView}>
          Zoom to fit
        </button>
      </header>
      <StaleDraftNotice review={review} />
      <PromiseHoldNotice />
      <div className="review-body">
        <aside className="review-side" aria-label="Changes and findings">
          <ChangeList diff={review.diff} hasLive={review.liveVersion !== null} stepName={nameOf} onShowStep={commands.focusNode} />
          <section aria-labelledby="findings-heading">
            <h2 id="findings-heading">
              Compliance findings <span className="muted">{review.findings.length}</span>
            </h2>
            <FindingsList findings={review.findings} stepName={nameOf} onShowStep={commands.focusNode} />
          </section>
        </aside>
        <div className="editor-center">
          <Canvas label={`Submitted version of ${review.cadenceName}, with changes marked`} />
          <NodeReviewPanel review={review} canComment={canComment} stepName={nameOf} />
        </div>
        <aside className="review-side" aria-label="Decision and comments">
          <DecisionPanel review={review} me={me} />
          <section aria-labelledby="general-comments-heading">
            <h2 id="general-comments-heading">Comments</h2>
            <CommentThread comments={general} label="General comments" empty="No general comments yet." />
            {canComment && <CommentForm reviewId={review.id} label="Comment on the whole cadence" />}
            {review.comments.length > general.length && (
              <p className="muted">
                {review.comments.length - general.length} more at steps:{' '}
                {[...new Set(review.comments.filter((c) => c.nodeId).map((c) => c.nodeId!))].map((id, i) => (
                  <span key={id}>
                    {i > 0 && ', '}
                    <button type="button" className="link-button" onClick={() => commands.focusNode(id)}>
                      {id}
                    </button>
                  </span>
                ))}
              </p>
            )}
          </section>
        </aside>
      </div>
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
