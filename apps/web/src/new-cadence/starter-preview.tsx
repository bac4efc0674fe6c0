import type { CadenceGraph } from '@kairos/cadence';
import { memo, useMemo } from 'react';
import { editorRegistry } from '../registry';
import { previewLayout } from './starter-preview-layout';

const COLOR: Record<string, string> = {
  entry: '#0f766e',
  timing: '#7c3aed',
  message: '#2563eb',
  logic: '#d97706',
  payment: '#16a34a',
  action: '#db2777',
  exit: '#475569',
};

/** The shape of a starter cadence, small: steps coloured by category as on the canvas. */
export const StarterPreview = memo(function StarterPreview({ graph, label }: { graph: CadenceGraph; label: string }) {
  const p = useMemo(() => previewLayout(graph, { width: 160, height: 96 }), [graph]);
  return (
    <svg className="starter-preview" viewBox={`0 0 ${p.width} ${p.height}`} width={p.width} height={p.height} role="img" aria-label={label}>
      {p.lines.map((l, i) => (
        <line key={i} {...l} stroke="#94a3b8" strokeWidth={0.6} />
      ))}
      {p.boxes.map((b) => (
        <rect key={b.id} x={b.x} y={b.y} width={p.box.width} height={p.box.height} rx={1} fill={COLOR[editorRegistry.get(b.type)?.category ?? ''] ?? '#94a3b8'} />
      ))}
    </svg>
  );
});
