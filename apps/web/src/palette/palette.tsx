import { useId, useMemo, useState, type DragEvent } from 'react';
import type { NodeKind } from '@kairos/cadence';
import { editorRegistry } from '../registry';
import { NodeIcon } from './node-icon';
import { paletteGroups } from './palette-model';

/** The drag-and-drop payload type: a node kind id. */
export const NODE_KIND_MIME = 'application/x-kairos-node-kind';

export interface PaletteProps {
  /** Add a node of `kind` (click, Enter or Space): below the selected node, or in the middle of the view. */
  onAdd(kind: string): void;
  disabled?: boolean;
}

/** Node kinds from the registry, by category, with search. Drag one onto the canvas or an edge, or press it to append it. */
export function Palette({ onAdd, disabled }: PaletteProps) {
  const [query, setQuery] = useState('');
  const groups = useMemo(() => paletteGroups(editorRegistry, query), [query]);
  const searchId = useId();
  const onDragStart = (e: DragEvent, kind: NodeKind) => {
    e.dataTransfer.setData(NODE_KIND_MIME, kind.kind);
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <aside className="palette" aria-label="Node palette">
      <label htmlFor={searchId} className="visually-hidden">
        Search node kinds
      </label>
      <input id={searchId} type="search" className="palette-search" placeholder="Search nodes  ( / )" value={query} onChange={(e) => setQuery(e.target.value)} data-palette-search />
      {groups.length === 0 && (
        <p className="muted" role="status">
          No node kind matches “{query}”. Try another word, such as “wait” or “sms”.
        </p>
      )}
      {groups.map((g) => (
        <section key={g.category} aria-labelledby={`${searchId}-${g.category}`} className="palette-group">
          <h2 id={`${searchId}-${g.category}`}>{g.title}</h2>
          <ul>
            {g.kinds.map((k) => (
              <li key={k.kind}>
                <button
                  type="button"
                  className={`palette-item category-${k.category}`}
                  draggable={!disabled}
                  disabled={disabled}
                  onDragStart={(e) => onDragStart(e, k)}
                  onClick={() => onAdd(k.kind)}
                  aria-label={`Add ${k.title}`}
                  aria-describedby={`${searchId}-${k.kind}-desc`}
                  title={k.description}
                >
                  <NodeIcon name={k.icon} />
                  <span>{k.title}</span>
                </button>
                <span id={`${searchId}-${k.kind}-desc`} className="visually-hidden">
                  {k.description}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p className="palette-hint muted">Drag onto the canvas or onto an arrow to insert. Press to add below the selected step.</p>
    </aside>
  );
}
