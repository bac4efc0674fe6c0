import { describe, expect, it } from 'vitest';
import { edgeLabel, nodeResultsText } from './node-results';

describe('results written on the canvas', () => {
  it('name every count of a step, with N days', () => {
    expect(nodeResultsText({ entered: 3, waitingNow: 1, exitedHere: 0, paidWithin: 2 }, 1)).toBe('3 entered, 1 waiting now, 0 exited here, 2 paid within 1 day');
  });

  it('read a step no account reached as zeros', () => {
    expect(nodeResultsText(undefined, 7)).toBe('0 entered, 0 waiting now, 0 exited here, 0 paid within 7 days');
  });

  it('put the volume after a named outcome, alone after an obvious one, and nothing extra without results', () => {
    expect(edgeLabel('Timed out', 12)).toBe('Timed out · 12');
    expect(edgeLabel('Then', 12)).toBe('12');
    expect(edgeLabel('Then', null)).toBeUndefined();
    expect(edgeLabel('Challenger (50%)', null)).toBe('Challenger (50%)');
  });
});
