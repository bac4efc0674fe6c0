import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInRegistry, type CadenceGraph } from '@kairos/cadence';
import { fromFlow, toFlow } from './flow-graph';

const example = (name: string): CadenceGraph =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../../packages/cadence/examples', `${name}.json`), 'utf8'));

describe('graph ⇄ canvas conversion', () => {
  it('round-trips the example cadences unchanged', () => {
    for (const name of ['three-reminders', 'promise-follow-up']) {
      const graph = example(name);
      const { nodes, edges } = toFlow(graph, builtInRegistry);
      const back = fromFlow(nodes, edges);
      expect(back.edges).toEqual(graph.edges);
      expect(back.nodes).toEqual(graph.nodes.map((n) => ({ ...n, data: { config: n.data.config, ...(n.data.label ? { label: n.data.label } : {}) } })));
    }
  });

  it('puts every cadence node on the canvas as a cadence node carrying its kind, and labels edges with their outcome', () => {
    const { nodes, edges } = toFlow(example('promise-follow-up'), builtInRegistry);
    expect(new Set(nodes.map((n) => n.type))).toEqual(new Set(['cadence']));
    expect(nodes.map((n) => n.data.kind)).toContain('wait-for-event');
    const listen = nodes.find((n) => n.data.kind === 'wait-for-event')!;
    const fromListen = edges.filter((e) => e.source === listen.id).map((e) => e.data?.outcomeLabel);
    expect(fromListen).toEqual(expect.arrayContaining(['Timed out']));
    const timeout = edges.find((e) => e.source === listen.id && e.data?.outcomeLabel === 'Timed out')!;
    expect(timeout.ariaLabel).toBe(`Timed out: from ${listen.id} to ${timeout.target}`);
    expect(nodes.find((n) => n.id === listen.id)!.ariaLabel).toMatch(new RegExp(`^Wait for event.*\\(${listen.id}\\)$`));
  });

  it('drops what only the canvas knows (selection, measured size) and rounds dragged positions', () => {
    const graph = example('three-reminders');
    const { nodes, edges } = toFlow(graph, builtInRegistry);
    const moved = nodes.map((n, i) => (i === 0 ? { ...n, selected: true, measured: { width: 200, height: 80 }, position: { x: 10.4, y: 20.6 } } : n));
    const back = fromFlow(moved, edges.map((e) => ({ ...e, selected: true })));
    expect(back.nodes[0]).toEqual({ ...graph.nodes[0], position: { x: 10, y: 21 } });
    expect(Object.keys(back.edges[0]!).sort()).toEqual(['id', 'source', 'sourceHandle', 'target']);
  });

  it('keeps a node whose kind is not installed, so the editor can show it marked', () => {
    const graph = { nodes: [{ id: 'x', type: 'acme/agency', position: { x: 0, y: 0 }, data: { config: { agency: 'A' }, configVersion: 2 } }], edges: [] };
    const { nodes } = toFlow(graph, builtInRegistry);
    expect(nodes[0]!.data).toEqual({ kind: 'acme/agency', config: { agency: 'A' }, configVersion: 2 });
    expect(fromFlow(nodes, [])).toEqual(graph);
  });

  it('refuses data that is not a graph, naming the field', () => {
    expect(() => toFlow({ nodes: [{ id: 'a' }], edges: [] }, builtInRegistry)).toThrow(/nodes\.0\.type/);
    expect(() => toFlow(null, builtInRegistry)).toThrow(/not a cadence graph/);
  });
});
