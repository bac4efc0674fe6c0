/** One account's time to an event (first payment), or the time it was last seen without it (censored). */
export interface TimeToEvent {
  days: number;
  /** false: still no payment when last observed (censored at `days`). */
  event: boolean;
}

export interface SurvivalStep {
  days: number;
  /** Share of accounts that have not yet had the event after `days`. */
  survival: number;
  atRisk: number;
  events: number;
}

/** Kaplan-Meier estimate of the share of accounts still without a payment, by day. */
export function kaplanMeier(observations: readonly TimeToEvent[]): SurvivalStep[] {
  const byTime = new Map<number, { events: number; censored: number }>();
  for (const o of observations) {
    const t = byTime.get(o.days) ?? { events: 0, censored: 0 };
    if (o.event) t.events++;
    else t.censored++;
    byTime.set(o.days, t);
  }
  let atRisk = observations.length;
  let survival = 1;
  const steps: SurvivalStep[] = [];
  for (const days of [...byTime.keys()].sort((a, b) => a - b)) {
    const t = byTime.get(days)!;
    if (t.events > 0) {
      survival *= 1 - t.events / atRisk;
      steps.push({ days, survival, atRisk, events: t.events });
    }
    atRisk -= t.events + t.censored;
  }
  return steps;
}

/** The first time at which half the accounts had the event; null if the curve never reaches one half. */
export function medianTime(curve: readonly SurvivalStep[]): number | null {
  return curve.find((s) => s.survival <= 0.5)?.days ?? null;
}
