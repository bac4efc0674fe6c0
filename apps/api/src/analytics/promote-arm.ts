// Promoting an experiment's winning arm: the split is replaced by the arm's path. Pure graph surgery;
// the result is saved as a draft and goes through review and approval like any other edit.
import type { CadenceGraph } from '@kairos/cadence';

export type PromoteResult = { ok: true; graph: CadenceGraph } | { ok: false; reason: 'no-split' | 'no-arm'; message: string };

/**
 * The graph with split `splitId` removed: edges into it now go where `arm` led, and the nodes only the
 * other arms reached (now unreachable from the entry) are removed with their edges.
 */
export function promoteArm(graph: CadenceGraph, splitId: string, arm: string, entryIds: readonly string[]): PromoteResult {
  if (!graph.nodes.some((n) => n.id === splitId)) return { ok: false, reason: 'no-split', message: `the graph has no split node ${splitId}` };
  const armEdge = graph.edges.find((e) => e.source === splitId && e.sourceHandle === arm);
  if (!armEdge) return { ok: false, reason: 'no-arm', message: `the split ${splitId} has no path for ${arm}` };
  const rewired = graph.edges
    .filter((e) => e.source !== splitId)
    .map((e) => (e.target === splitId ? { ...e, target: armEdge.target } : e));
  const nodes = graph.nodes.filter((n) => n.id !== splitId);
  const reachable = new Set<string>(entryIds);
  const queue = [...entryIds];
  while (queue.length) {
    const at = queue.shift()!;
    for (const e of rewired) {
      if (e.source === at && !reachable.has(e.target)) {
        reachable.add(e.target);
        queue.push(e.target);
      }
    }
  }
  return {
    ok: true,
    graph: {
      nodes: nodes.filter((n) => reachable.has(n.id)),
      edges: rewired.filter((e) => reachable.has(e.source) && reachable.has(e.target)),
    },
  };
}
