// A thumbnail of a cadence: its steps as small boxes where the graph places them, scaled into a box,
// and its arrows as lines. Pure, so the picture is the same in tests and in the dialog.
import type { CadenceGraph } from '@kairos/cadence';

export interface PreviewBox {
  id: string;
  type: string;
  x: number;
  y: number;
}
export interface PreviewLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export interface PreviewLayout {
  width: number;
  height: number;
  box: { width: number; height: number };
  boxes: PreviewBox[];
  lines: PreviewLine[];
}

/** Graph units of a step on the canvas: what the editor draws before it measures. */
const STEP = { width: 220, height: 90 };

export function previewLayout(graph: CadenceGraph, size: { width: number; height: number; padding?: number }): PreviewLayout {
  const pad = size.padding ?? 4;
  // An empty graph draws nothing, around the origin.
  const xs = graph.nodes.length ? graph.nodes.map((n) => n.position.x) : [0];
  const ys = graph.nodes.length ? graph.nodes.map((n) => n.position.y) : [0];
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const spanX = Math.max(...xs) - minX + STEP.width;
  const spanY = Math.max(...ys) - minY + STEP.height;
  const scale = Math.min((size.width - 2 * pad) / spanX, (size.height - 2 * pad) / spanY);
  const box = { width: STEP.width * scale, height: STEP.height * scale };
  // Centre the drawing in the box.
  const offX = pad + (size.width - 2 * pad - spanX * scale) / 2;
  const offY = pad + (size.height - 2 * pad - spanY * scale) / 2;
  const at = new Map(graph.nodes.map((n) => [n.id, { x: offX + (n.position.x - minX) * scale, y: offY + (n.position.y - minY) * scale }] as const));
  const boxes = graph.nodes.map((n) => ({ id: n.id, type: n.type, ...at.get(n.id)! }));
  const lines = graph.edges.flatMap((e) => {
    const a = at.get(e.source);
    const b = at.get(e.target);
    if (!a || !b) return [];
    return [{ x1: a.x + box.width / 2, y1: a.y + box.height, x2: b.x + box.width / 2, y2: b.y }];
  });
  return { width: size.width, height: size.height, box, boxes, lines };
}
