import type { CadenceIssue } from '@kairos/cadence';
import { editorRegistry } from '../registry';
import { isComplianceIssue } from '../store/check-graph';
import { useEditor, useEditorStoreApi } from '../store/editor-context';

/** Where an issue is, in words: "Send message: Friendly SMS (sms-1)", "Arrow from wait-1", "Cadence". */
export function issuePlace(issue: CadenceIssue, nodeName: (id: string) => string | undefined, edgeSource: (id: string) => string | undefined): string {
  if (issue.nodeId) return nodeName(issue.nodeId) ?? issue.nodeId;
  if (issue.edgeId) {
    const source = edgeSource(issue.edgeId);
    return source ? `Arrow from ${nodeName(source) ?? source}` : `Arrow ${issue.edgeId}`;
  }
  return 'Cadence';
}

/** Every problem validation found, errors first; pressing one takes you to its step. */
export function ProblemsList({ onFocusNode }: { onFocusNode(nodeId: string): void }) {
  const store = useEditorStoreApi();
  const issues = useEditor((s) => s.issues);
  const checking = useEditor((s) => s.checking);
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  const { nodes, edges } = store.getState();
  const nodeName = (id: string) => {
    const n = nodes.find((x) => x.id === id);
    if (!n) return undefined;
    const title = editorRegistry.get(n.data.kind)?.title ?? n.data.kind;
    return `${title}${n.data.label ? `: ${n.data.label}` : ''} (${id})`;
  };
  const edgeSource = (id: string) => edges.find((e) => e.id === id)?.source;
  const target = (i: CadenceIssue) => i.nodeId ?? (i.edgeId ? edgeSource(i.edgeId) : undefined);

  return (
    <section className="problems" aria-labelledby="problems-heading">
      <h2 id="problems-heading">
        Problems{' '}
        <span className="muted">
          {errors.length} error{errors.length === 1 ? '' : 's'}, {warnings.length} warning{warnings.length === 1 ? '' : 's'}
        </span>
      </h2>
      {checking && issues.length === 0 ? (
        <p className="muted" role="status">
          Checking the cadence…
        </p>
      ) : issues.length === 0 ? (
        <p className="ok">No problems: this cadence can be published.</p>
      ) : (
        <ul aria-label="Problems">
          {[...errors, ...warnings].map((i, n) => {
            const nodeId = target(i);
            const kind = `${isComplianceIssue(i) ? 'Compliance ' : ''}${i.severity === 'error' ? 'error' : 'warning'}`;
            const text = `${kind.charAt(0).toUpperCase()}${kind.slice(1)}: ${issuePlace(i, nodeName, edgeSource)}: ${i.message}`;
            return (
              <li key={`${i.code}-${i.nodeId ?? i.edgeId ?? ''}-${i.field ?? ''}-${n}`} className={`problem ${i.severity}`}>
                {nodeId ? (
                  <button type="button" className="link-button" onClick={() => onFocusNode(nodeId)}>
                    {text}
                  </button>
                ) : (
                  <span>{text}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
