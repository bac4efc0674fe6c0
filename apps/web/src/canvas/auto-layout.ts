// "Tidy up": a layered top-to-bottom layout of the cadence by dagre, keeping node sizes as measured.
import { Graph, layout } from '@dagrejs/dagre';
import type { FlowGraph, XY } from '../graph/graph-edits';

export const DEFAULT_NODE_SIZE = { width: 220, height: 96 };

/** New top-left positions for every node: steps flow downwards, an outcome's targets side by side. */
export function autoLayout(graph: FlowGraph): Map<string, XY> {
  const g = new Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 50, ranksep: 70, marginx: 20, marginy: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of graph.nodes) {
    g.setNode(n.id, { width: n.measured?.width ?? DEFAULT_NODE_SIZE.width, height: n.measured?.height ?? DEFAULT_NODE_SIZE.height });
  }
  for (const e of graph.edges) if (g.hasNode(e.source) && g.hasNode(e.target)) g.setEdge(e.source, e.target, {}, e.id);
  layout(g);
  const out = new Map<string, XY>();
  for (const n of graph.nodes) {
    const placed = g.node(n.id) as { x: number; y: number; width: number; height: number };
    // dagre places centres; React Flow positions are top-left corners.
    out.set(n.id, { x: Math.round(placed.x - placed.width / 2), y: Math.round(placed.y - placed.height / 2) });
  }
  return out;
}
