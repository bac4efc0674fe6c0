import { describe, expect, it } from 'vitest';
import { starterCadences } from '@kairos/cadence/starter-cadences';
import { previewLayout } from './starter-preview-layout';

describe('the starter preview', () => {
  it.each(starterCadences().map((s) => [s.id, s.graph] as const))('draws every step of %s inside its box, and a line per arrow', (_id, graph) => {
    const p = previewLayout(graph, { width: 160, height: 96 });
    expect(p.boxes).toHaveLength(graph.nodes.length);
    expect(p.lines).toHaveLength(graph.edges.length);
    for (const b of p.boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + p.box.width).toBeLessThanOrEqual(160 + 1e-9);
      expect(b.y + p.box.height).toBeLessThanOrEqual(96 + 1e-9);
    }
  });

  it('keeps a lone step in the middle', () => {
    const p = previewLayout({ nodes: [{ id: 'e', type: 'entry', position: { x: 500, y: 500 }, data: { config: {} } }], edges: [] }, { width: 100, height: 100, padding: 0 });
    expect(p.boxes[0]!.x + p.box.width / 2).toBeCloseTo(50);
    expect(p.boxes[0]!.y + p.box.height / 2).toBeCloseTo(50);
  });
});
