// The standard normal distribution, from stdlib (a well-kept numerics library with tested precision).
import cdf from '@stdlib/stats-base-dists-normal-cdf';
import quantile from '@stdlib/stats-base-dists-normal-quantile';

export const normalCdf = (x: number): number => cdf(x, 0, 1);
export const normalQuantile = (p: number): number => quantile(p, 0, 1);
