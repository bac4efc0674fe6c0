import { Background, Controls, MiniMap, ReactFlow, type NodeTypes, type EdgeTypes } from '@xyflow/react';
import { useState } from 'react';
import type { CadenceFlowEdge, CadenceFlowNode } from '../graph/flow-graph';
import { useEditor, useEditorStoreApi } from '../store/editor-context';
import { CadenceNode } from './cadence-node';
import { FIT_VIEW_OPTIONS } from './canvas-commands';
import { OutcomeEdge } from './outcome-edge';
import { usePaletteDrop } from './palette-drop';

const nodeTypes: NodeTypes = { cadence: CadenceNode };
const edgeTypes: EdgeTypes = { outcome: OutcomeEdge };

const ARIA = {
  'node.a11yDescription.default': 'Press Enter or Space to select this step; its settings open beside the canvas. Delete removes it.',
  'node.a11yDescription.keyboardDisabled': 'Press Enter or Space to select this step, then the arrow keys to move it.',
  'edge.a11yDescription.default': 'Press Enter or Space to select this arrow, then Delete to remove it.',
  'controls.ariaLabel': 'Zoom controls',
  'controls.zoomIn.ariaLabel': 'Zoom in',
  'controls.zoomOut.ariaLabel': 'Zoom out',
  'controls.fitView.ariaLabel': 'Zoom to fit',
  'controls.interactive.ariaLabel': 'Lock or unlock editing',
  'minimap.ariaLabel': 'Minimap of the whole cadence',
};

/** Above this many steps a cadence opens at a readable zoom on its Entry instead of fitted: fewer, legible nodes to draw first. */
export const LARGE_CADENCE = 150;
const OPEN_ZOOM = 0.8;

function openingViewport(nodes: readonly CadenceFlowNode[]) {
  const entry = nodes.find((n) => n.data.kind === 'entry') ?? nodes[0];
  const at = entry?.position ?? { x: 0, y: 0 };
  return { x: 80 - at.x * OPEN_ZOOM, y: 40 - at.y * OPEN_ZOOM, zoom: OPEN_ZOOM };
}

/**
 * The pane swallows the mouse-down that would move focus, so after pressing a header button (say
 * Tidy up) a click on the empty canvas left focus on that button, and the canvas's keys (L, F,
 * Delete) did nothing. A click on the pane lets go of focus held outside the canvas.
 */
function releaseOutsideFocus() {
  const active = document.activeElement;
  if (active instanceof HTMLElement && !active.closest('.canvas')) active.blur();
}

const miniMapColor = (n: CadenceFlowNode) => (n.data.kind === 'entry' ? '#0f766e' : n.data.kind === 'exit' ? '#475569' : '#94a3b8');

/** The cadence as a graph: drawn from the editor store, editing it back through the store. */
export function Canvas({ label }: { label: string }) {
  const store = useEditorStoreApi();
  const nodes = useEditor((s) => s.nodes);
  const edges = useEditor((s) => s.edges);
  const readOnly = useEditor((s) => s.readOnly);
  const drop = usePaletteDrop();
  const actions = store.getState();
  // Decided once, when the canvas opens.
  const [large] = useState(() => nodes.length > LARGE_CADENCE);
  const [opening] = useState(() => openingViewport(nodes));

  return (
    <div className="canvas" aria-label={label} role="region" onDragOver={drop.onDragOver} onDragLeave={drop.onDragLeave} onDrop={drop.onDrop}>
      <ReactFlow<CadenceFlowNode, CadenceFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={actions.onNodesChange}
        onEdgesChange={actions.onEdgesChange}
        onConnect={actions.onConnect}
        onPaneClick={releaseOutsideFocus}
        onNodeDragStart={actions.beginDrag}
        onNodeDragStop={actions.endDrag}
        onSelectionDragStart={actions.beginDrag}
        onSelectionDragStop={actions.endDrag}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        edgesReconnectable={false}
        // Deleting is the store's job (one undo step for nodes and their arrows); see the shortcuts.
        deleteKeyCode={null}
        fitView={!large}
        fitViewOptions={FIT_VIEW_OPTIONS}
        defaultViewport={large ? opening : undefined}
        minZoom={0.05}
        maxZoom={2}
        onlyRenderVisibleElements
        ariaLabelConfig={ARIA}
        proOptions={{ hideAttribution: false }}
      >
        <Background gap={24} />
        <MiniMap pannable zoomable nodeColor={miniMapColor} ariaLabel={ARIA['minimap.ariaLabel']} />
        <Controls showInteractive={false} fitViewOptions={FIT_VIEW_OPTIONS} />
      </ReactFlow>
    </div>
  );
}
