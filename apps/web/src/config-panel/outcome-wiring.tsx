import { useId } from 'react';
import type { CadenceFlowNode } from '../graph/flow-graph';
import { outcomesOf } from '../graph/graph-edits';
import { editorRegistry } from '../registry';
import { useEditor, useEditorStoreApi } from '../store/editor-context';

const describe = (n: CadenceFlowNode) => `${editorRegistry.get(n.data.kind)?.title ?? n.data.kind}${n.data.label ? `: ${n.data.label}` : ''} (${n.id})`;

/** Where each outcome of a node leads, chosen from a list: the keyboard way to connect steps. */
export function OutcomeWiring({ node, disabled }: { node: CadenceFlowNode; disabled: boolean }) {
  const store = useEditorStoreApi();
  useEditor((s) => s.contentCount); // options and wiring change only with the content
  const { nodes, edges } = store.getState();
  const baseId = useId();
  const outcomes = outcomesOf(editorRegistry, node);
  if (outcomes.length === 0) return <p className="muted">This step ends the cadence: it has no outcomes.</p>;
  const targets = nodes.filter((n) => n.id !== node.id && editorRegistry.get(n.data.kind)?.category !== 'entry');
  return (
    <fieldset className="outcome-wiring" disabled={disabled}>
      <legend>Outcomes</legend>
      {outcomes.map((o) => {
        const id = `${baseId}-${o.id}`;
        const current = edges.find((e) => e.source === node.id && e.sourceHandle === o.id)?.target ?? '';
        return (
          <div className="field" key={o.id}>
            <label htmlFor={id}>{o.label} goes to</label>
            <select id={id} value={current} onChange={(e) => store.getState().wire(node.id, o.id, e.target.value || null)} aria-invalid={!current || undefined}>
              <option value="">Not connected</option>
              {targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {describe(t)}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </fieldset>
  );
}
