import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { CadenceFlowNode } from '../graph/flow-graph';
import { outcomesOf } from '../graph/graph-edits';
import { NodeIcon } from '../palette/node-icon';
import { editorRegistry } from '../registry';
import { useEditor } from '../store/editor-context';
import { worstSeverity } from '../store/issues-index';
import { nodeSummary } from './node-summary';
import { NodeResultsLine } from './node-results';

export const NODE_WIDTH = 220;
const OUTCOME_WIDTH = 96;

/** A step on the canvas: kind and label, what it does, its problems, live counts or results, and one handle per outcome. */
export const CadenceNode = memo(function CadenceNode({ id, data, selected }: NodeProps<CadenceFlowNode>) {
  const kind = editorRegistry.get(data.kind);
  const issues = useEditor((s) => s.issuesByNode.get(id));
  const counts = useEditor((s) => s.live?.steps[id]);
  const onPath = useEditor((s) => s.live?.path?.nodes.has(id) ?? false);
  const isCurrent = useEditor((s) => s.live?.path?.current === id);
  const hasLive = useEditor((s) => s.live !== null);
  const results = useEditor((s) => s.results);
  const outcomes = outcomesOf(editorRegistry, { id, type: 'cadence', position: { x: 0, y: 0 }, data });
  const severity = worstSeverity(issues);
  const width = Math.max(NODE_WIDTH, outcomes.length * OUTCOME_WIDTH);
  const errors = issues?.filter((i) => i.severity === 'error').length ?? 0;
  const warnings = (issues?.length ?? 0) - errors;
  const classes = [
    'cadence-node',
    `category-${kind?.category ?? 'unknown'}`,
    severity ? `has-${severity}` : '',
    selected ? 'is-selected' : '',
    onPath ? 'on-path' : '',
    isCurrent ? 'is-current' : '',
  ];

  return (
    <div className={classes.filter(Boolean).join(' ')} style={{ width }}>
      {kind?.category !== 'entry' && <Handle type="target" position={Position.Top} className="target-handle" />}
      <div className="node-head">
        <NodeIcon name={kind?.icon} />
        <span className="node-title">{kind?.title ?? `Unknown: ${data.kind}`}</span>
        <span className="node-id">{id}</span>
      </div>
      {data.label && <div className="node-label">{data.label}</div>}
      <div className="node-summary">{nodeSummary(kind, data.config)}</div>
      {severity && (
        <div className={`node-issues ${severity}`} title={issues!.map((i) => i.message).join('\n')}>
          {errors > 0 && `${errors} error${errors === 1 ? '' : 's'}`}
          {errors > 0 && warnings > 0 && ', '}
          {warnings > 0 && `${warnings} warning${warnings === 1 ? '' : 's'}`}: {issues![0]!.message}
        </div>
      )}
      {hasLive && (
        <div className="node-live" aria-label={`${counts?.now ?? 0} here now, ${counts?.passed ?? 0} passed, ${counts?.ended ?? 0} ended here`}>
          <span className="live-now">{counts?.now ?? 0} here</span>
          <span>{counts?.passed ?? 0} passed</span>
          {(counts?.ended ?? 0) > 0 && <span>{counts!.ended} ended</span>}
        </div>
      )}
      {results && <NodeResultsLine counts={results.nodes[id]} paidWithinDays={results.paidWithinDays} />}
      {outcomes.length > 0 && (
        <div className="node-outcomes">
          {outcomes.map((o, i) => (
            <div className="node-outcome" key={o.id}>
              <span>{o.label}</span>
              <Handle
                type="source"
                id={o.id}
                position={Position.Bottom}
                className="outcome-handle"
                style={{ left: `${((i + 0.5) / outcomes.length) * 100}%` }}
                // A handle is a pointer target, not a control (a div with no role may not carry a name): keyboard
                // users connect outcomes from the settings panel's "goes to" fields.
                title={`Outcome ${o.label}: drag to connect`}
              />
            </div>
          ))}
        </div>
      )}
    </div>
  );
});

