import type { SurvivalStep } from '../stats/kaplan-meier';

/** The Kaplan–Meier estimate as "share that had the event by day d" for d = 0..horizon. */
export function survivalCurve(steps: readonly SurvivalStep[], horizonDays: number): Array<{ day: number; paidShare: number }> {
  const curve: Array<{ day: number; paidShare: number }> = [];
  let i = 0;
  let survival = 1;
  for (let day = 0; day <= horizonDays; day++) {
    while (i < steps.length && steps[i]!.days <= day) survival = steps[i++]!.survival;
    curve.push({ day, paidShare: 1 - survival });
  }
  return curve;
}
