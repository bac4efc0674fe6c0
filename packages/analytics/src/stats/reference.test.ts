// Pinned against reference values computed independently with SciPy by reference/make_reference.py.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountsPerArmToDetect, compareSequentially, kaplanMeier, normalCdf, normalQuantile, rateSample, wilsonInterval } from './index';

const ref = JSON.parse(readFileSync(join(import.meta.dirname, '../../reference/values.json'), 'utf8'));
const close = (a: number, b: number, digits = 10) => expect(a).toBeCloseTo(b, digits);

describe('statistics against SciPy', () => {
  it('normal CDF and quantile', () => {
    for (const [x, p] of ref.normalCdf) close(normalCdf(x), p, 12);
    for (const [p, x] of ref.normalQuantile) close(normalQuantile(p), x, 10);
  });

  it('Wilson score intervals', () => {
    for (const [k, n, lo, hi] of ref.wilson95) {
      const [a, b] = wilsonInterval(k, n);
      close(a, lo, 10);
      close(b, hi, 10);
    }
  });

  it('mSPRT difference, confidence sequence and always-valid p-value on rates', () => {
    for (const c of ref.sequentialRates) {
      const r = compareSequentially(rateSample(c.control[0], c.control[1]), rateSample(c.treatment[0], c.treatment[1]), { tau: c.tau, alpha: c.alpha });
      const [d, lo, hi, p] = c.result;
      close(r.difference, d);
      close(r.interval[0], lo);
      close(r.interval[1], hi);
      close(r.pValue, p);
    }
  });

  it('accounts per arm to detect a difference', () => {
    for (const [p, delta, n] of ref.accountsPerArm) expect(accountsPerArmToDetect(p, delta)).toBe(n);
  });

  it('Kaplan-Meier curve with censored accounts', () => {
    const curve = kaplanMeier(ref.kaplanMeier.observations.map(([days, event]: [number, boolean]) => ({ days, event })));
    expect(curve.map((s) => s.days)).toEqual(ref.kaplanMeier.curve.map(([d]: [number]) => d));
    curve.forEach((s, i) => close(s.survival, ref.kaplanMeier.curve[i][1], 12));
  });
});
