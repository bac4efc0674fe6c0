// Challenger against champion with an always-valid test: the mixture sequential probability ratio
// test (mSPRT, Robbins 1970; Johari, Pekelis and Walsh 2017, "Always valid inference"). Strategists
// look at the experiment page every day; a fixed-horizon test (a z-test read at every look) would
// declare false winners far more often than its stated 5%. The mSPRT's p-value and confidence
// sequence stay valid however often and whenever one looks, at the price of wider intervals early.
//
// On the difference of means d = mean_B - mean_A, estimated by dHat with variance V = vA/nA + vB/nB
// (normal approximation), a normal mixture N(0, tau^2) over the true difference gives the likelihood ratio
//   Lambda = sqrt(V / (V + tau^2)) * exp(tau^2 * dHat^2 / (2 V (V + tau^2)))
// The always-valid p-value is min(1, 1 / Lambda); the confidence sequence is
//   dHat +- sqrt(V (V + tau^2) / tau^2 * (ln((V + tau^2) / V) + 2 ln(1 / alpha))).
import type { ArmSample } from './arm-sample';

export interface SequentialComparison {
  /** mean_B - mean_A */
  difference: number;
  /** Always-valid (1 - alpha) confidence sequence for the difference. */
  interval: [number, number];
  /** Always-valid p-value at this look (take the running minimum over looks when tracking history). */
  pValue: number;
  /** p <= alpha: the difference is real at the stated error rate, whenever one looked. */
  significant: boolean;
  /** Which arm is better, once significant (for metrics where higher is better). */
  leader: 'treatment' | 'control' | null;
}

export interface SequentialOptions {
  alpha?: number;
  /** Mixture scale: the size of difference the test is tuned to find fastest (same unit as the metric). */
  tau: number;
}

export function compareSequentially(control: ArmSample, treatment: ArmSample, opts: SequentialOptions): SequentialComparison {
  const alpha = opts.alpha ?? 0.05;
  const tau2 = opts.tau * opts.tau;
  const difference = treatment.mean - control.mean;
  const V = (control.n > 0 ? control.variance / control.n : Infinity) + (treatment.n > 0 ? treatment.variance / treatment.n : Infinity);
  if (!Number.isFinite(V) || V <= 0 || tau2 <= 0) {
    // Too little data (or no variation at all yet): nothing can be concluded.
    return { difference, interval: [-Infinity, Infinity], pValue: 1, significant: false, leader: null };
  }
  const logLambda = 0.5 * Math.log(V / (V + tau2)) + (tau2 * difference * difference) / (2 * V * (V + tau2));
  const pValue = Math.min(1, Math.exp(-logLambda));
  const half = Math.sqrt(((V * (V + tau2)) / tau2) * (Math.log((V + tau2) / V) + 2 * Math.log(1 / alpha)));
  const significant = pValue <= alpha;
  return {
    difference,
    interval: [difference - half, difference + half],
    pValue,
    significant,
    leader: significant ? (difference > 0 ? 'treatment' : 'control') : null,
  };
}
