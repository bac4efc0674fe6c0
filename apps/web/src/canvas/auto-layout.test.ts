import { describe, expect, it } from 'vitest';
import { builtInRegistry } from '@kairos/cadence';
import { toFlow } from '../graph/flow-graph';
import { autoLayout } from './auto-layout';

describe('automatic layout', () => {
  it('places each step below the one leading to it and siblings side by side, without overlaps', () => {
    const graph = {
      nodes: ['start', 'split', 'sms', 'email', 'end'].map((id) => ({ id, type: 'exit', position: { x: 0, y: 0 }, data: { config: { reason: 'completed' } } })),
      edges: [
        { id: 'a', source: 'start', sourceHandle: 'next', target: 'split' },
        { id: 'b', source: 'split', sourceHandle: 'high', target: 'sms' },
        { id: 'c', source: 'split', sourceHandle: 'otherwise', target: 'email' },
        { id: 'd', source: 'sms', sourceHandle: 'next', target: 'end' },
        { id: 'e', source: 'email', sourceHandle: 'next', target: 'end' },
      ],
    };
    const flow = toFlow(graph, builtInRegistry);
    const at = autoLayout(flow);
    const p = (id: string) => at.get(id)!;
    expect(p('split').y).toBeGreaterThan(p('start').y);
    expect(p('sms').y).toBeGreaterThan(p('split').y);
    expect(p('sms').y).toBe(p('email').y);
    expect(Math.abs(p('sms').x - p('email').x)).toBeGreaterThanOrEqual(220);
    expect(p('end').y).toBeGreaterThan(p('sms').y);
  });
});
