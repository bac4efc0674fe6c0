// Pure edits of the canvas graph. The store calls these and records undo history around them;
// keeping them pure makes each one testable without React.
import type { NodeRegistry } from '@kairos/cadence';
import { ARROW, edgeAriaLabel, nodeAriaLabel, outcomeLabel, type CadenceFlowEdge, type CadenceFlowNode } from './flow-graph';
import { newEdgeId, newNodeId } from './node-ids';

export interface FlowGraph {
  nodes: CadenceFlowNode[];
  edges: CadenceFlowEdge[];
}

export interface XY {
  x: number;
  y: number;
}

/** Vertical distance between a node and the one appended below it. */
export const STEP_GAP = 150;
/** Horizontal distance between siblings appended to different outcomes. */
export const SIBLING_GAP = 260;

const idsOf = (items: ReadonlyArray<{ id: string }>) => new Set(items.map((i) => i.id));

export function outcomesOf(registry: NodeRegistry, node: CadenceFlowNode): { id: string; label: string }[] {
  const kind = registry.get(node.data.kind);
  if (!kind) return [];
  try {
    return kind.outcomes(node.data.config);
  } catch {
    return kind.outcomes(kind.defaults);
  }
}

/** A new node of `kind` with the kind's default config, not yet in the graph. */
export function createNode(registry: NodeRegistry, graph: FlowGraph, kind: string, position: XY): CadenceFlowNode {
  const k = registry.get(kind);
  if (!k) throw new Error(`node kind "${kind}" is not installed`);
  const id = newNodeId(kind, idsOf(graph.nodes));
  const data = { kind, config: structuredClone(k.defaults), configVersion: k.version };
  return { id, type: 'cadence', position, data, ariaLabel: nodeAriaLabel(registry, id, data) };
}

function edgeBetween(registry: NodeRegistry, graph: FlowGraph, source: CadenceFlowNode, outcome: string, target: string): CadenceFlowEdge {
  const label = outcomeLabel(registry, source.data.kind, source.data.config, outcome);
  return {
    id: newEdgeId(source.id, outcome, target, idsOf(graph.edges)),
    type: 'outcome',
    source: source.id,
    sourceHandle: outcome,
    target,
    markerEnd: ARROW,
    ariaLabel: edgeAriaLabel(label, source.id, target),
    data: { outcomeLabel: label },
  };
}

/**
 * Wire `outcome` of `source` to `target`. An outcome leads to one place, so an edge it already had is
 * replaced; `target: null` unwires it. Self-loops and edges into unknown nodes are refused (unchanged graph).
 */
export function wireOutcome(registry: NodeRegistry, graph: FlowGraph, source: string, outcome: string, target: string | null): FlowGraph {
  const from = graph.nodes.find((n) => n.id === source);
  if (!from) return graph;
  const kept = graph.edges.filter((e) => !(e.source === source && e.sourceHandle === outcome));
  if (target === null) return { ...graph, edges: kept };
  if (target === source || !graph.nodes.some((n) => n.id === target)) return graph;
  const rest = { ...graph, edges: kept };
  return { ...rest, edges: [...kept, edgeBetween(registry, rest, from, outcome, target)] };
}

/** Add `node`; if `after` names a node, wire its first unwired outcome (or `after.outcome`) to the new node. */
export function addNode(registry: NodeRegistry, graph: FlowGraph, node: CadenceFlowNode, after?: { nodeId: string; outcome?: string }): FlowGraph {
  const withNode: FlowGraph = { nodes: [...graph.nodes, node], edges: graph.edges };
  if (!after) return withNode;
  const from = graph.nodes.find((n) => n.id === after.nodeId);
  if (!from) return withNode;
  const outcome = after.outcome ?? firstUnwiredOutcome(registry, graph, from);
  return outcome ? wireOutcome(registry, withNode, from.id, outcome, node.id) : withNode;
}

export function firstUnwiredOutcome(registry: NodeRegistry, graph: FlowGraph, node: CadenceFlowNode): string | undefined {
  const wired = new Set(graph.edges.filter((e) => e.source === node.id).map((e) => e.sourceHandle));
  return outcomesOf(registry, node).find((o) => !wired.has(o.id))?.id;
}

/** Where a node appended to `from`'s outcome goes: below it, outcomes side by side. */
export function positionBelow(registry: NodeRegistry, from: CadenceFlowNode, outcome: string | undefined): XY {
  const outcomes = outcomesOf(registry, from);
  const index = Math.max(0, outcomes.findIndex((o) => o.id === outcome));
  const spread = (index - (outcomes.length - 1) / 2) * SIBLING_GAP;
  return { x: from.position.x + (outcomes.length > 1 ? spread : 0), y: from.position.y + STEP_GAP };
}

