import type { ReactNode } from 'react';
import { ConfigPanel } from '../config-panel/config-panel';
import { useEditor } from '../store/editor-context';

/** The id of the one selected node, "many" for a multi-selection, or null. A string, so the selector result is stable. */
export const selectedNodeId = (s: { nodes: ReadonlyArray<{ id: string; selected?: boolean }> }): string | null => {
  let id: string | null = null;
  for (const n of s.nodes) {
    if (!n.selected) continue;
    if (id !== null) return 'many';
    id = n.id;
  }
  return id;
};

/** The right-hand column: the selected step's settings, or what is shown when none is selected. */
export function Inspector({ children }: { children: ReactNode }) {
  const selected = useEditor(selectedNodeId);
  const node = useEditor((s) => (selected && selected !== 'many' ? s.nodes.find((n) => n.id === selected) : undefined));
  const readOnly = useEditor((s) => s.readOnly);
  if (node) return <ConfigPanel key={node.id} node={node} />;
  return (
    <aside className="inspector-idle" aria-label="Details">
      <p className="muted">{selected === 'many' ? 'Several steps are selected: move, copy or delete them together.' : `Select a step on the canvas to ${readOnly ? 'see' : 'edit'} its settings.`}</p>
      {children}
    </aside>
  );
}
