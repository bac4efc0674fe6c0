// Dropping a palette item on the canvas: on an arrow it is inserted into it, elsewhere it lands where dropped.
import { useReactFlow } from '@xyflow/react';
import { useMemo, useRef, type DragEvent } from 'react';
import { NODE_KIND_MIME } from '../palette/palette';
import { useEditorStoreApi } from '../store/editor-context';
import { NODE_WIDTH } from './cadence-node';

/** The id of the arrow under a screen point, using the arrows' wide invisible hit paths. */
export function edgeAt(x: number, y: number): string | undefined {
  for (const el of document.elementsFromPoint(x, y)) {
    const edge = el.closest('.react-flow__edge');
    if (edge) return edge.getAttribute('data-id') ?? undefined;
  }
  return undefined;
}

export function usePaletteDrop() {
  const store = useEditorStoreApi();
  const rf = useReactFlow();
  const highlighted = useRef<Element | null>(null);

  return useMemo(() => {
    const highlight = (edgeId: string | undefined) => {
      const el = edgeId ? document.querySelector(`.react-flow__edge[data-id="${CSS.escape(edgeId)}"]`) : null;
      if (el === highlighted.current) return;
      highlighted.current?.classList.remove('drop-target');
      el?.classList.add('drop-target');
      highlighted.current = el;
    };
    return {
      onDragOver(e: DragEvent) {
        if (!e.dataTransfer.types.includes(NODE_KIND_MIME) || store.getState().readOnly) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        highlight(edgeAt(e.clientX, e.clientY));
      },
      onDragLeave() {
        highlight(undefined);
      },
      onDrop(e: DragEvent) {
        const kind = e.dataTransfer.getData(NODE_KIND_MIME);
        highlight(undefined);
        if (!kind || store.getState().readOnly) return;
        e.preventDefault();
        const at = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
        const position = { x: at.x - NODE_WIDTH / 2, y: at.y - 24 };
        const onEdge = edgeAt(e.clientX, e.clientY);
        store.getState().addNodeOfKind(kind, { position, ...(onEdge ? { onEdge } : {}), fallback: position });
      },
    };
  }, [store, rf]);
}
