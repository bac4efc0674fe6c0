/** What a test needs of one arm's outcome: how many accounts, the mean outcome, its variance per account. */
export interface ArmSample {
  n: number;
  mean: number;
  /** Variance of one account's outcome (for a rate, p(1-p)). */
  variance: number;
}

/** A rate (share of accounts with the outcome) as a sample. */
export function rateSample(successes: number, n: number): ArmSample {
  if (n <= 0) return { n: 0, mean: 0, variance: 0 };
  const p = successes / n;
  return { n, mean: p, variance: p * (1 - p) };
}

/** A per-account amount (cents collected, days to pay) as a sample, with the unbiased variance. */
export function amountSample(values: readonly number[]): ArmSample {
  const n = values.length;
  if (n === 0) return { n: 0, mean: 0, variance: 0 };
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const variance = n > 1 ? values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1) : 0;
  return { n, mean, variance };
}
