import { normalQuantile } from './normal';

/**
 * Accounts per arm a fixed-horizon two-sided test needs to detect a difference `delta` between rates
 * `p` and `p + delta` with the given power. The always-valid test needs somewhat more; this is the
 * floor the experiment page shows as "about N more accounts per arm before a winner can show".
 */
export function accountsPerArmToDetect(p: number, delta: number, opts: { alpha?: number; power?: number } = {}): number {
  const alpha = opts.alpha ?? 0.05;
  const power = opts.power ?? 0.8;
  if (delta === 0) return Infinity;
  const q = Math.min(0.999999, Math.max(0.000001, p + delta));
  const z = normalQuantile(1 - alpha / 2) + normalQuantile(power);
  return Math.ceil((z * z * (p * (1 - p) + q * (1 - q))) / (delta * delta));
}
