// What toolbars, shortcuts, the palette and the problems list ask of the canvas, in one hook.
import { useReactFlow } from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import type { CadenceFlowEdge, CadenceFlowNode } from '../graph/flow-graph';
import { useEditorStoreApi } from '../store/editor-context';
import { autoLayout, DEFAULT_NODE_SIZE } from './auto-layout';
import { NODE_WIDTH } from './cadence-node';

export const FIT_VIEW_OPTIONS = { padding: 0.15, maxZoom: 1, minZoom: 0.05 };

export function useCanvasCommands() {
  const store = useEditorStoreApi();
  const rf = useReactFlow<CadenceFlowNode, CadenceFlowEdge>();

  /** The flow position at the middle of the visible canvas, where a node added without a place goes. */
  const viewCenter = useCallback(() => {
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!pane) return { x: 0, y: 0 };
    const p = rf.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 });
    return { x: p.x - NODE_WIDTH / 2, y: p.y - DEFAULT_NODE_SIZE.height / 2 };
  }, [rf]);

  const centerOn = useCallback(
    (id: string, duration = 250) => {
      const node = rf.getNode(id);
      if (!node) return;
      const w = node.measured?.width ?? NODE_WIDTH;
      const h = node.measured?.height ?? DEFAULT_NODE_SIZE.height;
      void rf.setCenter(node.position.x + w / 2, node.position.y + h / 2, { zoom: Math.max(rf.getZoom(), 0.8), duration });
    },
    [rf],
  );

  return useMemo(
    () => ({
      fitView: () => void rf.fitView({ ...FIT_VIEW_OPTIONS, duration: 250 }),
      layout: () => {
        const s = store.getState();
        if (s.readOnly) return;
        s.applyPositions(autoLayout(s));
        requestAnimationFrame(() => void rf.fitView({ ...FIT_VIEW_OPTIONS, duration: 250 }));
      },
      /** Add a node from the palette by click or keyboard, and bring it into view. */
      addFromPalette: (kind: string) => {
        const id = store.getState().addNodeOfKind(kind, { fallback: viewCenter() });
        requestAnimationFrame(() => centerOn(id));
        return id;
      },
      duplicateSelection: () => {
        const s = store.getState();
        const fragment = s.copySelection();
        if (fragment) s.paste(fragment);
      },
      /** Select a node, bring it into view and move keyboard focus to it (the problems list does this). */
      focusNode: (id: string) => {
        store.getState().selectOnly(id);
        centerOn(id);
        // The node may only be rendered once it is in view.
        setTimeout(() => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: true }), 300);
      },
    }),
    [rf, store, viewCenter, centerOn],
  );
}

export type CanvasCommands = ReturnType<typeof useCanvasCommands>;
