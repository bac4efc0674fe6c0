// What changed between the live version's graph and a draft: nodes added, removed and changed
// (label, kind, each config field; templates as whole texts for a side-by-side diff), and edges.
// Positions never count: they do not change what runs, nor the content hash.
import type { CadenceGraph, GraphEdge, GraphNode } from '@kairos/cadence';
import canonicalize from 'canonicalize';

export interface NodeSummary {
  id: string;
  type: string;
  label?: string;
}

export interface FieldChange {
  /** `type`, `label`, or `config.<key>`. */
  field: string;
  /** `template`: a message text to show side by side; `config`: any other setting. */
  kind: 'template' | 'config' | 'meta';
  before: unknown;
  after: unknown;
}

export interface NodeChange extends NodeSummary {
  changes: FieldChange[];
}

/** An edge is the wiring of one outcome of one node: `source` + `sourceHandle`. */
export interface EdgeChange {
  source: string;
  sourceHandle: string;
  /** Null when the outcome was not wired before (added) or is not wired now (removed). */
  before: string | null;
  after: string | null;
}

export interface GraphDiff {
  /** True when nothing that runs differs. */
  unchanged: boolean;
  nodes: { added: NodeSummary[]; removed: NodeSummary[]; changed: NodeChange[] };
  edges: { added: EdgeChange[]; removed: EdgeChange[]; retargeted: EdgeChange[] };
}

const same = (a: unknown, b: unknown) => canonicalize(a ?? null) === canonicalize(b ?? null);
const summary = (n: GraphNode): NodeSummary => ({ id: n.id, type: n.type, ...(n.data.label !== undefined ? { label: n.data.label } : {}) });

/** Config fields whose text is a message template (shown in a text diff rather than as values). */
const TEMPLATE_FIELDS = new Set(['body', 'subject', 'script', 'message']);

function nodeChanges(before: GraphNode, after: GraphNode): FieldChange[] {
  const changes: FieldChange[] = [];
  if (before.type !== after.type) changes.push({ field: 'type', kind: 'meta', before: before.type, after: after.type });
  if ((before.data.label ?? null) !== (after.data.label ?? null)) {
    changes.push({ field: 'label', kind: 'meta', before: before.data.label ?? null, after: after.data.label ?? null });
  }
  const keys = new Set([...Object.keys(before.data.config), ...Object.keys(after.data.config)]);
  for (const key of [...keys].sort()) {
    const b = before.data.config[key];
    const a = after.data.config[key];
    if (same(b, a)) continue;
    const template = TEMPLATE_FIELDS.has(key) && (typeof a === 'string' || typeof b === 'string');
    changes.push({ field: `config.${key}`, kind: template ? 'template' : 'config', before: b ?? null, after: a ?? null });
  }
  return changes;
}

const wiring = (edges: readonly GraphEdge[]) => new Map(edges.map((e) => [`${e.source}\u0000${e.sourceHandle}`, e] as const));

/** Diff a draft against the live graph (`null` when nothing is published yet: everything is added). */
export function diffGraphs(live: CadenceGraph | null, draft: CadenceGraph): GraphDiff {
  const beforeNodes = new Map((live?.nodes ?? []).map((n) => [n.id, n] as const));
  const afterNodes = new Map(draft.nodes.map((n) => [n.id, n] as const));
  const nodes: GraphDiff['nodes'] = { added: [], removed: [], changed: [] };
  for (const n of draft.nodes) {
    const old = beforeNodes.get(n.id);
    if (!old) nodes.added.push(summary(n));
    else {
      const changes = nodeChanges(old, n);
      if (changes.length) nodes.changed.push({ ...summary(n), changes });
    }
  }
  for (const n of live?.nodes ?? []) if (!afterNodes.has(n.id)) nodes.removed.push(summary(n));

  const beforeEdges = wiring(live?.edges ?? []);
  const afterEdges = wiring(draft.edges);
  const edges: GraphDiff['edges'] = { added: [], removed: [], retargeted: [] };
  for (const [key, e] of afterEdges) {
    const old = beforeEdges.get(key);
    if (!old) edges.added.push({ source: e.source, sourceHandle: e.sourceHandle, before: null, after: e.target });
    else if (old.target !== e.target) edges.retargeted.push({ source: e.source, sourceHandle: e.sourceHandle, before: old.target, after: e.target });
  }
  for (const [key, e] of beforeEdges) {
    if (!afterEdges.has(key)) edges.removed.push({ source: e.source, sourceHandle: e.sourceHandle, before: e.target, after: null });
  }
  const unchanged = [nodes.added, nodes.removed, nodes.changed, edges.added, edges.removed, edges.retargeted].every((l) => l.length === 0);
  return { unchanged, nodes, edges };
}
