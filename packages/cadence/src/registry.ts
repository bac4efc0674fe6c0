import type { NodeKind } from './define-node';

/** The node kinds a graph may use: the palette, the compiler and the worker all read the same one. */
export interface NodeRegistry {
  get(kind: string): NodeKind | undefined;
  list(): NodeKind[];
  /** A new registry with more kinds (for custom node packages). */
  with(...kinds: NodeKind[]): NodeRegistry;
}

export function createNodeRegistry(kinds: readonly NodeKind[]): NodeRegistry {
  const byKind = new Map<string, NodeKind>();
  for (const k of kinds) {
    if (byKind.has(k.kind)) throw new Error(`node kind "${k.kind}" is registered twice`);
    byKind.set(k.kind, k);
  }
  return {
    get: (kind) => byKind.get(kind),
    list: () => [...byKind.values()],
    with: (...more) => createNodeRegistry([...byKind.values(), ...more]),
  };
}
