import { describe, expect, it } from 'vitest';
import { builtInRegistry } from '@kairos/cadence';
import { nodeSummary } from './node-summary';

const k = (id: string) => builtInRegistry.get(id);

describe('node summaries', () => {
  it('survives half-edited configs and kinds that are not installed', () => {
    expect(nodeSummary(k('wait'), {})).toBe('Wait no time');
    expect(nodeSummary(k('branch'), { rules: 'x' })).toBe('No rules');
    expect(nodeSummary(undefined, {})).toMatch(/not installed/);
  });

  it('falls back to the kind\'s description when its summary is missing or throws', () => {
    const wait = k('wait')!;
    expect(nodeSummary({ ...wait, summary: undefined }, {})).toBe(wait.description.slice(0, 69) + '…');
    expect(nodeSummary({ ...wait, summary: () => { throw new Error('half-edited'); } }, {})).toBe(wait.description.slice(0, 69) + '…');
  });
});
