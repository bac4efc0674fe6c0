// A comparison of two arms in plain words: who does better, by how much, how sure we are, or how many
// more accounts it takes before the test can tell.
import type { ArmDef, Comparison, ExperimentReport } from '../api/analytics-types';
import { bound, count, points } from '../analytics/metric-format';

export const METRIC_NAMES: Record<string, string> = {
  paidShare: 'Share who paid',
  recoveryRate: 'Amount collected / placed',
  promiseRate: 'Promise rate',
};

/** What "more" means for each metric: "collects 3.1 points more of accounts". */
const MORE: Record<string, (amount: string, moreOrFewer: 'more' | 'fewer' | 'less') => string> = {
  paidShare: (a, m) => `collects ${a} points ${m === 'less' ? 'fewer' : m} of accounts`,
  recoveryRate: (a, m) => `recovers ${a} points ${m === 'fewer' ? 'less' : m} of the amount placed`,
  promiseRate: (a, m) => `gets promises from ${a} points ${m === 'less' ? 'fewer' : m} of accounts`,
};

const labelOf = (arms: readonly Pick<ArmDef, 'arm' | 'label'>[], arm: string) => arms.find((a) => a.arm === arm)?.label ?? arm;

/** One sentence per comparison, e.g. "Challenger collects 3.1 points more of accounts than Champion (95% CI 0.8 to 5.4), significant under repeated looks (mSPRT)." */
export function comparisonText(c: Comparison, report: Pick<ExperimentReport, 'arms' | 'test'>): string {
  const arm = labelOf(report.arms, c.arm);
  const against = labelOf(report.arms, c.against);
  const ci = `95% CI ${bound(c.interval[0])} to ${bound(c.interval[1])}`;
  const phrase = MORE[c.metric] ?? ((a: string, m: string) => `scores ${a} points ${m === 'more' ? 'higher' : 'lower'} on ${c.metric}`);
  if (c.verdict === 'no_difference_yet') {
    const soFar = `so far ${arm} is ${points(c.difference, true)} points against ${against} (${ci})`;
    if (c.moreAccountsNeeded !== null) return `Not enough data yet: about ${count(c.moreAccountsNeeded)} more accounts per arm; ${soFar}.`;
    return `No significant difference between ${arm} and ${against}: ${soFar}.`;
  }
  const direction = c.verdict === 'arm_better' ? 'more' : 'less';
  return `${arm} ${phrase(points(c.difference), direction)} than ${against} (${ci}), significant under repeated looks (${report.test.name}).`;
}
