import { describe, expect, it } from 'vitest';
import type { Comparison } from '../api/analytics-types';
import { comparisonText } from './comparison-text';

const report = {
  arms: [
    { arm: 'variant:A', label: 'Champion' },
    { arm: 'variant:B', label: 'Challenger' },
  ],
  test: { name: 'mSPRT', alpha: 0.05, explanation: '' },
} as Parameters<typeof comparisonText>[1];

const comparison = (over: Partial<Comparison>): Comparison => ({
  metric: 'paidShare',
  arm: 'variant:B',
  against: 'variant:A',
  difference: 0.031,
  interval: [0.008, 0.054],
  pValue: 0.004,
  verdict: 'arm_better',
  moreAccountsNeeded: null,
  ...over,
});

describe('a comparison in plain words', () => {
  it('names the better arm, the lift in points, its interval and the repeated-looks test', () => {
    expect(comparisonText(comparison({}), report)).toBe(
      'Challenger collects 3.1 points more of accounts than Champion (95% CI 0.8 to 5.4), significant under repeated looks (mSPRT).',
    );
  });

  it('says "fewer" when the arm does worse, with negative bounds', () => {
    expect(comparisonText(comparison({ difference: -0.042, interval: [-0.07, -0.011], verdict: 'arm_worse' }), report)).toBe(
      'Challenger collects 4.2 points fewer of accounts than Champion (95% CI −7.0 to −1.1), significant under repeated looks (mSPRT).',
    );
  });

  it('speaks of the amount placed for the recovery rate', () => {
    expect(comparisonText(comparison({ metric: 'recoveryRate', difference: 0.02, interval: [0.001, 0.04] }), report)).toMatch(/^Challenger recovers 2.0 points more of the amount placed than Champion/);
  });

  it('before a decision, says how many more accounts per arm it takes, and the lift so far', () => {
    expect(comparisonText(comparison({ difference: 0.012, interval: [-0.02, 0.044], verdict: 'no_difference_yet', moreAccountsNeeded: 1840 }), report)).toBe(
      'Not enough data yet: about 1,840 more accounts per arm; so far Challenger is +1.2 points against Champion (95% CI −2.0 to 4.4).',
    );
  });

  it('falls back to the arm key when the report does not list the arm', () => {
    expect(comparisonText(comparison({ arm: 'control' }), report)).toMatch(/^control collects/);
  });
});
