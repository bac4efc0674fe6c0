import { describe, expect, it } from 'vitest';
import { enrollmentPath } from './enrollment-path';

const edges = [
  { id: 'e1', source: 'start', sourceHandle: 'next', target: 'sms-1' },
  { id: 'e2', source: 'sms-1', sourceHandle: 'next', target: 'wait-3d' },
  { id: 'e3', source: 'wait-3d', sourceHandle: 'next', target: 'sms-2' },
];

describe('enrollment path', () => {
  it('marks the steps an enrollment entered and the arrows it left through', () => {
    const path = enrollmentPath(
      [
        { type: 'entered', stepId: 'start' },
        { type: 'left', stepId: 'start', outcome: 'next' },
        { type: 'entered', stepId: 'sms-1' },
        { type: 'activity', stepId: 'sms-1', outcome: 'next' },
        { type: 'left', stepId: 'sms-1', outcome: 'next' },
        { type: 'entered', stepId: 'wait-3d' },
        { type: 'waiting', stepId: 'wait-3d' },
      ],
      edges,
      'wait-3d',
    );
    expect([...path.nodes]).toEqual(['start', 'sms-1', 'wait-3d']);
    expect([...path.edges]).toEqual(['e1', 'e2']);
    expect(path.current).toBe('wait-3d');
  });

  it('ignores entries without a step and outcomes with no arrow in this version', () => {
    const path = enrollmentPath([{ type: 'error', stepId: null }, { type: 'left', stepId: 'sms-1', outcome: 'bounced' }], edges, null);
    expect(path.nodes.size + path.edges.size).toBe(0);
    expect(path.current).toBeUndefined();
  });
});
