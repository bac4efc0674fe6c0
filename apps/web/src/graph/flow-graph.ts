// The editor works on React Flow nodes and edges; the API stores the cadence graph. This module is the
// one place that converts between the two, so nothing else needs to know both shapes.
import { MarkerType, type Edge, type EdgeMarker, type Node } from '@xyflow/react';
import { cadenceGraphSchema, type CadenceGraph, type NodeRegistry } from '@kairos/cadence';

/** What a canvas node carries: the cadence node's kind, label and config (`type` on the canvas is always `cadence`). */
export interface CadenceNodeData extends Record<string, unknown> {
  kind: string;
  label?: string;
  config: Record<string, unknown>;
  configVersion?: number;
}

/** What a canvas edge carries: the label of the outcome it leaves through. */
export interface OutcomeEdgeData extends Record<string, unknown> {
  outcomeLabel: string;
}

/** Every edge ends in an arrow: cadences read top to bottom, but a loop may point back up. */
export const ARROW: EdgeMarker = { type: MarkerType.ArrowClosed, width: 16, height: 16, markerUnits: 'userSpaceOnUse' };

export type CadenceFlowNode = Node<CadenceNodeData, 'cadence'>;
export type CadenceFlowEdge = Edge<OutcomeEdgeData, 'outcome'> & { sourceHandle: string };

/** The label of outcome `outcome` of a node of `kind` with `config`, or the outcome id when the kind does not know it. */
export function outcomeLabel(registry: NodeRegistry, kind: string, config: Record<string, unknown>, outcome: string): string {
  const k = registry.get(kind);
  if (!k) return outcome;
  try {
    return k.outcomes(config).find((o) => o.id === outcome)?.label ?? outcome;
  } catch {
    return outcome; // a config the kind cannot read yet (half-edited): validation says what is wrong
  }
}

/** The accessible name of a node on the canvas, e.g. "Send message: Friendly SMS (sms-1)". */
export function nodeAriaLabel(registry: NodeRegistry, id: string, data: CadenceNodeData): string {
  const title = registry.get(data.kind)?.title ?? `Unknown kind ${data.kind}`;
  return `${title}${data.label ? `: ${data.label}` : ''} (${id})`;
}

export function toFlowNode(node: CadenceGraph['nodes'][number], registry: NodeRegistry): CadenceFlowNode {
  const data: CadenceNodeData = {
    kind: node.type,
    config: node.data.config,
    ...(node.data.label !== undefined ? { label: node.data.label } : {}),
    ...(node.data.configVersion !== undefined ? { configVersion: node.data.configVersion } : {}),
  };
  return { id: node.id, type: 'cadence', position: { ...node.position }, data, ariaLabel: nodeAriaLabel(registry, node.id, data) };
}

/** The accessible name of an arrow, e.g. "Timed out: from listen-1 to exit-1". */
export const edgeAriaLabel = (outcome: string, source: string, target: string) => `${outcome}: from ${source} to ${target}`;

export function toFlowEdge(edge: CadenceGraph['edges'][number], label: string): CadenceFlowEdge {
  return {
    id: edge.id,
    type: 'outcome',
    source: edge.source,
    sourceHandle: edge.sourceHandle,
    target: edge.target,
    ...(edge.targetHandle ? { targetHandle: edge.targetHandle } : {}),
    markerEnd: ARROW,
    ariaLabel: edgeAriaLabel(label, edge.source, edge.target),
    data: { outcomeLabel: label },
  };
}

/** A stored graph as canvas nodes and edges. Throws with the first problem when `raw` is not a graph at all. */
export function toFlow(raw: unknown, registry: NodeRegistry): { nodes: CadenceFlowNode[]; edges: CadenceFlowEdge[] } {
  const parsed = cadenceGraphSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new Error(`the stored graph is not a cadence graph: ${first.path.join('.') || '(graph)'}: ${first.message}`);
  }
  const nodes = parsed.data.nodes.map((n) => toFlowNode(n, registry));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = parsed.data.edges.map((e) => {
    const source = byId.get(e.source);
    return toFlowEdge(e, source ? outcomeLabel(registry, source.data.kind, source.data.config, e.sourceHandle) : e.sourceHandle);
  });
  return { nodes, edges };
}

/** The canvas as a cadence graph: only what the cadence means (selection, sizes and canvas types are dropped). */
export function fromFlow(nodes: readonly CadenceFlowNode[], edges: readonly CadenceFlowEdge[]): CadenceGraph {
  return {
    nodes: nodes.map((n) => ({
      id: n.id,
      type: n.data.kind,
      position: { x: Math.round(n.position.x), y: Math.round(n.position.y) },
      data: {
        config: n.data.config,
        ...(n.data.label !== undefined && n.data.label !== '' ? { label: n.data.label } : {}),
        ...(n.data.configVersion !== undefined ? { configVersion: n.data.configVersion } : {}),
      },
    })),
    edges: edges.map((e) => ({
      id: e.id,
      source: e.source,
      sourceHandle: e.sourceHandle,
      target: e.target,
      ...(e.targetHandle ? { targetHandle: e.targetHandle } : {}),
    })),
  };
}
