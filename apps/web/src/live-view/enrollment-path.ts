// The path an enrollment took through the graph, from its timeline: every step it entered, every
// arrow it left through, and where it is now.
import type { TimelineEntry } from '../api/types';

export interface EnrollmentPath {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  current?: string;
}

export function enrollmentPath(
  timeline: readonly Pick<TimelineEntry, 'type' | 'stepId' | 'outcome'>[],
  edges: ReadonlyArray<{ id: string; source: string; sourceHandle: string }>,
  current: string | null,
): EnrollmentPath {
  const nodes = new Set<string>();
  const taken = new Set<string>();
  const edgeOf = new Map(edges.map((e) => [`${e.source}\u0000${e.sourceHandle}`, e.id]));
  for (const entry of timeline) {
    if (!entry.stepId) continue;
    if (entry.type === 'entered') nodes.add(entry.stepId);
    if (entry.type === 'left' && entry.outcome) {
      const edge = edgeOf.get(`${entry.stepId}\u0000${entry.outcome}`);
      if (edge) taken.add(edge);
    }
  }
  return { nodes, edges: taken, ...(current ? { current } : {}) };
}
