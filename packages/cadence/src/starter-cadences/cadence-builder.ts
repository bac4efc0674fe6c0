// Cadences as code: a small builder for the starter cadences, laid out in layers from the entry so
// they open readably in the editor (the editor's auto layout can tidy them further).
import type { CadenceGraph } from '../graph';

interface PendingNode {
  id: string;
  type: string;
  label?: string;
  config: Record<string, unknown>;
}

export interface CadenceBuilder {
  /** Add a node; returns its id for wiring. */
  add(id: string, type: string, config: Record<string, unknown>, label?: string): string;
  /** Wire `from`'s outcome to `to`. */
  wire(from: string, outcome: string, to: string): void;
  build(): CadenceGraph;
}

const X_GAP = 280;
const Y_GAP = 150;

export function cadenceBuilder(): CadenceBuilder {
  const nodes: PendingNode[] = [];
  const edges: CadenceGraph['edges'] = [];
  return {
    add(id, type, config, label) {
      if (nodes.some((n) => n.id === id)) throw new Error(`starter cadence reuses node id ${id}`);
      nodes.push({ id, type, config, ...(label !== undefined ? { label } : {}) });
      return id;
    },
    wire(from, outcome, to) {
      edges.push({ id: `${from}--${outcome}--${to}`, source: from, sourceHandle: outcome, target: to });
    },
    build() {
      // Layer = longest path from the entry over forward edges (edges to an already-placed layer are back edges).
      const layer = new Map<string, number>();
      const entry = nodes.find((n) => n.type === 'entry')?.id;
      if (entry) {
        layer.set(entry, 0);
        const order = [entry];
        for (let i = 0; i < order.length; i++) {
          const id = order[i]!;
          for (const e of edges.filter((x) => x.source === id)) {
            const depth = layer.get(id)! + 1;
            if (!layer.has(e.target)) {
              layer.set(e.target, depth);
              order.push(e.target);
            } else if (layer.get(e.target)! < depth && depth < nodes.length) {
              // Push a shared step below every branch that leads to it, unless that would be a loop.
              if (!reaches(edges, e.target, id)) {
                layer.set(e.target, depth);
                order.push(e.target);
              }
            }
          }
        }
      }
      const perLayer = new Map<number, number>();
      return {
        nodes: nodes.map((n) => {
          const y = layer.get(n.id) ?? 0;
          const x = perLayer.get(y) ?? 0;
          perLayer.set(y, x + 1);
          return { id: n.id, type: n.type, position: { x: x * X_GAP, y: y * Y_GAP }, data: { ...(n.label ? { label: n.label } : {}), config: n.config } };
        }),
        edges,
      };
    },
  };
}

function reaches(edges: CadenceGraph['edges'], from: string, to: string): boolean {
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length) {
    const id = queue.shift()!;
    if (id === to) return true;
    for (const e of edges) {
      if (e.source !== id || seen.has(e.target)) continue;
      seen.add(e.target);
      queue.push(e.target);
    }
  }
  return false;
}