/** Put `node` (new) in the middle of edge `edgeId`: source → node → old target, through the node's first outcome. */
export function insertOnEdge(registry: NodeRegistry, graph: FlowGraph, node: CadenceFlowNode, edgeId: string): FlowGraph {
  const edge = graph.edges.find((e) => e.id === edgeId);
  if (!edge) return addNode(registry, graph, node);
  const withNode: FlowGraph = { nodes: [...graph.nodes, node], edges: graph.edges };
  const into = wireOutcome(registry, withNode, edge.source, edge.sourceHandle, node.id);
  const first = outcomesOf(registry, node)[0];
  return first ? wireOutcome(registry, into, node.id, first.id, edge.target) : into;
}

/** Remove nodes (with every edge touching them) and edges. */
export function removeElements(graph: FlowGraph, nodeIds: ReadonlySet<string>, edgeIds: ReadonlySet<string>): FlowGraph {
  return {
    nodes: graph.nodes.filter((n) => !nodeIds.has(n.id)),
    edges: graph.edges.filter((e) => !edgeIds.has(e.id) && !nodeIds.has(e.source) && !nodeIds.has(e.target)),
  };
}

/** Change a node's config; the labels of edges leaving it follow (branch rules rename outcomes). */
export function setNodeConfig(registry: NodeRegistry, graph: FlowGraph, nodeId: string, config: Record<string, unknown>): FlowGraph {
  const nodes = graph.nodes.map((n) => (n.id === nodeId ? { ...n, data: { ...n.data, config } } : n));
  const node = nodes.find((n) => n.id === nodeId);
  if (!node) return graph;
  const edges = graph.edges.map((e) => {
    if (e.source !== nodeId) return e;
    const label = outcomeLabel(registry, node.data.kind, config, e.sourceHandle);
    return label === e.data?.outcomeLabel ? e : { ...e, ariaLabel: edgeAriaLabel(label, e.source, e.target), data: { outcomeLabel: label } };
  });
  return { nodes, edges };
}

export function setNodeLabel(registry: NodeRegistry, graph: FlowGraph, nodeId: string, label: string): FlowGraph {
  return {
    ...graph,
    nodes: graph.nodes.map((n) => {
      if (n.id !== nodeId) return n;
      const { label: _old, ...rest } = n.data;
      const data = label.trim() ? { ...rest, label } : rest;
      return { ...n, data, ariaLabel: nodeAriaLabel(registry, n.id, data) };
    }),
  };
}

/**
 * Add a copied fragment: nodes get fresh ids (so pasting twice makes two copies), positions move by
 * `offset`, and only edges between copied nodes come along. The pasted nodes come selected.
 */
export function pasteFragment(registry: NodeRegistry, graph: FlowGraph, fragment: FlowGraph, offset: XY): { graph: FlowGraph; pastedIds: string[] } {
  const taken = idsOf(graph.nodes);
  const renamed = new Map<string, string>();
  const nodes = fragment.nodes.map((n) => {
    const id = newNodeId(n.data.kind, taken);
    taken.add(id);
    renamed.set(n.id, id);
    const data = structuredClone(n.data);
    return { ...n, id, selected: true, position: { x: n.position.x + offset.x, y: n.position.y + offset.y }, data, ariaLabel: nodeAriaLabel(registry, id, data) };
  });
  const edgeIds = idsOf(graph.edges);
  const edges = fragment.edges.flatMap((e) => {
    const source = renamed.get(e.source);
    const target = renamed.get(e.target);
    if (!source || !target) return [];
    const id = newEdgeId(source, e.sourceHandle, target, edgeIds);
    edgeIds.add(id);
    return [{ ...e, id, source, target, selected: false, ariaLabel: edgeAriaLabel(e.data?.outcomeLabel ?? e.sourceHandle, source, target) }];
  });
  const deselected = graph.nodes.map((n) => (n.selected ? { ...n, selected: false } : n));
  return { graph: { nodes: [...deselected, ...nodes], edges: [...graph.edges, ...edges] }, pastedIds: nodes.map((n) => n.id) };
}

/** The selected nodes and the edges among them (plus selected edges between them), for copy. */
export function selectedFragment(graph: FlowGraph): FlowGraph {
  const nodes = graph.nodes.filter((n) => n.selected);
  const ids = idsOf(nodes);
  return { nodes, edges: graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}
