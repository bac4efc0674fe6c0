import { expect, it } from 'vitest';
import type { CadenceGraph } from '@kairos/cadence';
import { promoteArm } from './promote-arm';

const node = (id: string, type = 'send-message') => ({ id, type, position: { x: 0, y: 0 }, data: { config: {} } });
const edge = (source: string, sourceHandle: string, target: string) => ({ id: `${source}-${sourceHandle}`, source, sourceHandle, target });
const graph: CadenceGraph = {
  nodes: [node('start', 'entry'), node('split', 'ab-split'), node('a'), node('b'), node('b2'), node('end', 'exit')],
  edges: [edge('start', 'next', 'split'), edge('split', 'variant:A', 'a'), edge('split', 'variant:B', 'b'), edge('b', 'next', 'b2'), edge('a', 'next', 'end'), edge('b2', 'next', 'end')],
};

it("replaces the split by the winning arm's path and drops what only the other arms reached", () => {
  const r = promoteArm(graph, 'split', 'variant:A', ['start']);
  expect(r.ok && r.graph.nodes.map((n) => n.id)).toEqual(['start', 'a', 'end']);
  expect(r.ok && r.graph.edges.map((e) => `${e.source}>${e.target}`)).toEqual(['start>a', 'a>end']);
});

it('says which part is missing: the split, or a path for the arm', () => {
  expect(promoteArm(graph, 'nope', 'variant:A', ['start'])).toMatchObject({ ok: false, reason: 'no-split' });
  expect(promoteArm(graph, 'split', 'control', ['start'])).toMatchObject({ ok: false, reason: 'no-arm' });
});
