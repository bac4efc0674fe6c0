import { describe, expect, it } from 'vitest';
import { rateSample } from './arm-sample';
import { kaplanMeier, medianTime } from './kaplan-meier';
import { accountsPerArmToDetect } from './sample-size';
import { compareSequentially } from './sequential-test';

/** A deterministic pseudo-random sequence (mulberry32), so the simulations are the same on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Run experiments looking after every `lookEvery` accounts per arm; count those that ever declared a winner. */
function simulate(pA: number, pB: number, opts: { experiments: number; looks: number; lookEvery: number; seed: number }) {
  const next = random(opts.seed);
  let declared = 0;
  for (let e = 0; e < opts.experiments; e++) {
    let [sA, sB, n] = [0, 0, 0];
    for (let look = 0; look < opts.looks; look++) {
      for (let i = 0; i < opts.lookEvery; i++) {
        if (next() < pA) sA++;
        if (next() < pB) sB++;
      }
      n += opts.lookEvery;
      if (compareSequentially(rateSample(sA, n), rateSample(sB, n), { tau: 0.05 }).significant) {
        declared++;
        break;
      }
    }
  }
  return declared / opts.experiments;
}

describe('the always-valid comparison of arms', () => {
  it('declares a false winner at most 5% of the time when arms are equal, however often one looks', () => {
    // 1,000 A/A experiments, 30 looks each (every 200 accounts per arm, up to 6,000).
    const falseWinners = simulate(0.2, 0.2, { experiments: 1_000, looks: 30, lookEvery: 200, seed: 11 });
    // The guarantee is <= 5%; 1,000 runs leave about +-1.4 points of Monte Carlo error.
    expect(falseWinners).toBeLessThanOrEqual(0.05 + 0.014);
  });

  it('where a naive z-test read at every look would (the reason not to use one)', () => {
    const next = random(5);
    let declared = 0;
    for (let e = 0; e < 1_000; e++) {
      let [sA, sB, n] = [0, 0, 0];
      for (let look = 0; look < 30; look++) {
        for (let i = 0; i < 200; i++) {
          if (next() < 0.2) sA++;
          if (next() < 0.2) sB++;
        }
        n += 200;
        const pooled = (sA + sB) / (2 * n);
        const z = (sB / n - sA / n) / Math.sqrt((2 * pooled * (1 - pooled)) / n);
        if (Math.abs(z) > 1.96) {
          declared++;
          break;
        }
      }
    }
    expect(declared / 1_000).toBeGreaterThan(0.15);
  });

  it('finds a real 3-point lift, and says which arm leads', () => {
    const power = simulate(0.2, 0.23, { experiments: 300, looks: 30, lookEvery: 200, seed: 7 });
    expect(power).toBeGreaterThan(0.8);
    const r = compareSequentially(rateSample(400, 2_000), rateSample(520, 2_000), { tau: 0.05 });
    expect(r).toMatchObject({ significant: true, leader: 'treatment' });
    expect(r.interval[0]).toBeGreaterThan(0);
  });

  it('concludes nothing before both arms have data', () => {
    expect(compareSequentially(rateSample(0, 0), rateSample(3, 10), { tau: 0.05 })).toMatchObject({ pValue: 1, significant: false, leader: null });
  });

  it('says more accounts are needed for smaller differences', () => {
    expect(accountsPerArmToDetect(0.2, 0.01)).toBeGreaterThan(accountsPerArmToDetect(0.2, 0.03));
    expect(accountsPerArmToDetect(0.2, 0)).toBe(Infinity);
  });
});

describe('time to first payment', () => {
  it('has a median when half the accounts paid, and none before', () => {
    const curve = kaplanMeier([
      { days: 2, event: true },
      { days: 4, event: true },
      { days: 4, event: false },
      { days: 9, event: true },
    ]);
    expect(curve.map((s) => [s.days, s.survival])).toEqual([
      [2, 0.75],
      [4, 0.5],
      [9, 0],
    ]);
    expect(medianTime(curve)).toBe(4);
    expect(medianTime(kaplanMeier([{ days: 3, event: false }]))).toBeNull();
  });
});
