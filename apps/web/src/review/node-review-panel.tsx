import { useMemo } from 'react';
import type { ReviewDetail } from '../api/review-types';
import { selectedNodeId } from '../editor/inspector';
import { editorRegistry } from '../registry';
import { useEditor } from '../store/editor-context';
import { CommentForm } from './comment-form';
import { CommentThread } from './comment-thread';
import { FindingsList } from './findings-list';
import { NodeChanges } from './node-changes';
import { addedNodeChanges, configKey, fieldTitle, nodeMarks } from './review-model';

/** The selected step of a review: its changes side by side, its findings, and the comments at it. */
export function NodeReviewPanel({ review, canComment, stepName }: { review: ReviewDetail; canComment: boolean; stepName: (id: string) => string }) {
  const selected = useEditor(selectedNodeId);
  const marks = useMemo(() => nodeMarks(review.diff), [review.diff]);
  const node = selected && selected !== 'many' ? review.graph.nodes.find((n) => n.id === selected) : undefined;

  if (!node) {
    return (
      <section className="node-review idle" aria-label="Selected step">
        <p className="muted">
          {selected === 'many'
            ? 'Several steps are selected: select one to see its changes.'
            : 'Select a step on the canvas (Tab, then Enter) or in the list of changes to see what changed in it, side by side.'}
        </p>
      </section>
    );
  }
  const mark = marks.get(node.id);
  const changes = mark === 'added' ? addedNodeChanges(node) : (review.diff.nodes.changed.find((c) => c.id === node.id)?.changes ?? []);
  const findings = review.findings.filter((f) => f.nodeId === node.id);
  const comments = review.comments.filter((c) => c.nodeId === node.id);
  const fields = [...new Set([...changes.map((c) => configKey(c.field)), ...findings.map((f) => f.field)])].map((key) => ({ key, title: fieldTitle(editorRegistry, node.type, key) }));
  const name = stepName(node.id);

  return (
    <section className="node-review" aria-labelledby="node-review-heading">
      <h2 id="node-review-heading">
        {name}
        {mark && <span className={`badge mark-${mark}`}>{mark === 'added' ? 'New' : 'Changed'}</span>}
      </h2>
      <NodeChanges stepId={node.id} kind={node.type} mark={mark} changes={changes} />
      <h3>Findings at this step</h3>
      <FindingsList findings={findings} stepName={stepName} label={`Findings at ${node.id}`} />
      <h3>Comments at this step</h3>
      <CommentThread comments={comments} label={`Comments at ${node.id}`} empty="No comments at this step yet." />
      {canComment && <CommentForm key={node.id} reviewId={review.id} nodeId={node.id} fields={fields} label={`Comment on ${node.id}`} />}
    </section>
  );
}
