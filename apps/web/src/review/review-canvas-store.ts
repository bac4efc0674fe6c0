// The canvas of a review: the submitted graph, read-only, with new and changed steps marked, rewired
// arrows marked, and the server's lint findings (not a second opinion of the browser) at their steps.
import type { GraphDiff, LintFinding } from '../api/review-types';
import { editorRegistry } from '../registry';
import { findingToIssue } from '../store/check-graph';
import { createEditorStore, type EditorStore } from '../store/editor-store';
import { indexIssues } from '../store/issues-index';
import { nodeMarks } from './review-model';

const MARK_TEXT = { added: 'new in this version', changed: 'changed in this version' } as const;

export function createReviewCanvasStore(review: { graph: unknown; diff: GraphDiff; findings: readonly LintFinding[] }): EditorStore {
  const store = createEditorStore({ registry: editorRegistry, graph: review.graph, readOnly: true });
  const marks = nodeMarks(review.diff);
  const rewired = new Set([...review.diff.edges.added, ...review.diff.edges.retargeted].map((e) => `${e.source}\u0000${e.sourceHandle}`));
  const issues = review.findings.map(findingToIssue);
  const index = indexIssues(issues, { byNode: new Map(), byEdge: new Map() });
  store.setState((s) => ({
    nodes: s.nodes.map((n) => {
      const mark = marks.get(n.id);
      return mark ? { ...n, className: `review-${mark}`, ariaLabel: `${n.ariaLabel ?? n.id}, ${MARK_TEXT[mark]}` } : n;
    }),
    edges: s.edges.map((e) => (rewired.has(`${e.source}\u0000${e.sourceHandle}`) ? { ...e, className: 'review-rewired' } : e)),
    issues,
    issuesByNode: index.byNode,
    issuesByEdge: index.byEdge,
    checking: false,
  }));
  return store;
}
