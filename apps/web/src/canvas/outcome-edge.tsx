import { BaseEdge, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { CadenceFlowEdge } from '../graph/flow-graph';
import { useEditor } from '../store/editor-context';
import { edgeLabel } from './node-results';

/** An arrow leaving a node through a named outcome; red when validation found a problem with it; with results shown, its volume. */
export const OutcomeEdge = memo(function OutcomeEdge(props: EdgeProps<CadenceFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd, selected } = props;
  const broken = useEditor((s) => s.issuesByEdge.has(id));
  const onPath = useEditor((s) => s.live?.path?.edges.has(id) ?? false);
  const volume = useEditor((s) => (s.results ? (s.results.edges[id]?.volume ?? 0) : null));
  const [path, labelX, labelY] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 8 });
  const label = edgeLabel(data?.outcomeLabel, volume);
  const showLabel = Boolean(label);
  return (
    <BaseEdge
      id={id}
      path={path}
      markerEnd={markerEnd}
      className={[broken ? 'edge-broken' : '', onPath ? 'edge-on-path' : '', selected ? 'edge-selected' : ''].filter(Boolean).join(' ')}
      interactionWidth={24}
      {...(showLabel ? { label, labelX, labelY, labelBgPadding: [4, 2] as [number, number], labelBgBorderRadius: 4, ...(volume !== null ? { labelBgStyle: { fill: '#ede9fe' } } : {}) } : {})}
    />
  );
});
